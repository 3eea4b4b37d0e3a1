package org.pledgetrack.core.testsupport;

import static org.pledgetrack.db.Tables.STORED_FILE;

import java.util.HashSet;
import java.util.Set;

import org.jooq.DSLContext;
import org.pledgetrack.core.files.FileProperties;

/**
 * The files kept by the store the application is configured with ({@code pledgetrack.files.store}): the names in
 * the files folder, or the keys in the database. Lets one test check what is kept, or deleted, with either store.
 */
public record KeptFiles(FileProperties properties, DSLContext dsl) {

    public Set<String> keys() {
        return switch (properties.store()) {
            case LOCAL -> HostileUploads.filesIn(properties.dir());
            case DATABASE -> new HashSet<>(dsl.fetchValues(STORED_FILE.STORAGE_KEY));
        };
    }

    /**
     * The keys kept for one kind of file: the names in its own folder below the files folder with the
     * local store, every key with the database store (where the kinds share one table).
     */
    public Set<String> keysIn(String folder) {
        return switch (properties.store()) {
            case LOCAL -> HostileUploads.filesIn(properties.dir().resolve(folder));
            case DATABASE -> keys();
        };
    }
}
