package org.pledgetrack.core.database;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;

/**
 * Proof that this JVM runs the embedded server of a data directory: an exclusive lock on a file in
 * it, held until {@link #close()}. The operating system releases the lock when the JVM ends in any
 * way, {@code kill -9} included, and the server process does not inherit it. So a lock that cannot
 * be taken means a running JVM uses the directory, and a server still serving it after the lock was
 * taken was left behind by a JVM that died ({@link LeftoverServers}).
 */
final class DataDirectoryLock implements AutoCloseable {

    /** A file, not a folder: MariaDB takes every folder in its data directory for a database. */
    static final String FILE_NAME = "pledgetrack-owner.lock";

    private final FileChannel channel;

    private DataDirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock, or fails at once naming the directory and the process that holds it, rather
     * than starting a second server that would wait minutes for InnoDB's locks and then fail.
     */
    static DataDirectoryLock claim(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = open(file);
        try {
            if (!tryLock(channel)) {
                throw new IllegalStateException("The embedded database directory " + dataDir + " is in use by "
                        + "another running pledgetrack (process " + readOwner(channel) + "). Stop that one first, or "
                        + "give this one a directory of its own with PLEDGETRACK_DATA_DIR.");
            }
            writeOwner(channel);
            return new DataDirectoryLock(channel);
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("Cannot lock the embedded database directory " + dataDir, e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, CREATE, READ, WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    /** False also when this JVM holds it already: one JVM must not run two servers on one directory. */
    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldByThisJvm) {
            return false;
        }
    }

    /** Locks are advisory, so the holder's process id can be read from the locked file. */
    private static String readOwner(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        channel.read(bytes, 0);
        String owner = new String(bytes.array(), 0, bytes.position(), US_ASCII).strip();
        return owner.isEmpty() ? "unknown" : owner;
    }

    private static void writeOwner(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(US_ASCII)), 0);
        channel.force(false);
    }

    /** Releases the lock (closing the channel does); the file stays for the next start. */
    @Override
    public void close() {
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the embedded database directory's lock", e);
        }
    }
}
