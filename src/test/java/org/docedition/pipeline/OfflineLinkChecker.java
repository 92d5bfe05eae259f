package org.docedition.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the links of a static site folder with no server and no network, as a reader opening it
 * from {@code file://} or a library serving a mirror would follow them: every relative target is
 * a file inside the folder, every {@code #fragment} names an element of its page, and no link is
 * an absolute path ({@code /x} breaks under a sub-path and from {@code file://}).
 *
 * <p>Links to other hosts are counted, not followed. A link to a folder counts as broken: from
 * {@code file://} a folder does not open its {@code index.html}.
 */
final class OfflineLinkChecker {

    /**
     * What was checked.
     *
     * @param pages    HTML pages read
     * @param links    links checked (fragments included)
     * @param fragments links with a {@code #fragment}, whose element was looked up
     * @param external links to other hosts, not followed
     * @param broken   one line per broken link: page, target, why
     */
    record Result(int pages, int links, int fragments, int external, List<String> broken) {
    }

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    private OfflineLinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Checks every HTML and CSS file under {@code root}. */
    static Result check(Path root) {
        return new OfflineLinkChecker(root).run();
    }

    private Result run() {
        int pages = 0;
        int links = 0;
        int external = 0;
        int fragments = 0;
        List<String> broken = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            List<String> targets = new ArrayList<>();
            if (name.endsWith(".html")) {
                pages++;
                Document html = parse(file);
                for (Element e : html.select("a[href], link[href], area[href]")) {
                    targets.add(e.attr("href"));
                }
                for (Element e : html.select("script[src], img[src], source[src], iframe[src], audio[src], video[src]")) {
                    targets.add(e.attr("src"));
                }
                for (Element e : html.select("[srcset]")) {
                    for (String candidate : e.attr("srcset").split(",")) {
                        targets.add(candidate.strip().split("\\s+")[0]);
                    }
                }
            } else if (name.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(read(file));
                while (m.find()) {
                    targets.add(m.group(1).strip());
                }
            } else {
                continue;
            }
            for (String target : targets) {
                if (target.startsWith("mailto:") || target.startsWith("tel:") || target.startsWith("data:")) {
                    continue;
                }
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    external++;
                    continue;
                }
                links++;
                if (target.contains("#")) {
                    fragments++;
                }
                String why = problem(file, target);
                if (why != null) {
                    broken.add(root.relativize(file) + " -> " + target + ": " + why);
                }
            }
        }
        return new Result(pages, links, fragments, external, broken);
    }

    /** Why {@code target}, linked from {@code page}, is broken; null when it is not. */
    private String problem(Path page, String target) {
        if (target.startsWith("/")) {
            return "absolute path (breaks under a sub-path and from file://)";
        }
        if (SCHEME.matcher(target).matches()) {
            return "unexpected scheme";
        }
        int hash = target.indexOf('#');
        String fragment = hash < 0 ? "" : decode(target.substring(hash + 1));
        String path = hash < 0 ? target : target.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path file = path.isEmpty() ? page : page.getParent().resolve(decode(path)).normalize();
        if (!file.startsWith(root)) {
            return "leaves the site folder";
        }
        if (Files.isDirectory(file)) {
            return "links a folder (from file:// a folder does not open its index.html)";
        }
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        if (!fragment.isEmpty() && !anchorsOf(file).contains(fragment)) {
            return "no element with id '" + fragment + "' in " + root.relativize(file);
        }
        return null;
    }

    private Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file, f -> {
            Set<String> ids = new HashSet<>();
            if (f.getFileName().toString().endsWith(".html")) {
                Document html = parse(f);
                html.select("[id]").forEach(e -> ids.add(e.id()));
                html.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            }
            return ids;
        });
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        return Jsoup.parse(read(file), "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
