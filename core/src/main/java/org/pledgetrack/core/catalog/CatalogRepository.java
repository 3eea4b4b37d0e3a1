package org.pledgetrack.core.catalog;

import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.CATALOG_VERSION;
import static org.pledgetrack.db.Tables.FOCUS_AREA;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private final DSLContext dsl;

    CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Long> findVersionIds() {
        return dsl.select(CATALOG_VERSION.ID).from(CATALOG_VERSION).orderBy(CATALOG_VERSION.PUBLISHED_ON.desc())
                .fetch(CATALOG_VERSION.ID);
    }

    Optional<CatalogVersion> findVersion(long versionId) {
        return dsl.selectFrom(CATALOG_VERSION).where(CATALOG_VERSION.ID.eq(versionId))
                .fetchOptional(v -> new CatalogVersion(v.getId(), v.getCode(), v.getTitle(), v.getPublishedOn(),
                        v.getActive(), findFocusAreas(versionId), findItems(versionId)));
    }

    private List<FocusArea> findFocusAreas(long versionId) {
        return dsl.selectFrom(FOCUS_AREA).where(FOCUS_AREA.CATALOG_VERSION_ID.eq(versionId))
                .orderBy(FOCUS_AREA.POSITION)
                .fetch(a -> new FocusArea(a.getId(), a.getPosition(), a.getName(), a.getDescription()));
    }

    private List<CatalogItem> findItems(long versionId) {
        return dsl.selectFrom(CATALOG_ITEM).where(CATALOG_ITEM.CATALOG_VERSION_ID.eq(versionId))
                .orderBy(CATALOG_ITEM.NUMBER)
                .fetch(i -> new CatalogItem(i.getId(), i.getFocusAreaId(), i.getNumber(), i.getTitle(),
                        i.getDescription(), ItemKind.valueOf(i.getKind())));
    }
}
