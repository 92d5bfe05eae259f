package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.docedition.files.Memo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memos a one-shot build keeps on disk are read back only when they can be trusted. */
class MemoStoreTest {

    @TempDir
    Path cache;

    /** Memos whose render memo remembers one page's key, with an {@link Optional} among its inputs. */
    private static BuildMemos oneRememberedPage() {
        BuildMemos memos = BuildMemos.remembering();
        memos.render().begin();
        memos.render().remember("a.html", List.of("page", Optional.of("x"), Optional.empty()), "key-a");
        memos.render().end();
        return memos;
    }

    private static String recalled(BuildMemos memos) {
        memos.render().begin();
        try {
            return memos.render().recall("a.html", List.of("page", Optional.of("x"), Optional.empty()));
        } finally {
            memos.render().end();
        }
    }

    @Test
    void load_ofWhatTheSameToolSaved_recallsItsKeys() {
        new MemoStore(cache, "tool 1").save(oneRememberedPage());

        BuildMemos loaded = new MemoStore(cache, "tool 1").load();

        assertEquals("key-a", recalled(loaded));
    }

    @Test
    void load_ofWhatAnotherToolSaved_isEmpty() {
        new MemoStore(cache, "tool 1").save(oneRememberedPage());

        assertEquals(null, recalled(new MemoStore(cache, "tool 2").load()));
    }

    @Test
    void load_ofADamagedFile_isEmptyAndDoesNotThrow() throws IOException {
        MemoStore store = new MemoStore(cache, "tool 1");
        store.save(oneRememberedPage());
        byte[] bytes = Files.readAllBytes(store.file());
        Files.write(store.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(null, recalled(store.load()));

        Files.writeString(store.file(), "not a memo at all");
        assertEquals(null, recalled(store.load()));
    }

    @Test
    void load_withoutAFile_givesFreshMemosThatRemember() {
        BuildMemos loaded = new MemoStore(cache, "tool 1").load();

        assertTrue(loaded.render().remembers());
        assertNotSame(BuildMemos.remembering().seeds(), loaded.seeds());
    }

    @Test
    void save_leavesNoTemporaryFileAndForgetRemovesTheFile() throws IOException {
        MemoStore store = new MemoStore(cache, "tool 1");
        store.save(oneRememberedPage());
        try (var files = Files.list(cache)) {
            assertEquals(List.of(MemoStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
        }
        store.forget();
        assertFalse(Files.exists(store.file()));
    }
}
