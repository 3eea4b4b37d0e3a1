package org.pledgetrack.batch.pledgestatus;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PointInTime;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the agencies of one range of ids that have a status on the as-of date and no row for it
 * yet, in id order, with their item counts per focus area as things stood at the end of that date
 * ({@link PointInTime}): one line per agency × focus area, merged here into one
 * {@link AgencyProgressOnDate} per agency.
 *
 * <p>The range is read by one query per block of {@value #AGENCIES_PER_QUERY} agency ids, one after
 * the other: the database groups and sorts a query's lines in a temporary table before it sends the
 * first, and a block's table stays small enough for memory whatever the size of the range. One query
 * for a range of 45,000 agencies (90,000 in two workers) ran eight minutes with its table on disk,
 * and failed when that file went missing from the server's temporary directory.
 *
 * <p>A restart needs no saved position: the agencies of committed chunks have their rows and are
 * not read again.
 */
class AgencyProgressReader implements ItemStreamReader<AgencyProgressOnDate> {

    private static final int AGENCIES_PER_QUERY = 2_000;

    private final DSLContext dsl;
    private final LocalDate asOf;
    private final PointInTime then;
    private final long lastAgencyId;
    private final int agenciesPerQuery;
    /** The first agency id of the next block to query. */
    private long nextBlock;
    private Line line;
    /** The current block's lines not read yet. */
    private Iterator<? extends Record> lines = Collections.emptyIterator();
    private Record next;

    /** Reads the agencies with ids from {@code firstAgencyId} to {@code lastAgencyId}, both included. */
    AgencyProgressReader(DSLContext dsl, LocalDate asOf, long firstAgencyId, long lastAgencyId) {
        this(dsl, asOf, firstAgencyId, lastAgencyId, AGENCIES_PER_QUERY);
    }

    AgencyProgressReader(DSLContext dsl, LocalDate asOf, long firstAgencyId, long lastAgencyId, int agenciesPerQuery) {
        this.dsl = dsl;
        this.asOf = asOf;
        this.then = PointInTime.endOf(asOf);
        this.lastAgencyId = lastAgencyId;
        this.agenciesPerQuery = agenciesPerQuery;
        this.nextBlock = firstAgencyId;
    }

    /** The query's parts: the pledges and items as they stood, and the figures of one agency × focus area. */
    private static final class Line {

        final PointInTime.StatusPledges pledges;
        final PointInTime.Items items;
        final Field<Integer> notStarted;
        final Field<Integer> inProgress;
        final Field<Integer> submitted;
        final Field<Integer> returned;
        final Field<Integer> verified;
        final Field<Integer> ownTargetDue;
        final Field<Instant> lastActivity;
        final Field<Instant> oldestWaiting;

        Line(PointInTime then, long firstAgencyId, long lastAgencyId) {
            pledges = then.statusPledges();
            PointInTime.StatusPledges inRange = then.statusPledges();
            items = then.items(PLEDGE_ITEM.PLEDGE_ID.in(select(inRange.pledgeId()).from(inRange.table())
                    .where(inRange.agencyId().between(firstAgencyId, lastAgencyId))));
            notStarted = countOf(ItemStatus.NOT_STARTED);
            inProgress = countOf(ItemStatus.IN_PROGRESS);
            submitted = countOf(ItemStatus.SUBMITTED);
            returned = countOf(ItemStatus.RETURNED);
            verified = countOf(ItemStatus.VERIFIED);
            ownTargetDue = count(items.itemId()).filterWhere(items.ownTarget().le(then.asOf())).as("own_target_due");
            lastActivity = max(items.lastAgencyActivity()).as("last_activity");
            oldestWaiting = min(items.statusSince()).filterWhere(isStatus(ItemStatus.SUBMITTED)).as("oldest_waiting");
        }

        private Field<Integer> countOf(ItemStatus status) {
            return count(items.itemId()).filterWhere(isStatus(status)).as(status.name().toLowerCase());
        }

        private Condition isStatus(ItemStatus status) {
            return items.status().eq(status.name());
        }
    }

    private ResultQuery<? extends Record> query(long firstAgencyId, long lastAgencyId) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.STATE, line.pledges.pledgeId(), line.pledges.status(),
                        line.pledges.signedOn(), CATALOG_ITEM.FOCUS_AREA_ID, line.notStarted,
                        line.inProgress, line.submitted, line.returned, line.verified, line.ownTargetDue,
                        line.lastActivity, line.oldestWaiting)
                .from(ORGANIZATION)
                .join(line.pledges.table()).on(line.pledges.agencyId().eq(ORGANIZATION.ID))
                .leftJoin(line.items.table()).on(line.items.pledgeId().eq(line.pledges.pledgeId()))
                .leftJoin(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(line.items.catalogItemId()))
                .where(ORGANIZATION.KIND.eq(OrganizationKind.AGENCY.name()))
                .and(ORGANIZATION.ID.between(firstAgencyId, lastAgencyId))
                .andNotExists(selectOne().from(AGENCY_SNAPSHOT)
                        .where(AGENCY_SNAPSHOT.AS_OF.eq(asOf)).and(AGENCY_SNAPSHOT.AGENCY_ID.eq(ORGANIZATION.ID)))
                .groupBy(ORGANIZATION.ID, ORGANIZATION.STATE, line.pledges.pledgeId(), line.pledges.status(),
                        line.pledges.signedOn(), CATALOG_ITEM.FOCUS_AREA_ID)
                .orderBy(ORGANIZATION.ID, CATALOG_ITEM.FOCUS_AREA_ID)
                // MySQL Connector/J streams row by row only with this fetch size; otherwise it would
                // hold the whole result in memory
                .fetchSize(Integer.MIN_VALUE);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        advance();
    }

    /** Opens the next block that has lines, leaving {@code next} null when none is left. */
    private void advance() {
        close();
        next = null;
        while (next == null && nextBlock <= lastAgencyId) {
            long first = nextBlock;
            long last = Math.min(lastAgencyId, first + agenciesPerQuery - 1);
            nextBlock = last + 1;
            line = new Line(then, first, last);
            // Fetched whole, not streamed: a block opens in the middle of a chunk, on the chunk's own connection,
            // which the writer then uses; an open streaming result set would refuse the writer's statements.
            lines = query(first, last).fetch().iterator();
            next = lines.hasNext() ? lines.next() : null;
        }
    }

    @Override
    public AgencyProgressOnDate read() {
        if (next == null) {
            return null;
        }
        Record first = next;
        long agencyId = first.get(ORGANIZATION.ID);
        List<AgencyProgressOnDate.AreaCounts> areas = new ArrayList<>();
        Instant lastActivity = null;
        Instant oldestWaiting = null;
        for (Record area = first; area != null && area.get(ORGANIZATION.ID) == agencyId; area = next) {
            Long focusAreaId = area.get(CATALOG_ITEM.FOCUS_AREA_ID);
            if (focusAreaId != null) {
                areas.add(new AgencyProgressOnDate.AreaCounts(focusAreaId, new ItemCounts(area.get(line.notStarted),
                        area.get(line.inProgress), area.get(line.submitted), area.get(line.returned),
                        area.get(line.verified)), area.get(line.ownTargetDue)));
            }
            lastActivity = later(lastActivity, area.get(line.lastActivity));
            oldestWaiting = earlier(oldestWaiting, area.get(line.oldestWaiting));
            next = lines.hasNext() ? lines.next() : null;
        }
        AgencyProgressOnDate agency = new AgencyProgressOnDate(new PledgeOnDate(agencyId, first.get(ORGANIZATION.STATE),
                first.get(line.pledges.pledgeId()), first.get(line.pledges.status()),
                first.get(line.pledges.signedOn())), areas, lastActivity, oldestWaiting);
        if (next == null) {
            advance();
        }
        return agency;
    }

    @Override
    public void close() {
        lines = Collections.emptyIterator();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }
}
