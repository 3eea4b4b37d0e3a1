package org.pledgetrack.core.pledge;

import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jooq.Condition;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live agency list a page at a time, as the agency lists on screen compute it (same query, same
 * access rule, same schedule rule), kept in memory for the read API: fifty clients asking for pages
 * of an 18,000-agency list would otherwise compute each page again (about 100 ms of SQL each).
 *
 * <p>A page is kept under what it was computed from: the change mark of the data
 * ({@link AgencyListMarkRepository}, read with one query per request), today's date (expected shares
 * and pledge ages move with it), the set of agencies the user may read
 * ({@link AccessPolicy#readableAgenciesKey}: never shared between users who may read different
 * agencies) and the query. Any change of an item, a pledge, an agency, an assignment or an agency's
 * activity moves the mark, so the next request computes the page again: an answer is never older
 * than the screens'. The time limit ({@link AgencyListSettings}) is a backstop for what the mark
 * cannot see.
 */
@Service
@EnableConfigurationProperties(AgencyListSettings.class)
public class AgencyListPages {

    private record Key(String mark, LocalDate today, String readable, PortfolioQuery query) {
    }

    private final PledgeRepository pledges;
    private final AgencyListMarkRepository marks;
    private final AccessPolicy access;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final Cache<Key, AgencyListPage> pages;

    AgencyListPages(PledgeRepository pledges, AgencyListMarkRepository marks, AccessPolicy access, Clock clock,
                    PlatformTransactionManager transactionManager, AgencyListSettings settings) {
        this.pledges = pledges;
        this.marks = marks;
        this.access = access;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.pages = Caffeine.newBuilder().maximumSize(settings.cachePages()).expireAfterWrite(settings.cacheTtl())
                .build();
    }

    /**
     * One page of the agencies the user may see (own agency, assigned agencies, or all) with their
     * progress, and how many there are: the numbers {@link PledgeService#agencyProgress} and
     * {@link PledgeService#countAgencies} give at this moment.
     */
    public AgencyListPage page(CurrentUser user, PortfolioQuery query) {
        Key key = new Key(marks.findMark(), LocalDate.now(clock), access.readableAgenciesKey(user), query);
        return pages.get(key, missing -> compute(user, missing));
    }

    private AgencyListPage compute(CurrentUser user, Key key) {
        Condition readable = access.readableAgencies(user, ORGANIZATION.ID);
        return readOnly.execute(transaction -> new AgencyListPage(
                pledges.findAgencyProgress(readable, key.query(), key.today()),
                pledges.countAgencies(readable, key.query(), key.today()), version(key)));
    }

    /** A digest of the key: the same page computed from the same data has the same version, in every JVM. */
    private static String version(Key key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
