package org.pledgetrack.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.db.Tables.STORED_FILE;
import static org.pledgetrack.db.Tables.STORED_FILE_CHUNK;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.pledgetrack.core.testsupport.Items;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

/**
 * The two places files can be kept, against the real database: the same behaviour from both (parameterized by
 * {@link Kind}), then what only the database store promises: any node reads what another stored, a damaged
 * chunk is caught, and a file far larger than the heap goes in and out.
 */
@SpringBootTest
class ContentStoreIntegrationTests {

    private static final int MIB = 1024 * 1024;

    @Autowired DSLContext dsl;
    @Autowired Clock clock;
    @Autowired DataSource dataSource;
    @TempDir Path folder;
    @TempDir Path otherNodesFolder;

    enum Kind { LOCAL, DATABASE }

    private ContentStore store(Kind kind, Path localFolder) {
        return kind == Kind.LOCAL ? new LocalContentStore(localFolder) : new DatabaseContentStore(dsl, clock);
    }

    /** What a store keeps: the files of its folder, or the database's files. */
    private Supplier<Integer> keptCount(Kind kind, Path localFolder) {
        return kind == Kind.LOCAL ? () -> HostileUploads.filesIn(localFolder).size()
                : () -> dsl.fetchCount(STORED_FILE);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFileWrittenAsAStreamReadsBackWithTheSameSha256(Kind kind) throws IOException {
        ContentStore store = store(kind, folder);
        String key = StorageKeys.newKey();
        long size = 2L * MIB + 12_345; // three chunks in the database, the last one short

        try (OutputStream out = store.create(key)) {
            new GeneratedContent(size, 7).transferTo(out);
        }

        try (InputStream in = store.open(key)) {
            assertThat(GeneratedContent.sha256Of(in)).isEqualTo(GeneratedContent.sha256Of(new GeneratedContent(size, 7)));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writingAKeyAgainReplacesItsFile(Kind kind) throws IOException {
        ContentStore store = store(kind, folder);
        String key = StorageKeys.newKey();
        write(store, key, "older and longer content");

        write(store, key, "new");

        try (InputStream in = store.open(key)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("new");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeletedFileCannotBeOpenedAndDeletingItAgainFindsNothing(Kind kind) throws IOException {
        ContentStore store = store(kind, folder);
        String key = StorageKeys.newKey();
        write(store, key, "ori,agency\n");

        assertThat(store.delete(key)).isTrue();

        assertThatThrownBy(() -> store.open(key)).isInstanceOf(UncheckedIOException.class);
        assertThat(store.delete(key)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlyRandomKeysAreAccepted(Kind kind) {
        ContentStore store = store(kind, folder);

        assertThatThrownBy(() -> store.create("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theUploadChecksKeepOnlyAFileThatPassesThem(Kind kind) throws IOException {
        FileStore files = new FileStore(folder, DataSize.ofKilobytes(64), store(kind, folder));
        Supplier<Integer> kept = keptCount(kind, folder);
        int before = kept.get();

        assertThatThrownBy(() -> files.store(Items.pdf(), "scan.docx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.store(new GeneratedContent(65 * 1024, 1), "big.pdf"))
                .hasMessage("\"big.pdf\" is larger than the maximum of 64 KB.");
        assertThat(kept.get()).isEqualTo(before);

        StoredFile stored = files.store(Items.pdf(), "policy.pdf");

        assertThat(kept.get()).isEqualTo(before + 1);
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        try (InputStream in = files.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(Items.PDF);
        }
    }

    @Test
    void aFileStoredThroughOneNodeIsReadThroughAnotherWithAFolderOfItsOwn() throws IOException {
        FileStore nodeA = new FileStore(folder, DataSize.ofMegabytes(20), new DatabaseContentStore(dsl, clock));
        FileStore nodeB = new FileStore(otherNodesFolder, DataSize.ofMegabytes(20), new DatabaseContentStore(dsl, clock));

        StoredFile stored = nodeA.store(Items.pdf(), "use-of-force.pdf");

        try (InputStream in = nodeB.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(Items.PDF);
        }
        assertThat(HostileUploads.filesIn(folder)).as("nothing stays on node A's disk").isEmpty();
        assertThat(nodeB.delete(stored.storageKey())).isTrue();
        assertThatThrownBy(() -> nodeA.open(stored.storageKey())).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aDamagedChunkIsCaughtByTheSha256() throws IOException {
        DatabaseContentStore store = new DatabaseContentStore(dsl, clock);
        String large = StorageKeys.newKey();
        try (OutputStream out = store.create(large)) {
            new GeneratedContent(2L * MIB + 1, 3).transferTo(out);
        }
        String small = StorageKeys.newKey();
        write(store, small, "Sedgwick County Sheriff's Office");

        flipOneByteOfChunk(large, 1);
        flipOneByteOfChunk(small, 0);

        try (InputStream in = store.open(large)) {
            assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream())).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("Stored file " + large + " is damaged: its SHA-256 is ");
        }
        try (InputStream in = store.open(small)) {
            assertThatThrownBy(in::read).as("a damaged one-chunk file hands out no byte")
                    .isInstanceOf(IOException.class).hasMessageContaining("is damaged");
        }
    }

    @Test
    void aMissingChunkIsCaught() throws IOException {
        DatabaseContentStore store = new DatabaseContentStore(dsl, clock);
        String key = StorageKeys.newKey();
        try (OutputStream out = store.create(key)) {
            new GeneratedContent(MIB + 1, 5).transferTo(out);
        }
        dsl.deleteFrom(STORED_FILE_CHUNK).where(STORED_FILE_CHUNK.STORAGE_KEY.eq(key))
                .and(STORED_FILE_CHUNK.CHUNK_NO.eq(1)).execute();

        try (InputStream in = store.open(key)) {
            assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                    .hasMessage("Stored file " + key + " is damaged: chunk 1 is missing");
        }
    }

    @Test
    void aFileWhoseWritingNeverFinishedCannotBeOpened() throws IOException {
        DatabaseContentStore store = new DatabaseContentStore(dsl, clock);
        String key = StorageKeys.newKey();
        OutputStream unfinished = store.create(key);
        unfinished.write(new byte[MIB + 10]);

        assertThatThrownBy(() -> store.open(key)).isInstanceOf(UncheckedIOException.class);
        assertThat(store.delete(key)).isTrue();
    }

    /**
     * 50 MB through the database store in a JVM whose heap is 32 MB: it could not hold the file, so the file went
     * in and came out as a stream. What came out must have the SHA-256 of what went in.
     */
    @Test
    void fiftyMegabytesGoInAndOutOfTheDatabaseWithAHeapSmallerThanTheFile() throws Exception {
        long size = DataSize.ofMegabytes(50).toBytes();
        HikariDataSource pool = (HikariDataSource) dataSource;
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                LargeFileRoundTrip.class.getName(), pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword() == null ? "" : pool.getPassword(), String.valueOf(size), "50");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines).contains("sha256=" + GeneratedContent.sha256Of(new GeneratedContent(size, 50)));
        long maxHeap = lines.stream().filter(line -> line.startsWith("maxHeap=")).map(line -> line.substring(8))
                .mapToLong(Long::parseLong).findFirst().orElseThrow();
        assertThat(maxHeap).isLessThan(size);
    }

    private void flipOneByteOfChunk(String key, int chunkNo) {
        byte[] data = dsl.select(STORED_FILE_CHUNK.DATA).from(STORED_FILE_CHUNK)
                .where(STORED_FILE_CHUNK.STORAGE_KEY.eq(key)).and(STORED_FILE_CHUNK.CHUNK_NO.eq(chunkNo))
                .fetchSingle(STORED_FILE_CHUNK.DATA);
        data[data.length / 2] ^= 0x01;
        dsl.update(STORED_FILE_CHUNK).set(STORED_FILE_CHUNK.DATA, data)
                .where(STORED_FILE_CHUNK.STORAGE_KEY.eq(key)).and(STORED_FILE_CHUNK.CHUNK_NO.eq(chunkNo)).execute();
    }

    private static void write(ContentStore store, String key, String text) throws IOException {
        try (OutputStream out = store.create(key)) {
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)).transferTo(out);
        }
    }
}
