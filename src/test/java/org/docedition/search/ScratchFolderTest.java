package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFolderTest {

    @TempDir
    Path dir;

    @Test
    void isMadeOnTheMemoryFileSystemWhenItHasRoom() throws IOException {
        Path memory = Files.createDirectories(dir.resolve("shm"));
        Path site = Files.createDirectories(dir.resolve("project/site"));
        Path made;
        try (ScratchFolder scratch = ScratchFolder.in(memory, site, 1024)) {
            made = scratch.path();
            assertEquals(memory, made.getParent());
            assertTrue(Files.isDirectory(made));
            Files.writeString(Files.createDirectories(made.resolve("fragment")).resolve("a.pf_fragment"), "x");
        }
        assertFalse(Files.exists(made), "closing removes the folder and what Pagefind wrote in it");
    }

    @Test
    void isMadeBesideTheSiteWhenTheMemoryFileSystemIsMissingOrFull() throws IOException {
        Path site = Files.createDirectories(dir.resolve("project/site"));
        try (ScratchFolder scratch = ScratchFolder.in(dir.resolve("no-such-folder"), site, 1024)) {
            assertEquals(dir.resolve("project"), scratch.path().getParent());
        }
        try (ScratchFolder scratch = ScratchFolder.in(dir, site, Long.MAX_VALUE)) {
            assertEquals(dir.resolve("project"), scratch.path().getParent(), "no file system has that much room");
        }
    }

    @Test
    void removesFoldersLeftByAProcessThatEndedButNotThoseOfALiveOne() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path abandoned = Files.createDirectories(dir.resolve("docedition-search-" + ended.pid() + "-123/fragment"));
        Path live = Files.createDirectories(dir.resolve("docedition-search-" + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(dir.resolve("someone-elses"));
        try (ScratchFolder scratch = ScratchFolder.in(dir, dir.resolve("site"), 1)) {
            assertFalse(Files.exists(abandoned.getParent()));
            assertTrue(Files.isDirectory(live), "a folder of a running build is left alone");
            assertTrue(Files.isDirectory(other));
        }
    }
}
