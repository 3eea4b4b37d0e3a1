package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A TA event as read, with the sites it served (grants first, then agencies, by name). */
public record TaEvent(long id, long providerOrgId, String providerName, String title, TaEventKind kind,
                      TaEventFormat format, LocalDate heldOn, @Nullable BigDecimal hours, TaEventStatus status,
                      int version, Instant updatedAt, List<Site> sites) {

    /** A site served; {@code name} is the grant's site name (with its award number) or the agency's name. */
    public record Site(@Nullable Long grantId, @Nullable Long organizationId, String name, @Nullable Integer attendees) {
    }

    /** Everyone who attended, from every site: the event's attendance, counted once. */
    public int totalAttendees() {
        return sites.stream().map(Site::attendees).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    /** The attendance recorded for one grant's site, if the event served it. */
    public @Nullable Integer attendeesOfGrant(long grantId) {
        return sites.stream().filter(s -> s.grantId() != null && s.grantId() == grantId).findFirst()
                .map(Site::attendees).orElse(null);
    }

    /** The event as it stands, for editing. */
    public TaEventPlan plan() {
        return new TaEventPlan(providerOrgId, title, kind, format, heldOn, hours, status == TaEventStatus.HELD,
                sites.stream().map(s -> new TaEventPlan.Site(s.grantId(), s.organizationId(), s.attendees())).toList());
    }
}
