package org.docedition.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The edit an editor makes between two builds: one sentence added to the first paragraph of a
 * numbered document in the middle collection page, which changes that page and, through cited-by
 * lists and neighbours, the pages that depend on it. {@link #undo()} restores the file.
 *
 * <p>{@link #prepare} reads the seed and works out the edit without writing, so that a timed edit
 * ({@link #apply()}, {@link #undo()}) is the file write alone.
 */
final class SeedEdit {

    static final String SENTENCE = " The editors corrected this sentence against the archival original.";
    private static final Pattern NUMBER_LINE = Pattern.compile("\\d+\\.\\*?");

    private final Path file;
    private final byte[] original;
    private final byte[] edited;

    private SeedEdit(Path file, byte[] original, byte[] edited) {
        this.file = file;
        this.original = original;
        this.edited = edited;
    }

    /** Applies the edit to a seed in {@code seedsDir}. */
    static SeedEdit apply(Path seedsDir) throws IOException {
        SeedEdit edit = prepare(seedsDir);
        edit.apply();
        return edit;
    }

    /** Chooses the seed and works out the edit, writing nothing. */
    static SeedEdit prepare(Path seedsDir) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(seedsDir)) {
            pages = files.filter(f -> f.getFileName().toString().startsWith("c-")).sorted().toList();
        }
        if (pages.isEmpty()) {
            throw new IOException("no collection page to edit in " + seedsDir);
        }
        Path file = pages.get(pages.size() / 2);
        byte[] original = Files.readAllBytes(file);
        String[] lines = new String(original, StandardCharsets.UTF_8).split("\n", -1);
        int target = -1;
        for (int i = 0; i + 2 < lines.length && target < 0; i++) {
            if (NUMBER_LINE.matcher(lines[i].strip()).matches() && lines[i + 1].isBlank()
                    && !lines[i + 2].isBlank()) {
                target = i + 2;
            }
        }
        if (target < 0) {
            throw new IOException("no numbered document with text in " + file);
        }
        lines[target] = lines[target].stripTrailing() + SENTENCE;
        return new SeedEdit(file, original, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the edited seed. */
    void apply() throws IOException {
        save(edited);
    }

    Path file() {
        return file;
    }

    /** Writes the seed as it was before the edit. */
    void undo() throws IOException {
        save(original);
    }

    /**
     * Replaces the seed whole, as an editor's save does: written beside it under a hidden name
     * (which the ingester skips) and renamed over it, so nothing ever reads it half-written.
     */
    private void save(byte[] bytes) throws IOException {
        Path saving = file.resolveSibling("." + file.getFileName() + ".saving");
        Files.write(saving, bytes);
        Files.move(saving, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
