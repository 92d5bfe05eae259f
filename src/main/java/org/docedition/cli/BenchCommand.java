package org.docedition.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.docedition.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code edition bench}: the benchmark (synthetic corpora, per-stage figures, Hugo reference). */
@Command(name = "bench",
        description = {"Generate synthetic editions and print build figures per size and stage, with Hugo + Pagefind "
                + "on the same documents as a reference.",
                "Options: --sizes 1000,10000 --runs 3 --no-hugo --no-incremental --no-search --profile "
                        + "--work DIR --heap 2g --memory-limit 16g (see README, 'Benchmark')."})
final class BenchCommand implements Callable<Integer> {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return Benchmark.run(args.toArray(String[]::new), System.out, System.err);
    }
}
