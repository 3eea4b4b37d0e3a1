package org.pledgetrack.batch.rosterimport;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.ROSTER_IMPORT;
import static org.pledgetrack.db.Tables.ROSTER_IMPORT_CHANGE;
import static org.pledgetrack.db.Tables.ROSTER_IMPORT_ERROR;
import static org.pledgetrack.db.Tables.ROSTER_IMPORT_REJECTED_ROW;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.pledgetrack.core.agency.AgencyType;
import org.pledgetrack.core.agency.OrganizationKind;
import org.springframework.stereotype.Repository;

/** The record of each upload, what its check found, and what the database already holds. */
@Repository
class RosterImportRepository {

    private final DSLContext dsl;

    RosterImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long create(String sha256, String originalName, String createdBy, Instant now) {
        return dsl.insertInto(ROSTER_IMPORT)
                .set(ROSTER_IMPORT.FILE_SHA256, sha256)
                .set(ROSTER_IMPORT.ORIGINAL_NAME, originalName)
                .set(ROSTER_IMPORT.STATUS, RosterImportStatus.VALIDATING.name())
                .set(ROSTER_IMPORT.CREATED_BY, createdBy)
                .set(ROSTER_IMPORT.CREATED_AT, now)
                .returning(ROSTER_IMPORT.ID)
                .fetchOne(ROSTER_IMPORT.ID);
    }

    /** Records where the import's roster is kept and its size. */
    void setUpload(long id, String storageKey, long size) {
        dsl.update(ROSTER_IMPORT).set(ROSTER_IMPORT.STORAGE_KEY, storageKey).set(ROSTER_IMPORT.FILE_SIZE, size)
                .where(ROSTER_IMPORT.ID.eq(id)).execute();
    }

    /** Where the import's roster is kept; empty for an import from before rosters had a key. */
    Optional<RosterImportFiles.Upload> findUpload(long id) {
        return dsl.select(ROSTER_IMPORT.STORAGE_KEY, ROSTER_IMPORT.FILE_SIZE).from(ROSTER_IMPORT)
                .where(ROSTER_IMPORT.ID.eq(id)).and(ROSTER_IMPORT.STORAGE_KEY.isNotNull())
                .fetchOptional(r -> new RosterImportFiles.Upload(id, r.value1(), r.value2()));
    }

    Optional<RosterImportRun> find(long id) {
        return dsl.selectFrom(ROSTER_IMPORT).where(ROSTER_IMPORT.ID.eq(id)).fetchOptional(this::toRun);
    }

    /** The fingerprint of the check's decisions, which the import must reproduce. */
    String checkFingerprintOf(long id) {
        return dsl.select(ROSTER_IMPORT.CHECK_SHA256).from(ROSTER_IMPORT).where(ROSTER_IMPORT.ID.eq(id))
                .fetchSingle(ROSTER_IMPORT.CHECK_SHA256);
    }

    /** The header of the file as written, one CSV line, for the rejected-rows CSV. */
    Optional<String> headerLineOf(long id) {
        return dsl.select(ROSTER_IMPORT.HEADER_LINE).from(ROSTER_IMPORT).where(ROSTER_IMPORT.ID.eq(id))
                .fetchOptional(ROSTER_IMPORT.HEADER_LINE);
    }

    void recordRowsRead(long id, int rowsRead) {
        dsl.update(ROSTER_IMPORT).set(ROSTER_IMPORT.ROWS_READ, rowsRead).where(ROSTER_IMPORT.ID.eq(id)).execute();
    }

    void addErrors(long id, List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(ROSTER_IMPORT_ERROR, ROSTER_IMPORT_ERROR.IMPORT_ID, ROSTER_IMPORT_ERROR.LINE,
                ROSTER_IMPORT_ERROR.FIELD, ROSTER_IMPORT_ERROR.MESSAGE);
        for (RowError error : errors) {
            insert = insert.values(id, error.line(), error.field(), error.message());
        }
        insert.execute();
    }

    /** Rejected rows, each with its values as one CSV line. */
    void addRejectedRows(long id, List<RowPlan.Rejected> rows) {
        var insert = dsl.insertInto(ROSTER_IMPORT_REJECTED_ROW, ROSTER_IMPORT_REJECTED_ROW.IMPORT_ID,
                ROSTER_IMPORT_REJECTED_ROW.LINE, ROSTER_IMPORT_REJECTED_ROW.ROW_VALUES, ROSTER_IMPORT_REJECTED_ROW.REASON);
        for (RowPlan.Rejected row : rows) {
            insert = insert.values(id, row.line(), CsvLines.format(row.raw()), row.reason());
        }
        insert.execute();
    }

    void addChanges(long id, List<AgencyFieldChange> changes) {
        var insert = dsl.insertInto(ROSTER_IMPORT_CHANGE, ROSTER_IMPORT_CHANGE.IMPORT_ID, ROSTER_IMPORT_CHANGE.LINE,
                ROSTER_IMPORT_CHANGE.ORI, ROSTER_IMPORT_CHANGE.AGENCY_NAME, ROSTER_IMPORT_CHANGE.FIELD,
                ROSTER_IMPORT_CHANGE.OLD_VALUE, ROSTER_IMPORT_CHANGE.NEW_VALUE);
        for (AgencyFieldChange change : changes) {
            insert = insert.values(id, change.line(), change.ori(), change.agencyName(), change.field(),
                    change.oldValue(), change.newValue());
        }
        insert.execute();
    }

    /** The refused rows in file order, streamed so that a large report never sits in memory. */
    void forEachError(long id, Consumer<RowError> consumer) {
        try (Stream<RowError> errors = dsl.selectFrom(ROSTER_IMPORT_ERROR)
                .where(ROSTER_IMPORT_ERROR.IMPORT_ID.eq(id))
                .orderBy(ROSTER_IMPORT_ERROR.LINE, ROSTER_IMPORT_ERROR.ID)
                .fetchSize(1000)
                .fetchStream()
                .map(r -> new RowError(r.getLine(), r.getField(), r.getMessage()))) {
            errors.forEach(consumer);
        }
    }

    /** Every rejected row in file order: its values as read and why it was rejected, streamed. */
    void forEachRejectedRow(long id, BiConsumer<List<String>, String> consumer) {
        try (Stream<Record2<String, String>> rows = dsl.select(ROSTER_IMPORT_REJECTED_ROW.ROW_VALUES,
                        ROSTER_IMPORT_REJECTED_ROW.REASON).from(ROSTER_IMPORT_REJECTED_ROW)
                .where(ROSTER_IMPORT_REJECTED_ROW.IMPORT_ID.eq(id))
                .orderBy(ROSTER_IMPORT_REJECTED_ROW.LINE)
                .fetchSize(1000)
                .fetchStream()) {
            rows.forEach(r -> consumer.accept(CsvLines.parse(r.value1()), r.value2()));
        }
    }

    List<AgencyFieldChange> findChanges(long id, int offset, int limit) {
        return dsl.selectFrom(ROSTER_IMPORT_CHANGE)
                .where(ROSTER_IMPORT_CHANGE.IMPORT_ID.eq(id))
                .orderBy(ROSTER_IMPORT_CHANGE.LINE, ROSTER_IMPORT_CHANGE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AgencyFieldChange(r.getLine(), r.getOri(), r.getAgencyName(), r.getField(),
                        r.getOldValue(), r.getNewValue()));
    }

    int countChanges(long id) {
        return dsl.fetchCount(ROSTER_IMPORT_CHANGE, ROSTER_IMPORT_CHANGE.IMPORT_ID.eq(id));
    }

    /** Ends the check: what it found, and the fingerprint the import must reproduce. */
    void finishCheck(long id, RosterImportStatus status, CheckOutcome outcome, String headerLine, String fingerprint,
                     String message, Instant now) {
        dsl.update(ROSTER_IMPORT)
                .set(ROSTER_IMPORT.STATUS, status.name())
                .set(ROSTER_IMPORT.ROWS_READ, outcome.rowsRead())
                .set(ROSTER_IMPORT.ERROR_COUNT, outcome.errorCount())
                .set(ROSTER_IMPORT.ROWS_NEW, outcome.rowsNew())
                .set(ROSTER_IMPORT.ROWS_CHANGED, outcome.rowsChanged())
                .set(ROSTER_IMPORT.ROWS_UNCHANGED, outcome.rowsUnchanged())
                .set(ROSTER_IMPORT.ROWS_REJECTED, outcome.rowsRejected())
                .set(ROSTER_IMPORT.HEADER_LINE, headerLine)
                .set(ROSTER_IMPORT.CHECK_SHA256, fingerprint)
                .set(ROSTER_IMPORT.MESSAGE, message)
                .set(ROSTER_IMPORT.FINISHED_AT, status == RosterImportStatus.CHECKED ? null : now)
                .where(ROSTER_IMPORT.ID.eq(id))
                .execute();
    }

    /** Moves a checked import on to {@code status}; false when it no longer waits for a decision. */
    boolean decide(long id, RosterImportStatus status, String decidedBy, String message, Instant now) {
        return dsl.update(ROSTER_IMPORT)
                .set(ROSTER_IMPORT.STATUS, status.name())
                .set(ROSTER_IMPORT.DECIDED_BY, decidedBy)
                .set(ROSTER_IMPORT.MESSAGE, message)
                .set(ROSTER_IMPORT.FINISHED_AT, status.finished() ? now : null)
                .where(ROSTER_IMPORT.ID.eq(id))
                .and(ROSTER_IMPORT.STATUS.eq(RosterImportStatus.CHECKED.name()))
                .execute() == 1;
    }

    void finishImport(long id, int agenciesCreated, int agenciesUpdated, int usersCreated, String message,
                      Instant now) {
        dsl.update(ROSTER_IMPORT)
                .set(ROSTER_IMPORT.STATUS, RosterImportStatus.IMPORTED.name())
                .set(ROSTER_IMPORT.AGENCIES_CREATED, agenciesCreated)
                .set(ROSTER_IMPORT.AGENCIES_UPDATED, agenciesUpdated)
                .set(ROSTER_IMPORT.USERS_CREATED, usersCreated)
                .set(ROSTER_IMPORT.MESSAGE, message)
                .set(ROSTER_IMPORT.FINISHED_AT, now)
                .where(ROSTER_IMPORT.ID.eq(id))
                .execute();
    }

    /** Marks an import failed unless it already ended; for faults outside the file's rows. */
    void failIfUnfinished(long id, String message, Instant now) {
        dsl.update(ROSTER_IMPORT)
                .set(ROSTER_IMPORT.STATUS, RosterImportStatus.FAILED.name())
                .set(ROSTER_IMPORT.MESSAGE, message)
                .set(ROSTER_IMPORT.FINISHED_AT, now)
                .where(ROSTER_IMPORT.ID.eq(id))
                .and(ROSTER_IMPORT.STATUS.in(RosterImportStatus.VALIDATING.name(), RosterImportStatus.IMPORTING.name()))
                .execute();
    }

    /** Every agency with an ORI, by ORI, with the fields a roster may change. */
    Map<String, ExistingAgency> existingAgencies() {
        Map<String, ExistingAgency> agencies = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.ORI, ORGANIZATION.NAME, ORGANIZATION.AGENCY_TYPE,
                        ORGANIZATION.FBI_AGENCY_TYPE, ORGANIZATION.SWORN_OFFICERS, ORGANIZATION.POPULATION_SERVED,
                        ORGANIZATION.COUNTY, ORGANIZATION.CITY)
                .from(ORGANIZATION)
                .where(ORGANIZATION.ORI.isNotNull())
                .and(ORGANIZATION.KIND.eq(OrganizationKind.AGENCY.name()))
                .forEach(r -> agencies.put(r.get(ORGANIZATION.ORI), new ExistingAgency(r.get(ORGANIZATION.ID),
                        r.get(ORGANIZATION.ORI), r.get(ORGANIZATION.NAME),
                        r.get(ORGANIZATION.AGENCY_TYPE) == null ? null : AgencyType.valueOf(r.get(ORGANIZATION.AGENCY_TYPE)),
                        r.get(ORGANIZATION.FBI_AGENCY_TYPE), r.get(ORGANIZATION.SWORN_OFFICERS),
                        r.get(ORGANIZATION.POPULATION_SERVED), r.get(ORGANIZATION.COUNTY), r.get(ORGANIZATION.CITY))));
        return agencies;
    }

    /**
     * Every user name in the database, lower case (the database compares them without case), with the
     * ORI of its organization ("" when it has none).
     */
    Map<String, String> usernameOris() {
        Map<String, String> usernames = new HashMap<>();
        dsl.select(APP_USER.USERNAME, ORGANIZATION.ORI).from(APP_USER)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(APP_USER.ORGANIZATION_ID))
                .forEach(r -> usernames.put(r.value1().toLowerCase(Locale.ROOT), r.value2() == null ? "" : r.value2()));
        return usernames;
    }

    private RosterImportRun toRun(Record r) {
        return new RosterImportRun(r.get(ROSTER_IMPORT.ID), r.get(ROSTER_IMPORT.ORIGINAL_NAME),
                RosterImportStatus.valueOf(r.get(ROSTER_IMPORT.STATUS)), r.get(ROSTER_IMPORT.ROWS_READ),
                r.get(ROSTER_IMPORT.ERROR_COUNT),
                new CheckCounts(r.get(ROSTER_IMPORT.ROWS_NEW), r.get(ROSTER_IMPORT.ROWS_CHANGED),
                        r.get(ROSTER_IMPORT.ROWS_UNCHANGED), r.get(ROSTER_IMPORT.ROWS_REJECTED)),
                r.get(ROSTER_IMPORT.AGENCIES_CREATED), r.get(ROSTER_IMPORT.AGENCIES_UPDATED),
                r.get(ROSTER_IMPORT.USERS_CREATED), r.get(ROSTER_IMPORT.MESSAGE), r.get(ROSTER_IMPORT.CREATED_BY),
                r.get(ROSTER_IMPORT.DECIDED_BY), r.get(ROSTER_IMPORT.CREATED_AT), r.get(ROSTER_IMPORT.FINISHED_AT), 0);
    }

    /** The numbers a check ends with. */
    record CheckOutcome(int rowsRead, int errorCount, int rowsNew, int rowsChanged, int rowsUnchanged,
                        int rowsRejected) {
    }
}
