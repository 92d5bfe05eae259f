package org.docedition.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docedition.files.FileTrees;
import org.docedition.files.SiteTree;

/** Copies the static assets (styles, scripts, icons) from {@code templates/assets/} into the site. */
final class AssetCopier {

    private AssetCopier() {
    }

    /** Copies every non-hidden file under {@code from} to the same place under {@code folder} of {@code tree}. */
    static void copy(Path from, SiteTree tree, String folder) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files = FileTrees.regularFiles(from);
        for (Path f : files) {
            Path rel = from.relativize(f);
            if (rel.toString().startsWith(".") || rel.toString().contains("/.")) {
                continue;
            }
            tree.write(folder + "/" + SiteTree.relative(from, f), Files.readAllBytes(f));
        }
    }
}
