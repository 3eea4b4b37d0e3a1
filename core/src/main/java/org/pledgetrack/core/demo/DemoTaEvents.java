package org.pledgetrack.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.grant.TaEventFormat;
import org.pledgetrack.core.grant.TaEventKind;
import org.pledgetrack.core.grant.TaEventPlan;
import org.pledgetrack.core.grant.TaEventService;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The demo's TA events for several sites, recorded by the demo TA staff member through the event
 * service as a user would: a national convening held for the three demo grants' sites (and Columbus,
 * which has no grant), and a peer visit planned for two of them. Titles, dates and numbers are invented.
 */
@Component
class DemoTaEvents {

    private final TaEventService events;
    private final UserRepository users;

    DemoTaEvents(TaEventService events, UserRepository users) {
        this.events = events;
        this.users = users;
    }

    void record(long provider, long wichitaGrant, long daytonGrant, long albuquerqueGrant, long columbus) {
        CurrentUser taStaff = users.findCredentials(DemoAccounts.TA_STAFF).orElseThrow().user();
        events.create(taStaff, new TaEventPlan(provider, "National convening of new BCJI sites (demo)",
                TaEventKind.CONVENING, TaEventFormat.IN_PERSON, LocalDate.of(2026, 10, 14), new BigDecimal("12.00"),
                true, List.of(TaEventPlan.Site.grant(wichitaGrant, 6), TaEventPlan.Site.grant(daytonGrant, 5),
                        TaEventPlan.Site.grant(albuquerqueGrant, 4), TaEventPlan.Site.agency(columbus, 3))));
        events.create(taStaff, new TaEventPlan(provider, "Peer visit: Dayton's corridor team hosts Wichita (demo)",
                TaEventKind.PEER_VISIT, TaEventFormat.IN_PERSON, LocalDate.of(2027, 4, 20), new BigDecimal("8.00"),
                false, List.of(TaEventPlan.Site.grant(daytonGrant, null), TaEventPlan.Site.grant(wichitaGrant, null))));
    }
}
