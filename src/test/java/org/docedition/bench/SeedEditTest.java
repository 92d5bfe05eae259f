package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedEditTest {

    @TempDir
    Path dir;

    @Test
    void apply_changesOneParagraphLineOfOneCollectionPage_undoRestoresIt() throws IOException {
        new SyntheticCorpus(5).write(2000, dir);
        SeedEdit edit = SeedEdit.apply(dir);
        byte[] edited = Files.readAllBytes(edit.file());
        edit.undo();
        List<String> before = Files.readAllLines(edit.file());
        List<String> after = List.of(new String(edited, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1));
        assertEquals(before.size() + 1, after.size(), "same lines (split keeps the final empty one)");
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                assertEquals(before.get(i) + SeedEdit.SENTENCE, after.get(i));
            }
        }
        assertEquals(1, changed);
        SeedEdit again = SeedEdit.apply(dir);
        again.undo();
        assertArrayEquals(Files.readAllBytes(again.file()), Files.readAllBytes(edit.file()));
    }
}
