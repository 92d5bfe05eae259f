package org.docedition.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The memos of one-shot builds ({@link BuildMemos}), kept on disk in the project's
 * {@code .edition-cache/} between processes, so that a fresh JVM after an edit reads, links and keys
 * only what changed, as {@code edition serve} does.
 *
 * <p>A memo holds what a stage made from its inputs together with those inputs, never what was
 * published, so it stays true whatever happened to the site since. It is trusted only when it was
 * written by the same tool (jar or classes, and Java version): a file of another version, another
 * tool, or damaged in any way counts as none, and the build reads everything (and writes a new
 * one). Only classes of this tool and of Java are read back from it.
 *
 * <p>The file is written beside its final name and moved in place, so a crash never leaves half a
 * file where the next build looks.
 */
final class MemoStore {

    static final String FILE_NAME = "memos.bin";
    /** The first bytes of the file; a new format gets a new number. */
    private static final String MAGIC = "docedition-memos 1";
    /** Editions whose seeds are larger than this keep no memos on disk: the file would grow with them. */
    static final long LARGEST_SEEDS = 256L * 1024 * 1024;

    private final Path file;
    private final String identity;

    /**
     * @param cacheDir the project's {@code .edition-cache/}
     * @param identity the running tool's identity; a file written by another is not read
     */
    MemoStore(Path cacheDir, String identity) {
        this.file = cacheDir.resolve(FILE_NAME);
        this.identity = identity;
    }

    Path file() {
        return file;
    }

    /** The memos stored by the last build of this tool, or empty ones when there are none to trust. */
    BuildMemos load() {
        return stored().orElseGet(BuildMemos::remembering);
    }

    /** The memos stored by the last build of this tool; empty when there are none to trust. */
    Optional<BuildMemos> stored() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             DataInputStream head = new DataInputStream(raw)) {
            if (!MAGIC.equals(head.readUTF()) || !identity.equals(head.readUTF())) {
                return Optional.empty();
            }
            try (ObjectInputStream in = new Reading(raw)) {
                Object memos = in.readObject();
                return memos instanceof BuildMemos m && m.seeds() != null && m.apparatus() != null
                        ? Optional.of(m) : Optional.empty();
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | StackOverflowError e) {
            return Optional.empty(); // damaged, foreign or of another version: as if there were none
        }
    }

    /** Stores {@code memos} for the next build, replacing what was stored. */
    void save(BuildMemos memos) {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 DataOutputStream head = new DataOutputStream(raw)) {
                head.writeUTF(MAGIC);
                head.writeUTF(identity);
                head.flush();
                ObjectOutputStream out = new Writing(raw);
                out.writeObject(memos);
                out.flush();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            forget(tmp);
            throw new UncheckedIOException("cannot store the build memos in " + file + ": " + e, e);
        } catch (RuntimeException | StackOverflowError e) {
            forget(tmp);
            throw new UncheckedIOException("cannot store the build memos in " + file + ": " + e, new IOException(e));
        }
    }

    /** Removes the stored memos (a full build, or an edition too large to keep them). */
    void forget() {
        forget(file);
    }

    private static void forget(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // a file that cannot be removed is one the next build will not trust either
        }
    }

    /** An {@link Optional}, which Java does not serialize, as it is stored. */
    private record StoredOptional(Object value) implements Serializable {
    }

    /**
     * Writes {@link Optional}s as {@link StoredOptional}s, and equal texts once: a seed's lines are
     * held by its reading, its ledger and its documents as texts equal but not the same, and
     * written once each the file is a fraction of the size.
     */
    private static final class Writing extends ObjectOutputStream {
        private final java.util.Map<String, String> texts = new java.util.HashMap<>();

        Writing(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof String s) {
                return s.length() < 8 ? s : texts.computeIfAbsent(s, t -> t);
            }
            return obj instanceof Optional<?> o ? new StoredOptional(o.orElse(null)) : obj;
        }
    }

    /** Reads back what {@link Writing} wrote, refusing classes other than this tool's and Java's. */
    private static final class Reading extends ObjectInputStream {
        private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
                "org.docedition.**;java.**;!*");

        Reading(InputStream in) throws IOException {
            super(in);
            setObjectInputFilter(ONLY_OURS);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            return obj instanceof StoredOptional o ? Optional.ofNullable(o.value()) : obj;
        }
    }
}
