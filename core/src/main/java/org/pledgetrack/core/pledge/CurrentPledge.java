package org.pledgetrack.core.pledge;

import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.pledgetrack.db.Tables.PLEDGE;

import java.time.LocalDate;

import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.pledgetrack.db.tables.Pledge;

/**
 * Which pledge is an agency's current one on a date: its latest pledge signed on or before that
 * date, by signed date and then by id (the one entered last when two share a date). The screens ask
 * about today, the status job about its as-of date, so both show the same pledge. A withdrawn
 * current pledge stays current (the agency then has no schedule); an older pledge never takes its
 * place. Two shapes of the one definition, for the two sizes of question.
 */
public final class CurrentPledge {

    private CurrentPledge() {
    }

    /**
     * The id of agency {@code agencyId}'s current pledge on {@code asOf}, null without one: a lookup
     * per agency in the agency's index, for one agency or a page of them.
     */
    public static Field<Long> idOf(Field<Long> agencyId, LocalDate asOf) {
        Pledge candidate = PLEDGE.as("candidate");
        return select(candidate.ID).from(candidate)
                .where(candidate.AGENCY_ID.eq(agencyId), candidate.SIGNED_ON.le(asOf))
                .orderBy(candidate.SIGNED_ON.desc(), candidate.ID.desc())
                .limit(1)
                .asField();
    }

    /**
     * Every agency's current pledge on {@code asOf}, as a table of {@code agency_id} and {@code id}
     * (read them with {@code PLEDGE.AGENCY_ID} and {@code PLEDGE.ID}): one pass over the pledges, for
     * lists that sort all agencies, where a lookup per agency would be repeated thousands of times.
     */
    public static Table<Record2<Long, Long>> ofEveryAgency(LocalDate asOf) {
        Field<Integer> latestFirst = rowNumber()
                .over(partitionBy(PLEDGE.AGENCY_ID).orderBy(PLEDGE.SIGNED_ON.desc(), PLEDGE.ID.desc()))
                .as("latest_first");
        Table<?> ranked = select(PLEDGE.AGENCY_ID, PLEDGE.ID, latestFirst)
                .from(PLEDGE)
                .where(PLEDGE.SIGNED_ON.le(asOf))
                .asTable("ranked_pledge");
        return select(ranked.field(PLEDGE.AGENCY_ID), ranked.field(PLEDGE.ID))
                .from(ranked)
                .where(ranked.field(latestFirst).eq(1))
                .asTable("current_pledge");
    }
}
