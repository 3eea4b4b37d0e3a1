package org.pledgetrack.batch.pledgestatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.item.support.SingleItemPeekableItemReader;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;

/**
 * Streams the agencies without an up-to-date snapshot row for the as-of date — every agency after a
 * full run's clear step; in an incremental run, those of the outdated agencies it found — of one
 * range of agency ids, in id order, with their item counts per focus area: one query, one line per
 * agency × focus area, from the counts the database keeps as items change (grouping the 450,000
 * items of 18,000 agencies was most of the job's time); consecutive lines of one agency are merged
 * into one {@link AgencyProgress}.
 *
 * <p>A restart needs no saved position: agencies of committed chunks have up-to-date rows and are
 * not read again. Activity after the as-of date is left out; item statuses are the current ones.
 */
class AgencyProgressReader implements ItemStreamReader<AgencyProgress> {

    /**
     * The counts come from pledge_area_progress, which triggers keep per pledge and focus area. Its
     * latest activity is the latest ever; only where that lies after the as-of date (a run for a past
     * date) are the area's items read for the latest activity up to that date.
     */
    private static final String AREA_LINES = """
            SELECT cp.agency_id, cp.state, cp.pledge_id, cp.pledge_status, cp.signed_on, cp.progress_revision,
                   pap.focus_area_id,
                   pap.not_started, pap.in_progress, pap.submitted, pap.returned, pap.verified,
                   CASE WHEN pap.last_agency_activity_at IS NULL OR pap.last_agency_activity_at < ?
                        THEN pap.last_agency_activity_at
                        ELSE (SELECT MAX(pi.last_agency_activity_at) FROM pledge_item pi
                              JOIN catalog_item ci ON ci.id = pi.catalog_item_id
                              WHERE pi.pledge_id = cp.pledge_id AND ci.focus_area_id = pap.focus_area_id
                                AND pi.last_agency_activity_at < ?) END,
                   pap.oldest_submitted_at
            FROM (SELECT o.id AS agency_id, o.state, p.id AS pledge_id, p.status AS pledge_status, p.signed_on,
                         p.progress_revision
                  FROM %s
                    AND o.id BETWEEN ? AND ?
                    AND %%s
                    AND %s) cp
            LEFT JOIN pledge_area_progress pap ON pap.pledge_id = cp.pledge_id AND pap.items_total > 0
            ORDER BY cp.agency_id, pap.focus_area_id""".formatted(
            CurrentPledges.agenciesWithCurrentPledge(CurrentPledges.DATE_ROW), CurrentPledges.ROW_OUT_OF_DATE);

    /** One agency × focus area line of the query; {@code area} is null for a pledge without items. */
    private record AreaLine(CurrentPledge pledge, AgencyProgress.AreaCounts area, LocalDateTime lastActivity,
                            LocalDateTime oldestWaitingSubmission) {
    }

    private final JdbcCursorItemReader<AreaLine> cursor;
    private final SingleItemPeekableItemReader<AreaLine> lines;

    /**
     * Reads the agencies with ids from {@code firstAgencyId} to {@code lastAgencyId}, both included;
     * {@code agencies}: what {@link AgenciesToCompute} kept for the run, null in a full run.
     */
    AgencyProgressReader(DataSource dataSource, LocalDate asOf, String agencies, long firstAgencyId,
                         long lastAgencyId) {
        LocalDateTime endOfDay = asOf.plusDays(1).atStartOfDay();
        cursor = new JdbcCursorItemReaderBuilder<AreaLine>()
                .name("agencyProgressReader")
                .dataSource(dataSource)
                .sql(AREA_LINES.formatted(AgenciesToCompute.condition(agencies)))
                .preparedStatementSetter(new ArgumentPreparedStatementSetter(
                        new Object[] {endOfDay, endOfDay, asOf, asOf, firstAgencyId, lastAgencyId}))
                .rowMapper((rs, n) -> line(rs))
                // MySQL Connector/J streams row by row only with this fetch size; otherwise it
                // would hold the whole result in memory.
                .fetchSize(Integer.MIN_VALUE)
                .verifyCursorPosition(false)
                .saveState(false)
                .build();
        lines = new SingleItemPeekableItemReader<>(cursor);
    }

    @Override
    public AgencyProgress read() throws Exception {
        AreaLine first = lines.read();
        if (first == null) {
            return null;
        }
        List<AgencyProgress.AreaCounts> areas = new ArrayList<>();
        LocalDateTime lastActivity = null;
        LocalDateTime oldestWaiting = null;
        for (AreaLine line = first; line != null; line = nextOfSameAgency(first)) {
            if (line.area() != null) {
                areas.add(line.area());
            }
            lastActivity = later(lastActivity, line.lastActivity());
            oldestWaiting = earlier(oldestWaiting, line.oldestWaitingSubmission());
        }
        return new AgencyProgress(first.pledge(), areas, lastActivity, oldestWaiting);
    }

    private AreaLine nextOfSameAgency(AreaLine first) throws Exception {
        AreaLine next = lines.peek();
        return next != null && next.pledge().agencyId() == first.pledge().agencyId() ? lines.read() : null;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        lines.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        lines.update(executionContext);
    }

    @Override
    public void close() {
        lines.close();
    }

    private static AreaLine line(ResultSet rs) throws SQLException {
        CurrentPledge pledge = new CurrentPledge(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getLong(6));
        long focusAreaId = rs.getLong(7);
        AgencyProgress.AreaCounts area = rs.wasNull() ? null : new AgencyProgress.AreaCounts(focusAreaId,
                new ItemCounts(rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)));
        return new AreaLine(pledge, area, rs.getObject(13, LocalDateTime.class), rs.getObject(14, LocalDateTime.class));
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }
}
