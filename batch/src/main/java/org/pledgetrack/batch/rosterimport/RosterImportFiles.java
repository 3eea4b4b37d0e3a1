package org.pledgetrack.batch.rosterimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where an uploaded roster waits for its job: {@code <files dir>/roster-imports/<import id>.csv},
 * named by the import id so that a user-supplied name never becomes a path. Deleted when the job
 * ends, because the file holds people's names and e-mail addresses.
 */
@Component
class RosterImportFiles {

    private final Path directory;

    RosterImportFiles(@Value("${pledgetrack.files.dir:data/files}") Path filesDirectory) {
        this.directory = filesDirectory.resolve("roster-imports");
    }

    void save(long importId, byte[] content) {
        try {
            Files.createDirectories(directory);
            Files.write(pathOf(importId), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the roster file for import " + importId, e);
        }
    }

    Path pathOf(long importId) {
        return directory.resolve(importId + ".csv");
    }

    void delete(long importId) {
        try {
            Files.deleteIfExists(pathOf(importId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the roster file of import " + importId, e);
        }
    }
}
