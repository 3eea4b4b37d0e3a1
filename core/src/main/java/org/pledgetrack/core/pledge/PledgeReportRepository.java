package org.pledgetrack.core.pledge;

import static org.jooq.impl.DSL.select;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The report queries over one agency's pledge items and evidence; see {@link PledgeReportReader}. */
@Repository
class PledgeReportRepository {

    private final DSLContext dsl;

    PledgeReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ResultQuery<? extends Record> agencyItems(LocalDate asOf, Long agencyId) {
        // the items of the pledge the agency's status on the as-of date is about, with their status and
        // own target date then, by the definition the pledge status job uses (the owner is today's)
        PointInTime then = PointInTime.endOf(asOf);
        PointInTime.StatusPledges pledge = then.statusPledges();
        PointInTime.Items items = then.items(PLEDGE_ITEM.PLEDGE_ID.in(select(pledge.pledgeId()).from(pledge.table())
                .where(pledge.agencyId().eq(agencyId))));
        return dsl.select(CATALOG_ITEM.NUMBER, FOCUS_AREA.NAME, CATALOG_ITEM.TITLE, items.status(),
                        PLEDGE_ITEM.OWNER_NAME, items.ownTarget())
                .from(items.table())
                .join(PLEDGE_ITEM).on(PLEDGE_ITEM.ID.eq(items.itemId()))
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(items.catalogItemId()))
                .join(FOCUS_AREA).on(FOCUS_AREA.ID.eq(CATALOG_ITEM.FOCUS_AREA_ID))
                .orderBy(CATALOG_ITEM.NUMBER);
    }

    ResultQuery<Record4<Integer, String, String, String>> dossierFiles(LocalDate asOf, Long agencyId) {
        return dsl.select(CATALOG_ITEM.NUMBER, CATALOG_ITEM.TITLE, EVIDENCE.ORIGINAL_FILENAME, EVIDENCE.STORAGE_KEY)
                .from(EVIDENCE)
                .join(PLEDGE_ITEM).on(PLEDGE_ITEM.ID.eq(EVIDENCE.PLEDGE_ITEM_ID))
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .where(PLEDGE_ITEM.PLEDGE_ID.eq(CurrentPledge.idOf(DSL.val(agencyId), asOf)),
                        EVIDENCE.KIND.eq(Evidence.EvidenceKind.FILE.name()), EVIDENCE.REMOVED_AT.isNull(),
                        EVIDENCE.FILE_DELETED_AT.isNull())
                .orderBy(CATALOG_ITEM.NUMBER, EVIDENCE.UPLOADED_AT, EVIDENCE.ID);
    }
}
