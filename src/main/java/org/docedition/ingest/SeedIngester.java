package org.docedition.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.docedition.files.FileTrees;
import org.docedition.files.Sha256;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Problem;

/**
 * Reads every seed file of a folder into documents, with every problem found and an account of
 * every line.
 *
 * <p>Files are read in name order (hidden files and READMEs skipped); each is decoded, given to
 * the first reader that recognises its format, and read to the end whatever goes wrong, so one
 * run reports all problems. Ids are settled across all files at the end (see {@link IdResolver}).
 * Nothing is thrown for bad input.
 */
public final class SeedIngester {

    /** Files above this size are refused rather than read into memory. */
    static final long LARGEST_FILE = 256L * 1024 * 1024;

    private final SeedDecoder decoder = new SeedDecoder();
    /** Each file's last reading; null when not remembering. */
    private final SeedMemo memo;
    // TEI first (it asks for the TEI namespace, which no text format has); then the canonical reader,
    // whose 'title:'/'date:' header would also pass for a newspaper's
    private final List<SeedReader> readers = List.of(new TeiSeedReader(), new CanonicalReader(), new NewspaperReader(),
            new CollectionReader(), new CatalogueReader());

    /** An ingester that reads every file each time. */
    public SeedIngester() {
        this(null);
    }

    /** An ingester that takes each file whose bytes did not change from {@code memo} (null: none). */
    public SeedIngester(SeedMemo memo) {
        this.memo = memo;
    }

    /**
     * An ingester for a process that reads the same seeds again and again ({@code edition serve}): it
     * remembers what each file's reading gave (by the file's SHA-256; not its text), and a file
     * whose bytes did not change since is not decoded or read again. The result is the same as a
     * fresh ingester's.
     */
    public static SeedIngester remembering() {
        return new SeedIngester(new SeedMemo());
    }

    /** Reads the seeds in {@code seedsDir}. */
    public IngestResult ingest(Path seedsDir) {
        return ingest(seedsDir, Map.of());
    }

    /**
     * Reads the seeds in {@code seedsDir}, of which the caller has just hashed those in
     * {@code digests} (SHA-256 by name, {@code seeds/x.txt}): a remembered file with the same
     * digest there is taken as remembered without reading it again. The result is the one
     * reading the files would give when they still have those digests.
     */
    public IngestResult ingest(Path seedsDir, Map<String, String> digests) {
        String folder = seedsDir.getFileName() == null ? "" : seedsDir.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try {
            files = seedFiles(seedsDir);
        } catch (IOException e) {
            problems.add(Problem.error(folder.isEmpty() ? seedsDir.toString() : folder, 0,
                    "cannot list the seeds folder: " + e.getMessage()));
            return new IngestResult(List.of(), problems, new LineLedger(List.of()));
        }
        if (files.isEmpty()) {
            problems.add(Problem.error(folder.isEmpty() ? seedsDir.toString() : folder, 0,
                    "no seed files in " + seedsDir));
        }
        // seed files are read from the seeds folder itself: say so rather than lose a folder's files unseen
        for (String sub : subfolders(seedsDir)) {
            problems.add(Problem.warning((folder.isEmpty() ? "" : folder + "/") + sub + "/", 0,
                    "this folder is not read: seed files must be in " + (folder.isEmpty() ? "the seeds folder"
                            : folder + "/") + " itself; move them there (names must stay unique)"));
        }

        // files are independent until ids are settled: read them on every core, merge in name order
        if (memo != null) {
            memo.readings.begin();
        }
        List<FileRead> reads = java.util.stream.IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> readFile(files.get(i), folder, digests)).toList();
        if (memo != null) {
            memo.readings.end();
        }
        for (FileRead r : reads) {
            problems.addAll(r.problems());
        }

        List<IdResolver.Item> items = new ArrayList<>();
        for (FileRead r : reads) {
            if (r.entries() != null) {
                problems.addAll(r.readingProblems());
                for (SeedReading.Entry e : r.entries()) {
                    items.add(new IdResolver.Item(e, r.name()));
                }
            }
        }
        IdResolver.Resolution resolution = new IdResolver().resolve(items);
        problems.addAll(resolution.problems());

        List<Document> documents = new ArrayList<>();
        List<LineLedger.FileLedger> ledgers = new ArrayList<>();
        int item = 0;
        for (FileRead r : reads) {
            if (r.entries() == null) {
                ledgers.add(r.nonBlank() == null ? LineLedger.FileLedger.unreadable(r.name())
                        : new LineLedger.FileLedger(r.name(), r.nonBlank(), new TreeSet<>(), new TreeMap<>(), Map.of()));
                continue;
            }
            SortedMap<Integer, DocumentId> owners = new TreeMap<>();
            Map<Integer, List<String>> kept = new TreeMap<>();
            for (SeedReading.Entry e : r.entries()) {
                DocumentId id = resolution.ids().get(item);
                if (resolution.kept().get(item)) {
                    documents.add(withId(e.document(), id));
                }
                for (Map.Entry<Integer, List<String>> line : e.lines().kept().entrySet()) {
                    owners.put(line.getKey(), id);
                    kept.put(line.getKey(), List.copyOf(line.getValue()));
                }
                item++;
            }
            ledgers.add(new LineLedger.FileLedger(r.name(), r.nonBlank(), new TreeSet<>(r.chrome()), owners, kept));
        }
        problems.sort(null);
        return new IngestResult(documents, problems, new LineLedger(ledgers));
    }

    /**
     * What reading one file gave, and nothing of its text but its non-blank lines (which the ledger
     * needs anyway), so that an ingester remembering it holds no more than a build's ledger does.
     *
     * @param name            the file's name in problems and the ledger ({@code seeds/x.txt})
     * @param problems        problems of the file as a whole (reading, decoding), in the order found
     * @param readingProblems the reader's problems; empty when no reader read it
     * @param entries         the documents read with their lines, or null when no reader read the file
     * @param chrome          lines read as page chrome
     * @param nonBlank        the non-blank lines by number, or null when the file could not be decoded
     */
    record FileRead(String name, List<Problem> problems, List<Problem> readingProblems,
                            List<SeedReading.Entry> entries, java.util.Set<Integer> chrome,
                            SortedMap<Integer, String> nonBlank) implements java.io.Serializable {
    }

    private FileRead readFile(Path path, String folder, Map<String, String> digests) {
        String name = folder.isEmpty() ? path.getFileName().toString() : folder + "/" + path.getFileName();
        FileRead known = recall(name, digests.get(name));
        if (known != null) {
            return known;
        }
        List<Problem> found = new ArrayList<>();
        Optional<byte[]> bytes = bytes(path, name, found);
        if (bytes.isEmpty()) {
            return new FileRead(name, found, List.of(), null, java.util.Set.of(), null);
        }
        String sha256 = memo == null ? null : Sha256.of(bytes.get());
        known = recall(name, sha256);
        if (known != null) {
            return known;
        }
        Optional<SeedText> text = decode(bytes.get(), name, found);
        SeedReading reading = text.map(t -> read(t, found)).orElse(null);
        FileRead read = reading == null
                ? new FileRead(name, List.copyOf(found), List.of(), null, java.util.Set.of(),
                        text.map(SeedIngester::nonBlank).orElse(null))
                : new FileRead(name, List.copyOf(found), List.copyOf(reading.problems()), List.copyOf(reading.entries()),
                        java.util.Set.copyOf(reading.chromeLines()), nonBlank(reading.seed()));
        if (memo != null) {
            memo.readings.remember(name, List.of(sha256), read);
        }
        return read;
    }

    /** The reading remembered for {@code name} if it was read from bytes of digest {@code sha256}; else null. */
    private FileRead recall(String name, String sha256) {
        return memo == null || sha256 == null ? null : memo.readings.recall(name, List.of(sha256));
    }

    /** The names of the folders in {@code dir}, hidden ones apart, sorted; none when it cannot be listed. */
    private static List<String> subfolders(Path dir) {
        try {
            return FileTrees.folderNames(dir);
        } catch (IOException e) {
            // seedFiles has reported a folder that cannot be listed
            return List.of();
        }
    }

    private static List<Path> seedFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return !n.startsWith(".") && !n.toLowerCase(Locale.ROOT).startsWith("readme");
                    })
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .collect(Collectors.toList());
        }
    }

    /** The bytes of {@code path}, unless it is too large or cannot be read (a problem then). */
    private static Optional<byte[]> bytes(Path path, String name, List<Problem> problems) {
        try {
            if (Files.size(path) > LARGEST_FILE) {
                problems.add(Problem.error(name, 0, "file is larger than " + LARGEST_FILE / (1024 * 1024)
                        + " MB; split it into several seed files"));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<SeedText> decode(byte[] bytes, String name, List<Problem> problems) {
        SeedDecoder.Decoded decoded = decoder.decode(name, bytes);
        problems.addAll(decoded.problems());
        return decoded.text();
    }

    /** Reads {@code text} with the first reader that recognises it; null when none does or it failed. */
    private SeedReading read(SeedText text, List<Problem> problems) {
        for (SeedReader reader : readers) {
            try {
                if (reader.recognises(text)) {
                    SeedReading reading = reader.read(text);
                    // a reader that already said why it found nothing (a TEI file that is not well-formed) is not contradicted
                    if (reading.entries().isEmpty() && reading.problems().stream().noneMatch(Problem::isError)) {
                        reading.error(0, "no documents found in this " + reader.format()
                                + ": it holds only page chrome");
                    }
                    return reading;
                }
            } catch (RuntimeException e) {
                // a reader bug must still come out as a located problem, not a stack trace
                problems.add(Problem.error(text.file(), 0, "could not read this " + reader.format() + ": "
                        + e.getClass().getSimpleName() + ": " + e.getMessage()));
                return null;
            }
        }
        problems.add(Problem.error(text.file(), text.nextNonBlank(0), "unknown seed format; expected one of: "
                + readers.stream().map(SeedReader::shape).collect(Collectors.joining("; "))));
        return null;
    }

    private static SortedMap<Integer, String> nonBlank(SeedText text) {
        SortedMap<Integer, String> lines = new TreeMap<>();
        for (int i = text.nextNonBlank(0); i <= text.size(); i = text.nextNonBlank(i)) {
            lines.put(i, text.line(i));
        }
        return lines;
    }

    private static Document withId(Document d, DocumentId id) {
        if (d.id().equals(id)) {
            return d;
        }
        return new Document(id, d.kind(), d.source(), d.title(), d.date(), d.number(), d.numberMark(), d.author(),
                d.page(), d.printed(), d.archive(), d.paragraphs(), d.original(), d.footnotes(), d.textInSource(),
                d.location(), d.glossary(), d.corrections());
    }
}
