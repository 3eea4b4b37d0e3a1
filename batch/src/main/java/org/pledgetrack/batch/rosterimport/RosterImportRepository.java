package org.pledgetrack.batch.rosterimport;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.ROSTER_IMPORT;
import static org.pledgetrack.db.Tables.ROSTER_IMPORT_ERROR;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The record of each upload, its refused rows, and what the database already holds. */
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

    Optional<RosterImportRun> find(long id) {
        return dsl.selectFrom(ROSTER_IMPORT).where(ROSTER_IMPORT.ID.eq(id)).fetchOptional(this::toRun);
    }

    String sha256Of(long id) {
        return dsl.select(ROSTER_IMPORT.FILE_SHA256).from(ROSTER_IMPORT).where(ROSTER_IMPORT.ID.eq(id))
                .fetchSingle(ROSTER_IMPORT.FILE_SHA256);
    }

    /** The first successful import of a file with this content, if any. */
    Optional<RosterImportRun> findImported(String sha256) {
        return dsl.selectFrom(ROSTER_IMPORT)
                .where(ROSTER_IMPORT.FILE_SHA256.eq(sha256))
                .and(ROSTER_IMPORT.STATUS.eq(RosterImportStatus.IMPORTED.name()))
                .orderBy(ROSTER_IMPORT.ID)
                .limit(1)
                .fetchOptional(this::toRun);
    }

    void recordRowsRead(long id, int rowsRead) {
        dsl.update(ROSTER_IMPORT).set(ROSTER_IMPORT.ROWS_READ, rowsRead).where(ROSTER_IMPORT.ID.eq(id)).execute();
    }

    void markImporting(long id) {
        dsl.update(ROSTER_IMPORT).set(ROSTER_IMPORT.STATUS, RosterImportStatus.IMPORTING.name())
                .where(ROSTER_IMPORT.ID.eq(id)).execute();
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

    void finish(long id, RosterImportStatus status, Outcome outcome, String message, Instant now) {
        dsl.update(ROSTER_IMPORT)
                .set(ROSTER_IMPORT.STATUS, status.name())
                .set(ROSTER_IMPORT.ROWS_READ, outcome.rowsRead())
                .set(ROSTER_IMPORT.ERROR_COUNT, outcome.errorCount())
                .set(ROSTER_IMPORT.AGENCIES_CREATED, outcome.agenciesCreated())
                .set(ROSTER_IMPORT.USERS_CREATED, outcome.usersCreated())
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

    /** ORI → name of every organization that has one (ORIs are unique across all of them). */
    Map<String, String> existingOris() {
        return dsl.select(ORGANIZATION.ORI, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.ORI.isNotNull())
                .fetchMap(ORGANIZATION.ORI, ORGANIZATION.NAME);
    }

    /** Every user name in the database, lower case (the database compares them without case). */
    Set<String> existingUsernames() {
        Set<String> usernames = new HashSet<>();
        dsl.select(APP_USER.USERNAME).from(APP_USER)
                .forEach(r -> usernames.add(r.value1().toLowerCase(Locale.ROOT)));
        return usernames;
    }

    private RosterImportRun toRun(Record r) {
        return new RosterImportRun(r.get(ROSTER_IMPORT.ID), r.get(ROSTER_IMPORT.ORIGINAL_NAME),
                RosterImportStatus.valueOf(r.get(ROSTER_IMPORT.STATUS)), r.get(ROSTER_IMPORT.ROWS_READ),
                r.get(ROSTER_IMPORT.ERROR_COUNT), r.get(ROSTER_IMPORT.AGENCIES_CREATED),
                r.get(ROSTER_IMPORT.USERS_CREATED), r.get(ROSTER_IMPORT.MESSAGE), r.get(ROSTER_IMPORT.CREATED_BY),
                r.get(ROSTER_IMPORT.CREATED_AT), r.get(ROSTER_IMPORT.FINISHED_AT), 0);
    }

    /** The numbers an import ends with. */
    record Outcome(int rowsRead, int errorCount, int agenciesCreated, int usersCreated) {
    }
}
