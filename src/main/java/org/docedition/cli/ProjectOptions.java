package org.docedition.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.docedition.pipeline.BuildOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a project. */
final class ProjectOptions {

    @Option(names = "--project", paramLabel = "DIR", description = "Project folder (default: current folder).")
    Path project = Path.of(".");

    @Option(names = "--seeds", paramLabel = "DIR", description = "Seed folder (default: <project>/seeds).")
    Path seeds;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <project>/site).")
    Path out;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--site-url", paramLabel = "URL",
            description = "Public base URL, used for the sitemap, feed and canonical links (default: $EDITION_SITE_URL).")
    String siteUrl = System.getenv("EDITION_SITE_URL");

    BuildOptions toBuildOptions() {
        BuildOptions o = BuildOptions.defaults(project).withStrict(strict)
                .withSiteUrl(Optional.ofNullable(siteUrl).filter(s -> !s.isBlank()));
        if (seeds != null) {
            o = o.withSeeds(seeds.toAbsolutePath().normalize());
        }
        if (out != null) {
            o = o.withSite(out.toAbsolutePath().normalize());
        }
        return o;
    }
}
