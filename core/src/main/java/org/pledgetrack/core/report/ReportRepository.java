package org.pledgetrack.core.report;

import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;
import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.REPORT_DEFINITION;
import static org.pledgetrack.db.Tables.REPORT_FILE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    private final DSLContext dsl;

    ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertFile(Long definitionId, long requestedBy, ReportType type, ReportFormat format, ReportFilters filters,
                    LocalDate asOf, Instant createdAt, Instant expiresAt) {
        return dsl.insertInto(REPORT_FILE)
                .set(REPORT_FILE.DEFINITION_ID, definitionId)
                .set(REPORT_FILE.REQUESTED_BY, requestedBy)
                .set(REPORT_FILE.REPORT_TYPE, type.name())
                .set(REPORT_FILE.FORMAT, format.name())
                .set(REPORT_FILE.FILTERS, filters.toJson())
                .set(REPORT_FILE.AS_OF, asOf)
                .set(REPORT_FILE.STATUS, ReportStatus.GENERATING.name())
                .set(REPORT_FILE.CREATED_AT, createdAt)
                .set(REPORT_FILE.EXPIRES_AT, expiresAt)
                .returning(REPORT_FILE.ID)
                .fetchOne(REPORT_FILE.ID);
    }

    void setJobExecution(long fileId, long jobExecutionId) {
        dsl.update(REPORT_FILE).set(REPORT_FILE.JOB_EXECUTION_ID, jobExecutionId)
                .where(REPORT_FILE.ID.eq(fileId)).execute();
    }

    void markReady(long fileId, GeneratedReport generated) {
        dsl.update(REPORT_FILE)
                .set(REPORT_FILE.STATUS, ReportStatus.READY.name())
                .set(REPORT_FILE.ROW_COUNT, generated.rowCount())
                .set(REPORT_FILE.SIZE_BYTES, generated.sizeBytes())
                .set(REPORT_FILE.SHA256, generated.sha256())
                .set(REPORT_FILE.STORAGE_KEY, generated.storageKey())
                .where(REPORT_FILE.ID.eq(fileId)).execute();
    }

    /** False when the file was no longer being generated (it is then left as it is). */
    boolean markFailed(long fileId, String message) {
        return dsl.update(REPORT_FILE)
                .set(REPORT_FILE.STATUS, ReportStatus.FAILED.name())
                .set(REPORT_FILE.ERROR_MESSAGE, message.length() > 2000 ? message.substring(0, 2000) : message)
                .where(REPORT_FILE.ID.eq(fileId))
                .and(REPORT_FILE.STATUS.eq(ReportStatus.GENERATING.name()))
                .execute() == 1;
    }

    void markExpired(long fileId) {
        dsl.update(REPORT_FILE).set(REPORT_FILE.STATUS, ReportStatus.EXPIRED.name())
                .setNull(REPORT_FILE.STORAGE_KEY)
                .where(REPORT_FILE.ID.eq(fileId)).execute();
    }

    Optional<ReportFile> findFile(long id) {
        return fileQuery(REPORT_FILE.ID.eq(id), 1).stream().findFirst();
    }

    /** Newest first; {@code requestedBy} null for everyone's. */
    List<ReportFile> findFiles(Long requestedBy, int limit) {
        return fileQuery(requestedBy == null ? DSL.noCondition() : REPORT_FILE.REQUESTED_BY.eq(requestedBy), limit);
    }

    List<ReportFile> findExpired(Instant now) {
        return fileQuery(REPORT_FILE.EXPIRES_AT.le(now)
                .and(REPORT_FILE.STATUS.ne(ReportStatus.EXPIRED.name())), Integer.MAX_VALUE);
    }

    private List<ReportFile> fileQuery(Condition condition, int limit) {
        return dsl.select(REPORT_FILE.asterisk(), APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(REPORT_FILE).leftJoin(APP_USER).on(APP_USER.ID.eq(REPORT_FILE.REQUESTED_BY))
                .where(condition)
                .orderBy(REPORT_FILE.CREATED_AT.desc(), REPORT_FILE.ID.desc())
                .limit(limit)
                .fetch(this::toFile);
    }

    private ReportFile toFile(Record r) {
        ReportFilters filters = ReportFilters.fromJson(r.get(REPORT_FILE.FILTERS));
        return new ReportFile(r.get(REPORT_FILE.ID), r.get(REPORT_FILE.DEFINITION_ID), r.get(APP_USER.USERNAME),
                r.get(APP_USER.DISPLAY_NAME),
                ReportType.valueOf(r.get(REPORT_FILE.REPORT_TYPE)), ReportFormat.valueOf(r.get(REPORT_FILE.FORMAT)),
                filters, describe(filters), r.get(REPORT_FILE.AS_OF), ReportStatus.valueOf(r.get(REPORT_FILE.STATUS)),
                r.get(REPORT_FILE.ROW_COUNT), r.get(REPORT_FILE.SIZE_BYTES), r.get(REPORT_FILE.SHA256),
                r.get(REPORT_FILE.STORAGE_KEY), r.get(REPORT_FILE.ERROR_MESSAGE), r.get(REPORT_FILE.JOB_EXECUTION_ID),
                r.get(REPORT_FILE.CREATED_AT), r.get(REPORT_FILE.EXPIRES_AT));
    }

    /** The filters as people read them: names instead of ids. */
    String describe(ReportFilters filters) {
        StringBuilder text = new StringBuilder();
        append(text, "State", filters.state());
        append(text, "TA provider", organizationName(filters.providerId()));
        append(text, "Grant", grantTitle(filters.grantId()));
        append(text, "Schedule", filters.scheduleStatus() == null ? null : filters.scheduleStatus().label());
        append(text, "Agency", organizationName(filters.agencyId()));
        return text.isEmpty() ? "All" : text.toString();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " · ").append(label).append(": ").append(value);
        }
    }

    private String organizationName(Long id) {
        return id == null ? null : dsl.select(ORGANIZATION.NAME).from(ORGANIZATION).where(ORGANIZATION.ID.eq(id))
                .fetchOptional(ORGANIZATION.NAME).orElse("#" + id);
    }

    private String grantTitle(Long id) {
        return id == null ? null : dsl.select(BCJI_GRANT.AWARD_NUMBER).from(BCJI_GRANT).where(BCJI_GRANT.ID.eq(id))
                .fetchOptional(BCJI_GRANT.AWARD_NUMBER).orElse("#" + id);
    }

    List<LocalDate> findSnapshotDates(int limit) {
        return dsl.selectDistinct(AGENCY_SNAPSHOT.AS_OF).from(AGENCY_SNAPSHOT)
                .orderBy(AGENCY_SNAPSHOT.AS_OF.desc()).limit(limit).fetch(AGENCY_SNAPSHOT.AS_OF);
    }

    List<String> findAgencyStates() {
        return dsl.selectDistinct(ORGANIZATION.STATE).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.eq("AGENCY")).and(ORGANIZATION.STATE.isNotNull())
                .orderBy(ORGANIZATION.STATE).fetch(ORGANIZATION.STATE);
    }

    List<Choice> findOrganizations(String kind, List<Long> onlyIds) {
        Condition only = onlyIds == null ? DSL.noCondition() : ORGANIZATION.ID.in(onlyIds);
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.eq(kind)).and(only)
                .orderBy(ORGANIZATION.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
    }

    List<Choice> findGrants() {
        return dsl.select(BCJI_GRANT.ID, BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.SITE_NAME).from(BCJI_GRANT)
                .orderBy(BCJI_GRANT.AWARD_NUMBER)
                .fetch(r -> new Choice(r.value1(), r.value2() + " — " + r.value3()));
    }

    long insertDefinition(long ownerId, String name, ReportType type, ReportFormat format, ReportFilters filters,
                          String cron, Instant createdAt) {
        return dsl.insertInto(REPORT_DEFINITION)
                .set(REPORT_DEFINITION.OWNER_ID, ownerId)
                .set(REPORT_DEFINITION.NAME, name)
                .set(REPORT_DEFINITION.REPORT_TYPE, type.name())
                .set(REPORT_DEFINITION.FORMAT, format.name())
                .set(REPORT_DEFINITION.FILTERS, filters.toJson())
                .set(REPORT_DEFINITION.CRON, cron)
                .set(REPORT_DEFINITION.CREATED_AT, createdAt)
                .returning(REPORT_DEFINITION.ID)
                .fetchOne(REPORT_DEFINITION.ID);
    }

    boolean deleteDefinition(long id) {
        return dsl.deleteFrom(REPORT_DEFINITION).where(REPORT_DEFINITION.ID.eq(id)).execute() == 1;
    }

    /** Moves the last run forward only, so two nodes cannot both claim the same fire time. */
    boolean claimRun(long id, Instant previousRun, Instant runAt) {
        Condition sameAsRead = previousRun == null ? REPORT_DEFINITION.LAST_RUN_AT.isNull()
                : REPORT_DEFINITION.LAST_RUN_AT.eq(previousRun);
        return dsl.update(REPORT_DEFINITION)
                .set(REPORT_DEFINITION.LAST_RUN_AT, runAt)
                .set(REPORT_DEFINITION.VERSION, REPORT_DEFINITION.VERSION.plus(1))
                .where(REPORT_DEFINITION.ID.eq(id)).and(sameAsRead)
                .execute() == 1;
    }

    Optional<ReportDefinition> findDefinition(long id) {
        return definitionQuery(REPORT_DEFINITION.ID.eq(id)).stream().findFirst();
    }

    /** {@code ownerId} null for everyone's. */
    List<ReportDefinition> findDefinitions(Long ownerId) {
        return definitionQuery(ownerId == null ? DSL.noCondition() : REPORT_DEFINITION.OWNER_ID.eq(ownerId));
    }

    List<ReportDefinition> findEnabledDefinitions() {
        return definitionQuery(REPORT_DEFINITION.ENABLED.isTrue());
    }

    private List<ReportDefinition> definitionQuery(Condition condition) {
        return dsl.select(REPORT_DEFINITION.asterisk(), APP_USER.DISPLAY_NAME, APP_USER.EMAIL)
                .from(REPORT_DEFINITION).join(APP_USER).on(APP_USER.ID.eq(REPORT_DEFINITION.OWNER_ID))
                .where(condition)
                .orderBy(REPORT_DEFINITION.NAME, REPORT_DEFINITION.ID)
                .fetch(r -> new ReportDefinition(r.get(REPORT_DEFINITION.ID), r.get(REPORT_DEFINITION.OWNER_ID),
                        r.get(APP_USER.DISPLAY_NAME), r.get(APP_USER.EMAIL), r.get(REPORT_DEFINITION.NAME),
                        ReportType.valueOf(r.get(REPORT_DEFINITION.REPORT_TYPE)),
                        ReportFormat.valueOf(r.get(REPORT_DEFINITION.FORMAT)),
                        ReportFilters.fromJson(r.get(REPORT_DEFINITION.FILTERS)), r.get(REPORT_DEFINITION.CRON),
                        r.get(REPORT_DEFINITION.ENABLED), r.get(REPORT_DEFINITION.LAST_RUN_AT),
                        r.get(REPORT_DEFINITION.CREATED_AT)));
    }
}
