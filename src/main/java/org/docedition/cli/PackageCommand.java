package org.docedition.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.docedition.publish.BagPackager;
import org.docedition.publish.SourceDateEpoch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code edition package}: a BagIt bag (zip) of the built site, for a library to ingest and validate. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Write a BagIt bag (zip) of the built site/. Run 'build' first.")
final class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = "The built site (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = {"-o", "--output"}, paramLabel = "ZIP", defaultValue = "edition.zip",
            description = "The bag to write (default: ${DEFAULT-VALUE}); its top folder is named after it.")
    Path zip;

    @Override
    public Integer call() {
        if (!Files.isDirectory(site)) {
            Console.err(spec).println("edition package: " + site + " is not a folder; run './edition build' first");
            return 1;
        }
        var result = new BagPackager(SourceDateEpoch.fromEnvironment()).write(site, zip);
        Console.out(spec).printf("Packaged %d files (%,d bytes) of %s as the BagIt bag %s%n", result.payloadFiles(),
                result.payloadBytes(), site, result.zip());
        return 0;
    }
}
