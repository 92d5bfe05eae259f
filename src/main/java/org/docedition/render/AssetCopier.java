package org.docedition.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies the static assets (styles, scripts, icons) from {@code templates/assets/} into the site. */
final class AssetCopier {

    private AssetCopier() {
    }

    /** Copies every non-hidden file under {@code from} to the same place under {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path rel = from.relativize(f);
            if (rel.toString().startsWith(".") || rel.toString().contains("/.")) {
                continue;
            }
            Path target = to.resolve(rel.toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
