package org.pledgetrack.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The server's programs are unpacked once per version, and copies that crashes left are deleted. */
class ServerBinariesTests {

    private final Path scratch = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();

    @Test
    void programsAreUnpackedOnceIntoADirectoryNamedForTheirVersion() throws Exception {
        Path first = ServerBinaries.unpacked();
        FileTime unpackedAt = Files.getLastModifiedTime(first.resolve("bin/mariadbd"));

        Path second = ServerBinaries.unpacked();

        assertThat(second).isEqualTo(first).hasParent(scratch);
        assertThat(second.getFileName().toString()).matches("pledgetrack-mariadb-\\d+\\.\\d+\\.\\d+-linux");
        assertThat(Files.getLastModifiedTime(second.resolve("bin/mariadbd"))).isEqualTo(unpackedAt);
        assertThat(second.resolve("bin/mariadbd")).isExecutable();
        assertThat(second.resolve("scripts/mariadb-install-db")).isExecutable();
    }

    /** Earlier versions unpacked into a new directory per start, and a crash left it behind. */
    @Test
    void copiesThatCrashesLeftAreDeletedButNotOnesInUse() throws Exception {
        Path abandoned = copyLastChanged("pledgetrack-mariadb-1001", Duration.ofHours(2));
        Path beingUnpacked = copyLastChanged("pledgetrack-mariadb-1002", Duration.ZERO);
        Path namedByARunningServer = copyLastChanged("pledgetrack-mariadb-1003", Duration.ofHours(2));
        Process server = new ProcessBuilder("sh", "-c", "sleep 60", "--basedir=" + namedByARunningServer).start();
        try {
            ServerBinaries.unpacked();

            assertThat(abandoned).doesNotExist();
            assertThat(beingUnpacked).isDirectory();
            assertThat(namedByARunningServer).isDirectory();
        } finally {
            server.destroy();
            FileTrees.delete(beingUnpacked);
            FileTrees.delete(namedByARunningServer);
        }
    }

    private Path copyLastChanged(String name, Duration ago) throws Exception {
        Path copy = Files.createDirectories(scratch.resolve(name).resolve("bin")).getParent();
        Files.writeString(copy.resolve("bin/mariadbd"), "a program");
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(ago)));
        return copy;
    }
}
