package org.docedition.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.docedition.bench.SyntheticDocument.Article;
import org.docedition.bench.SyntheticDocument.CatalogueRecord;
import org.docedition.bench.SyntheticDocument.CollectionEntry;

/**
 * Generates a synthetic corpus of seed files in the three real seed formats, deterministically
 * from a seed: half newspaper articles with Chinese originals (one per file, each on its own date
 * and page) and half collection documents (pages of 50-200 documents of one printed collection,
 * numbered without gaps across files, with footnotes, cross references and biographies), the mix
 * of issue 23's figures. Catalogue records (ten per results page) are an option, a given percentage
 * taken before the halves: they are short summaries without an original, so a share of them makes
 * every build cheaper per document and the figures incomparable with the issue's.
 *
 * <p>Lengths follow the real seeds (collection documents average about 3.5 KB, articles 2-3 KB of
 * English plus the original); words follow a Zipf law over a large pseudo-word vocabulary, so the
 * number of distinct words grows with the corpus as it does in real text (about 60,000 at 10,000
 * documents), which is what drives Pagefind's memory and index size.
 */
public final class SyntheticCorpus {

    /** The seed used when none is given, so every benchmark run reads the same corpus. */
    public static final long DEFAULT_SEED = 19540105L;

    private static final int VOCABULARY = 1 << 21;
    private static final double ZIPF_EXPONENT = 1.5;

    private final long seed;
    private final int cataloguePercent;

    /** The mix: half articles, half collection documents, no catalogue records. */
    public SyntheticCorpus(long seed) {
        this(seed, 0);
    }

    /** @param cataloguePercent the share of catalogue records, 0-100; the rest is half articles, half collection */
    public SyntheticCorpus(long seed, int cataloguePercent) {
        if (cataloguePercent < 0 || cataloguePercent > 100) {
            throw new IllegalArgumentException("the catalogue share is a percentage, 0-100, not " + cataloguePercent);
        }
        this.seed = seed;
        this.cataloguePercent = cataloguePercent;
    }

    /** Writes {@code documents} documents as seed files into {@code seedsDir} (created if missing). */
    public CorpusSummary write(int documents, Path seedsDir) throws IOException {
        return write(documents, seedsDir, null);
    }

    /**
     * Writes {@code documents} documents as seed files into {@code seedsDir} and, when {@code hugoDir}
     * is not null, the same documents as a Hugo site (config, layouts, content) into {@code hugoDir}.
     */
    public CorpusSummary write(int documents, Path seedsDir, Path hugoDir) throws IOException {
        if (documents < 10) {
            throw new IllegalArgumentException("a corpus needs at least 10 documents, not " + documents);
        }
        int catalogue = (int) ((long) documents * cataloguePercent / 100);
        int newspaper = (documents - catalogue) / 2;
        if (newspaper > ArticleGenerator.capacity() / 2) {
            // drawing free slots at random slows down once most are taken
            throw new IllegalArgumentException(String.format("%,d articles need more dates and pages than the "
                    + "generator has (%,d articles at most)", newspaper, ArticleGenerator.capacity() / 2));
        }
        int collection = documents - catalogue - newspaper;

        SplittableRandom root = new SplittableRandom(seed);
        Vocabulary vocabulary = new Vocabulary(VOCABULARY, ZIPF_EXPONENT);
        People people = new People(Math.max(40, documents / 15), root.split(), vocabulary);
        Files.createDirectories(seedsDir);
        HugoSite hugo = hugoDir == null ? null : new HugoSite(hugoDir);
        if (hugo != null) {
            hugo.writeSkeleton();
        }
        Output out = new Output(seedsDir, hugo);

        SplittableRandom r = root.split();
        CollectionGenerator entries = new CollectionGenerator(new Prose(vocabulary, people, r), r, collection);
        int page = 0;
        while (entries.hasNext()) {
            int size = 50 + r.nextInt(151);
            List<CollectionEntry> batch = new ArrayList<>(size);
            while (batch.size() < size && entries.hasNext()) {
                batch.add(entries.next());
            }
            out.file(String.format("c-%06d.txt", ++page), SeedFileFormatter.collectionPage(CollectionGenerator.TITLE,
                    batch.get(0).date().year(), batch), false, batch);
        }

        r = root.split();
        ArticleGenerator articles = new ArticleGenerator(new Prose(vocabulary, people, r), new ChineseText(60_000), r);
        for (int i = 1; i <= newspaper; i++) {
            Article a = articles.next();
            out.file(String.format("n-%06d.txt", i), SeedFileFormatter.article(a), i % 20 == 7, List.of(a));
        }

        r = root.split();
        CatalogueGenerator records = new CatalogueGenerator(new Prose(vocabulary, people, r), r);
        for (int first = 1; first <= catalogue; first += 10) {
            List<CatalogueRecord> batch = new ArrayList<>(10);
            for (int i = first; i < first + 10 && i <= catalogue; i++) {
                batch.add(records.next());
            }
            out.file(String.format("k-%06d.txt", first / 10 + 1), SeedFileFormatter.cataloguePage(batch, first,
                    catalogue), first % 200 == 51, batch);
        }
        return new CorpusSummary(collection + newspaper + catalogue, newspaper, collection, catalogue, out.files,
                out.bytes, vocabulary.distinctWords());
    }

    /** Writes seed files (and Hugo content) and counts what was written. */
    private static final class Output {
        private final Path seedsDir;
        private final HugoSite hugo;
        int files;
        long bytes;

        Output(Path seedsDir, HugoSite hugo) {
            this.seedsDir = seedsDir;
            this.hugo = hugo;
        }

        /** @param crlf write Windows line ends, as some real seeds come */
        void file(String name, String text, boolean crlf, List<? extends SyntheticDocument> documents)
                throws IOException {
            byte[] data = (crlf ? text.replace("\n", "\r\n") : text).getBytes(StandardCharsets.UTF_8);
            Files.write(seedsDir.resolve(name), data);
            files++;
            bytes += data.length;
            if (hugo != null) {
                for (SyntheticDocument d : documents) {
                    hugo.write(d);
                }
            }
        }
    }

    /**
     * Generates a corpus from the command line: {@code SyntheticCorpus <documents> <seeds-dir> [hugo-dir]}, in the
     * issue's mix (no catalogue records).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus <documents> <seeds-dir> [hugo-dir]");
            System.exit(2);
        }
        CorpusSummary s = new SyntheticCorpus(DEFAULT_SEED).write(Integer.parseInt(args[0]), Path.of(args[1]),
                args.length > 2 ? Path.of(args[2]) : null);
        System.out.println(s);
    }
}
