package org.docedition.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jbake.app.JBakeException;
import org.jbake.app.Parser;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.docedition.files.FileTrees;
import org.docedition.model.Problem;

/**
 * Reads the editorial pages in {@code content/} the way JBake does: its configuration
 * ({@code jbake.properties} in the project folder over JBake's defaults), its header format
 * ({@code title=}, {@code type=page}, {@code status=published}, {@code ~~~~~~}) and its Markdown
 * engine (flexmark). Neither JBake's content store (OrientDB) nor its Oven is started.
 */
final class ContentPageReader {

    /** Output names the generated pages use; a content page may not take them. */
    static final Set<String> RESERVED = Set.of("index", "chronology", "sources", "search", "documents", "assets",
            "data", "pagefind");

    private static final String MARKDOWN_SUFFIX = ".md";

    private final JBakeConfiguration config;
    private final Path contentDir;

    private ContentPageReader(JBakeConfiguration config, Path contentDir) {
        this.config = config;
        this.contentDir = contentDir;
    }

    /**
     * A reader with the project's JBake configuration; the project folder is the content folder's parent.
     */
    static ContentPageReader forProject(Path contentDir) {
        Path project = contentDir.toAbsolutePath().normalize().getParent();
        try {
            DefaultJBakeConfiguration c = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(project.toFile(), project.resolve(".render-unused").toFile(), false);
            List<String> extensions = new ArrayList<>(c.getMarkdownExtensions());
            // seeds never reach Markdown, but editors' raw HTML would bypass escaping: keep it text
            if (!extensions.contains("SUPPRESS_ALL_HTML")) {
                extensions.add("SUPPRESS_ALL_HTML");
            }
            c.setProperty("markdown.extensions", extensions);
            return new ContentPageReader(c, contentDir);
        } catch (JBakeException e) {
            throw new RenderFailure(Problem.error("jbake.properties", 0, "cannot read the JBake configuration: "
                    + e.getMessage()));
        }
    }

    /** A configuration value, or {@code fallback} when it is not set. */
    String setting(String key, String fallback) {
        Object v = config.get(key);
        // JBake's configuration splits values at commas into lists; a title or description keeps them
        String s = v instanceof java.util.Collection<?> c
                ? c.stream().map(Object::toString).map(String::strip).collect(java.util.stream.Collectors.joining(", "))
                : v == null ? "" : v.toString().strip();
        return s.isBlank() ? fallback : s;
    }

    /** Every published page in the content folder, sorted by order then path; problems go to {@code problems}. */
    List<ContentPage> read(List<Problem> problems) {
        if (!Files.isDirectory(contentDir)) {
            return List.of();
        }
        List<Path> files;
        try {
            files = FileTrees.regularFiles(contentDir);
        } catch (IOException e) {
            problems.add(Problem.error(display(contentDir), 0, "cannot list content: " + e.getMessage()));
            return List.of();
        }
        List<ContentPage> pages = new ArrayList<>();
        Parser parser = new Parser(config);
        for (Path file : files) {
            String rel = contentDir.relativize(file).toString().replace(File.separatorChar, '/');
            if (rel.startsWith(".") || rel.contains("/.")) {
                continue;
            }
            if (rel.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                continue; // editorial data (persons.csv), read by the apparatus, not a page
            }
            if (!rel.toLowerCase(Locale.ROOT).endsWith(MARKDOWN_SUFFIX)) {
                problems.add(Problem.warning(display(file), 0, "not a Markdown page (.md); ignored"));
                continue;
            }
            java.util.Optional<ContentPage> page = read(parser, file, rel);
            if (page.isPresent()) {
                pages.add(page.get());
            } else {
                explain(file, problems);
            }
        }
        pages.sort(Comparator.comparingInt(ContentPage::order).thenComparing(ContentPage::path));
        return List.copyOf(pages);
    }

    private java.util.Optional<ContentPage> read(Parser parser, Path file, String rel) {
        String base = rel.substring(0, rel.length() - MARKDOWN_SUFFIX.length());
        if (!base.matches("[a-z0-9]+(-[a-z0-9]+)*") || RESERVED.contains(base)) {
            return java.util.Optional.empty();
        }
        DocumentModel m = parser.processFile(file.toFile());
        if (m == null || !"published".equals(m.getStatus()) || m.getTitle() == null || m.getTitle().isBlank()) {
            return java.util.Optional.empty();
        }
        String menu = m.get("menu") == null ? "" : m.get("menu").toString().strip();
        int order = 100;
        if (m.get("order") != null) {
            try {
                order = Integer.parseInt(m.get("order").toString().strip());
            } catch (NumberFormatException e) {
                order = 100;
            }
        }
        return java.util.Optional.of(new ContentPage(base + ".html", m.getTitle().strip(), menu, order,
                m.getBody(), display(file)));
    }

    /** Why {@code file} was not rendered, as a problem an editor can act on. */
    private void explain(Path file, List<Problem> problems) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - MARKDOWN_SUFFIX.length());
        if (!file.getParent().equals(contentDir)) {
            problems.add(Problem.error(display(file), 0, "content pages must sit directly in "
                    + contentDir.getFileName() + "/ (sub-folders are not rendered)"));
        } else if (RESERVED.contains(base)) {
            problems.add(Problem.error(display(file), 0, "the name '" + base + "' is used by a generated page; rename the file"));
        } else if (!base.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(Problem.error(display(file), 0,
                    "file names of content pages use lower-case letters, digits and hyphens (e.g. how-to-cite.md)"));
        } else {
            String status = headerValue(file, "status");
            if (!status.isEmpty() && !status.equals("published")) {
                return; // a draft is left out on purpose
            }
            problems.add(Problem.error(display(file), 1, "needs a JBake header: title=..., type=page, status=published, "
                    + "then a line " + config.getHeaderSeparator()));
        }
    }

    private static String headerValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.strip().startsWith(key + "=")) {
                    return line.strip().substring(key.length() + 1).strip();
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    private String display(Path p) {
        Path project = contentDir.toAbsolutePath().normalize().getParent();
        Path abs = p.toAbsolutePath().normalize();
        return project != null && abs.startsWith(project) ? project.relativize(abs).toString() : p.toString();
    }
}
