package org.pledgetrack.core.catalog;

import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.CATALOG_ITEM_RESOURCE;
import static org.pledgetrack.db.Tables.CATALOG_VERSION;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.PLEDGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private final DSLContext dsl;

    CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Published versions, newest first. */
    List<Long> findPublishedVersionIds() {
        return dsl.select(CATALOG_VERSION.ID).from(CATALOG_VERSION)
                .where(CATALOG_VERSION.STATE.eq(CatalogState.PUBLISHED.name()))
                .orderBy(CATALOG_VERSION.PUBLISHED_ON.desc(), CATALOG_VERSION.ID.desc())
                .fetch(CATALOG_VERSION.ID);
    }

    /** Every version, drafts first, then the published ones newest first. */
    List<Long> findAllVersionIds() {
        return dsl.select(CATALOG_VERSION.ID).from(CATALOG_VERSION)
                .orderBy(CATALOG_VERSION.STATE.eq(CatalogState.DRAFT.name()).desc(),
                        CATALOG_VERSION.PUBLISHED_ON.desc(), CATALOG_VERSION.ID.desc())
                .fetch(CATALOG_VERSION.ID);
    }

    Optional<CatalogVersion> findVersion(long versionId) {
        return dsl.selectFrom(CATALOG_VERSION).where(CATALOG_VERSION.ID.eq(versionId))
                .fetchOptional(v -> new CatalogVersion(v.getId(), v.getCode(), v.getTitle(), v.getPublishedOn(),
                        v.getActive(), CatalogState.valueOf(v.getState()), v.getNote(), findFocusAreas(versionId),
                        findItems(versionId)));
    }

    /** The version's state, read under a lock so that a save and a publish of one draft take turns. */
    Optional<CatalogState> lockState(long versionId) {
        return dsl.select(CATALOG_VERSION.STATE).from(CATALOG_VERSION).where(CATALOG_VERSION.ID.eq(versionId))
                .forUpdate().fetchOptional(r -> CatalogState.valueOf(r.value1()));
    }

    boolean codeTaken(String code, long exceptVersionId) {
        return dsl.fetchExists(CATALOG_VERSION, CATALOG_VERSION.CODE.eq(code).and(CATALOG_VERSION.ID.ne(exceptVersionId)));
    }

    int countPledgesOn(long versionId) {
        return dsl.fetchCount(PLEDGE, PLEDGE.CATALOG_VERSION_ID.eq(versionId));
    }

    long insertDraft(String code, String title, String note, long basedOnId, Instant now) {
        return dsl.insertInto(CATALOG_VERSION)
                .set(CATALOG_VERSION.CODE, code)
                .set(CATALOG_VERSION.TITLE, title)
                .set(CATALOG_VERSION.NOTE, note)
                .set(CATALOG_VERSION.STATE, CatalogState.DRAFT.name())
                .set(CATALOG_VERSION.ACTIVE, false)
                .set(CATALOG_VERSION.BASED_ON_ID, basedOnId)
                .set(CATALOG_VERSION.CREATED_AT, now)
                .set(CATALOG_VERSION.UPDATED_AT, now)
                .returning(CATALOG_VERSION.ID).fetchOne(CATALOG_VERSION.ID);
    }

    /** Replaces a draft's header and content; items are numbered in the draft's order. */
    void replaceDraft(long versionId, CatalogDraft draft, Instant now) {
        dsl.update(CATALOG_VERSION).set(CATALOG_VERSION.CODE, draft.code()).set(CATALOG_VERSION.TITLE, draft.title())
                .set(CATALOG_VERSION.NOTE, draft.note()).set(CATALOG_VERSION.UPDATED_AT, now)
                .where(CATALOG_VERSION.ID.eq(versionId)).execute();
        // Items go with their areas (ON DELETE CASCADE), resources with their items.
        dsl.deleteFrom(FOCUS_AREA).where(FOCUS_AREA.CATALOG_VERSION_ID.eq(versionId)).execute();
        int number = 0;
        int position = 0;
        for (CatalogDraft.Area area : draft.areas()) {
            long areaId = dsl.insertInto(FOCUS_AREA)
                    .set(FOCUS_AREA.CATALOG_VERSION_ID, versionId)
                    .set(FOCUS_AREA.POSITION, ++position)
                    .set(FOCUS_AREA.NAME, area.name())
                    .set(FOCUS_AREA.DESCRIPTION, area.description())
                    .returning(FOCUS_AREA.ID).fetchOne(FOCUS_AREA.ID);
            for (CatalogDraft.Item item : area.items()) {
                long itemId = dsl.insertInto(CATALOG_ITEM)
                        .set(CATALOG_ITEM.CATALOG_VERSION_ID, versionId)
                        .set(CATALOG_ITEM.FOCUS_AREA_ID, areaId)
                        .set(CATALOG_ITEM.NUMBER, ++number)
                        .set(CATALOG_ITEM.TITLE, item.title())
                        .set(CATALOG_ITEM.DESCRIPTION, item.description())
                        .set(CATALOG_ITEM.KIND, item.kind().name())
                        .set(CATALOG_ITEM.SOURCE_NOTE, item.sourceNote())
                        .set(CATALOG_ITEM.TEXT_CONFIRMED, item.textConfirmed())
                        .set(CATALOG_ITEM.CONFIRMATION_NOTE, item.confirmationNote())
                        .returning(CATALOG_ITEM.ID).fetchOne(CATALOG_ITEM.ID);
                int resourcePosition = 0;
                for (ItemResource resource : item.resources()) {
                    dsl.insertInto(CATALOG_ITEM_RESOURCE)
                            .set(CATALOG_ITEM_RESOURCE.CATALOG_ITEM_ID, itemId)
                            .set(CATALOG_ITEM_RESOURCE.POSITION, ++resourcePosition)
                            .set(CATALOG_ITEM_RESOURCE.TITLE, resource.title())
                            .set(CATALOG_ITEM_RESOURCE.URL, resource.url())
                            .execute();
                }
            }
        }
    }

    void publish(long versionId, LocalDate publishedOn, Instant now) {
        dsl.update(CATALOG_VERSION)
                .set(CATALOG_VERSION.STATE, CatalogState.PUBLISHED.name())
                .set(CATALOG_VERSION.PUBLISHED_ON, publishedOn)
                .set(CATALOG_VERSION.ACTIVE, true)
                .set(CATALOG_VERSION.UPDATED_AT, now)
                .where(CATALOG_VERSION.ID.eq(versionId)).and(CATALOG_VERSION.STATE.eq(CatalogState.DRAFT.name()))
                .execute();
    }

    void deleteDraft(long versionId) {
        dsl.deleteFrom(CATALOG_VERSION).where(CATALOG_VERSION.ID.eq(versionId))
                .and(CATALOG_VERSION.STATE.eq(CatalogState.DRAFT.name())).execute();
    }

    List<ItemResource> findResources(long catalogItemId) {
        return dsl.select(CATALOG_ITEM_RESOURCE.TITLE, CATALOG_ITEM_RESOURCE.URL).from(CATALOG_ITEM_RESOURCE)
                .where(CATALOG_ITEM_RESOURCE.CATALOG_ITEM_ID.eq(catalogItemId))
                .orderBy(CATALOG_ITEM_RESOURCE.POSITION)
                .fetch(r -> new ItemResource(r.value1(), r.value2()));
    }

    private List<FocusArea> findFocusAreas(long versionId) {
        return dsl.selectFrom(FOCUS_AREA).where(FOCUS_AREA.CATALOG_VERSION_ID.eq(versionId))
                .orderBy(FOCUS_AREA.POSITION)
                .fetch(a -> new FocusArea(a.getId(), a.getPosition(), a.getName(), a.getDescription()));
    }

    private List<CatalogItem> findItems(long versionId) {
        Map<Long, List<ItemResource>> resources = dsl.select(CATALOG_ITEM_RESOURCE.CATALOG_ITEM_ID,
                        CATALOG_ITEM_RESOURCE.TITLE, CATALOG_ITEM_RESOURCE.URL)
                .from(CATALOG_ITEM_RESOURCE).join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(CATALOG_ITEM_RESOURCE.CATALOG_ITEM_ID))
                .where(CATALOG_ITEM.CATALOG_VERSION_ID.eq(versionId))
                .orderBy(CATALOG_ITEM_RESOURCE.CATALOG_ITEM_ID, CATALOG_ITEM_RESOURCE.POSITION)
                .fetch().stream().collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> new ItemResource(r.value2(), r.value3()), Collectors.toList())));
        return dsl.selectFrom(CATALOG_ITEM).where(CATALOG_ITEM.CATALOG_VERSION_ID.eq(versionId))
                .orderBy(CATALOG_ITEM.NUMBER)
                .fetch(i -> new CatalogItem(i.getId(), i.getFocusAreaId(), i.getNumber(), i.getTitle(),
                        i.getDescription(), ItemKind.valueOf(i.getKind()), i.getSourceNote(), i.getTextConfirmed(),
                        i.getConfirmationNote(), resources.getOrDefault(i.getId(), List.of())));
    }
}
