package org.docedition.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param projectDir   the project folder (holds node_modules with the pinned Pagefind)
 * @param seedsDir     the seed files
 * @param contentDir   hand-written editorial pages
 * @param templatesDir Freemarker templates and assets
 * @param siteDir      the output folder, replaced atomically on success
 * @param strict       warnings fail the build
 * @param search       run Pagefind
 * @param siteUrl      the public base URL, for sitemap and feed, if known
 */
public record BuildOptions(Path projectDir, Path seedsDir, Path contentDir, Path templatesDir, Path siteDir,
                           boolean strict, boolean search, Optional<String> siteUrl) {

    /** The conventional layout under {@code projectDir}: seeds/, content/, templates/, site/. */
    public static BuildOptions defaults(Path projectDir) {
        Path p = projectDir.toAbsolutePath().normalize();
        return new BuildOptions(p, p.resolve("seeds"), p.resolve("content"), p.resolve("templates"),
                p.resolve("site"), false, true, Optional.empty());
    }

    /**
     * The configuration, JBake's {@code jbake.properties}: beside {@code content/} (in the project
     * folder, by the conventional layout), where the content pages are read with it.
     */
    public Path configurationFile() {
        return contentDir.toAbsolutePath().normalize().resolveSibling("jbake.properties");
    }

    public BuildOptions withSeeds(Path seeds) {
        return new BuildOptions(projectDir, seeds, contentDir, templatesDir, siteDir, strict, search, siteUrl);
    }

    public BuildOptions withSite(Path site) {
        return new BuildOptions(projectDir, seedsDir, contentDir, templatesDir, site, strict, search, siteUrl);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(projectDir, seedsDir, contentDir, templatesDir, siteDir, s, search, siteUrl);
    }

    public BuildOptions withSearch(boolean s) {
        return new BuildOptions(projectDir, seedsDir, contentDir, templatesDir, siteDir, strict, s, siteUrl);
    }

    public BuildOptions withSiteUrl(Optional<String> url) {
        return new BuildOptions(projectDir, seedsDir, contentDir, templatesDir, siteDir, strict, search, url);
    }
}
