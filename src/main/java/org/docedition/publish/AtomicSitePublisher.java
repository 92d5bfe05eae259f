package org.docedition.publish;

import org.docedition.files.Sha256;

import org.docedition.files.FileTrees;
import org.docedition.files.SiteTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Replaces the site folder only when a build has fully succeeded.
 *
 * <p>{@link #prepare()} gives a fresh folder beside the site ({@code site.tmp-<random>}, same
 * parent, so the same file system and renames are atomic); the build writes everything there.
 * {@link #commit()} renames the old site to {@code site.old-<random>}, the new folder to the
 * site's name, and deletes the old one; {@link #abandon()} deletes the new folder and leaves the
 * site as it was. Between the two renames of a commit the site's name is briefly absent (Java has
 * no atomic directory exchange); it is never half-written.
 *
 * <p>An incremental build instead patches the site in place with {@link #commit(SiteTree)}: the
 * staging folder then holds only the files that changed, and a journal makes the patch complete
 * even if the process dies while applying it.
 *
 * <p>Leftovers of an interrupted build ({@code site.tmp-*}, {@code site.old-*}) are removed by
 * the next {@link #prepare()}, which first finishes a patch that was committed but not fully
 * applied; if a commit was interrupted between its renames, leaving no site but an old one, that
 * old site is put back first. Only one build at a time may publish a given site: an OS file lock
 * (in the system temp folder, so nothing is added to the project) keeps a second build from
 * deleting the first one's folder as a "leftover".
 */
public final class AtomicSitePublisher {

    private enum State { NEW, PREPARED, COMMITTED, ABANDONED }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path site;
    private final Path parent;
    private final String name;
    private State state = State.NEW;
    private Path staging;
    private FileChannel lockChannel;
    private FileLock lock;

    /**
     * A publisher for the site folder {@code siteDir}, which need not exist yet. When it is a
     * symbolic link (to a web server's folder, say), the folder it names is published, beside itself,
     * and the link stays as it is.
     */
    public AtomicSitePublisher(Path siteDir) {
        this.site = published(siteDir.toAbsolutePath().normalize());
        if (site.getParent() == null) {
            throw new IllegalArgumentException("the site folder cannot be a file-system root: " + siteDir);
        }
        this.parent = site.getParent();
        this.name = site.getFileName().toString();
    }

    /**
     * Where {@code site} is published: itself, or the folder it names when it is a symbolic link
     * (renaming a new folder over the link would replace the link and leave the folder it names
     * as it was); a link to a folder not made yet names the folder to make.
     */
    private static Path published(Path site) {
        if (!Files.isSymbolicLink(site)) {
            return site;
        }
        try {
            return site.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            try {
                return site.resolveSibling(Files.readSymbolicLink(site)).normalize();
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the link " + site, unreadable);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot follow the link " + site, e);
        }
    }

    /**
     * Takes the lock, removes leftovers of interrupted builds, and creates an empty staging folder.
     *
     * @return the folder to build into
     * @throws IllegalStateException if called twice, or another build is publishing this site
     * @throws UncheckedIOException  if the folders cannot be created or cleaned
     */
    public synchronized Path prepare() {
        if (state != State.NEW) {
            throw new IllegalStateException("prepare() may be called once; state is " + state);
        }
        try {
            Files.createDirectories(parent);
            acquireLock();
            removeLeftovers();
            staging = createUnique(name + ".tmp-");
            state = State.PREPARED;
            return staging;
        } catch (IOException e) {
            releaseLock();
            throw new UncheckedIOException("cannot prepare a build folder beside " + site, e);
        } catch (RuntimeException e) {
            releaseLock();
            throw e;
        }
    }

    /**
     * Swaps the staging folder in as the site and deletes the previous site.
     *
     * <p>If the swap fails the previous site is put back, the staging folder is deleted, and the
     * exception is rethrown; {@link #abandon()} after that is a harmless no-op.
     *
     * @throws IllegalStateException if {@link #prepare()} was not called or the build was abandoned
     * @throws UncheckedIOException  if the folders cannot be renamed
     */
    public synchronized void commit() {
        if (state != State.PREPARED) {
            throw new IllegalStateException("commit() needs a prepared build; state is " + state);
        }
        Path old = null;
        try {
            if (Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                old = unusedName(name + ".old-");
                Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, site, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            state = State.COMMITTED;
        } catch (IOException e) {
            abandon();
            throw new UncheckedIOException("cannot swap the new site into " + site
                    + " (the previous site is unchanged; is " + name + " a mount point? then mount its parent)", e);
        }
        try {
            if (old != null) {
                FileTrees.delete(old);
            }
        } catch (IOException e) {
            // the new site is in place; the next prepare() removes what is left of the old one
        } finally {
            releaseLock();
        }
    }

    /**
     * Publishes {@code tree}, which this build wrote into the staging folder: a clean tree by
     * {@link #commit()}, a patching one by applying its patch to the site in place.
     *
     * <p>A patch is first recorded in a journal in the staging folder ({@value #JOURNAL}: the files
     * to remove, then the files to move in, the manifest last). Writing that journal is the commit
     * point: before it the site is untouched and a failure abandons the build; after it the patch is
     * applied, and if the process dies while applying, the next {@link #prepare()} finishes it.
     * Each file is replaced by a rename, so no reader sees a half-written file; while a patch is
     * applied (milliseconds for an edit) a reader may see some files new and others not yet.
     *
     * @throws IllegalStateException if {@link #prepare()} was not called or the build was abandoned
     * @throws UncheckedIOException  if the journal cannot be written (the site is unchanged) or the
     *                               patch not applied (the next build finishes it)
     */
    public synchronized void commit(SiteTree tree) {
        if (!tree.patches()) {
            commit();
            return;
        }
        if (state != State.PREPARED) {
            throw new IllegalStateException("commit() needs a prepared build; state is " + state);
        }
        try {
            writeJournal(tree);
        } catch (IOException e) {
            abandon();
            throw new UncheckedIOException("cannot record the changes to " + site + " (the site is unchanged)", e);
        }
        state = State.COMMITTED;
        try {
            applyPatch(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish updating " + site + "; the next build finishes it", e);
        } finally {
            releaseLock();
        }
    }

    /** The journal of a patch, in its staging folder: one {@code -path} or {@code +path} per line. */
    static final String JOURNAL = ".docedition-patch";

    private void writeJournal(SiteTree tree) throws IOException {
        StringBuilder journal = new StringBuilder();
        for (String path : tree.removed()) {
            journal.append('-').append(ManifestWriter.escape(path)).append('\n');
        }
        boolean manifest = false;
        for (String path : tree.writtenPaths()) {
            if (path.equals(ManifestWriter.FILE_NAME)) {
                manifest = true;
            } else {
                journal.append('+').append(ManifestWriter.escape(path)).append('\n');
            }
        }
        if (manifest) {
            journal.append('+').append(ManifestWriter.FILE_NAME).append('\n');
        }
        Path partial = staging.resolve(JOURNAL + ".partial");
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(journal.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            out.force(true);
        }
        Files.move(partial, staging.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Applies the journal of {@code patch} to the site, then deletes {@code patch}; safe to repeat after an interruption. */
    private void applyPatch(Path patch) throws IOException {
        java.util.List<String> lines = Files.readAllLines(patch.resolve(JOURNAL), java.nio.charset.StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith("-")) {
                Path gone = site.resolve(ManifestWriter.unescape(line.substring(1)));
                Files.deleteIfExists(gone);
                removeEmptyFolders(gone.getParent());
            }
        }
        for (String line : lines) {
            if (line.startsWith("+")) {
                String path = ManifestWriter.unescape(line.substring(1));
                Path from = patch.resolve(path);
                if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // moved before an interruption
                }
                Path to = site.resolve(path);
                Files.createDirectories(to.getParent());
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        FileTrees.delete(patch);
    }

    /** Deletes {@code folder} and its parents up to the site while they are empty. */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(site) && !f.equals(site); f = f.getParent()) {
            try {
                if (!Files.deleteIfExists(f)) {
                    return;
                }
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    /**
     * Deletes the staging folder and leaves the site untouched. Safe to call at any point, and
     * more than once; after a commit it does nothing.
     */
    public synchronized void abandon() {
        if (state == State.PREPARED) {
            state = State.ABANDONED;
            try {
                FileTrees.delete(staging);
            } catch (IOException e) {
                // a leftover staging folder is removed by the next prepare(); the site is intact
            }
        }
        if (state == State.NEW) {
            state = State.ABANDONED;
        }
        releaseLock();
    }

    /** The site folder this publisher replaces. */
    public Path siteDir() {
        return site;
    }

    private void removeLeftovers() throws IOException {
        java.util.List<Path> olds = new java.util.ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
                p -> isLeftover(p.getFileName().toString()))) {
            for (Path leftover : siblings) {
                if (leftover.getFileName().toString().startsWith(name + ".old-")) {
                    olds.add(leftover);
                } else if (Files.isRegularFile(leftover.resolve(JOURNAL)) && Files.isDirectory(site)) {
                    applyPatch(leftover); // a patch committed but not fully applied: finish it
                } else {
                    FileTrees.delete(leftover);
                }
            }
        }
        olds.sort(null);
        if (!olds.isEmpty() && !Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
            // a commit was interrupted between its two renames: the previous site is the old folder
            Files.move(olds.remove(0), site, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path old : olds) {
            FileTrees.delete(old);
        }
    }

    private boolean isLeftover(String fileName) {
        return fileName.startsWith(name + ".tmp-") || fileName.startsWith(name + ".old-");
    }

    private Path createUnique(String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                // createDirectory, not createTempDirectory: the latter makes the folder private
                // (0700), and the site must keep the ordinary permissions a web server can read
                return Files.createDirectory(parent.resolve(prefix + randomSuffix()));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private Path unusedName(String prefix) {
        Path p;
        do {
            p = parent.resolve(prefix + randomSuffix());
        } while (Files.exists(p, LinkOption.NOFOLLOW_LINKS));
        return p;
    }

    private static String randomSuffix() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private void acquireLock() throws IOException {
        String key = Sha256.of(site.toString()).substring(0, 16);
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "docedition-site-" + key + ".lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new IllegalStateException("another build is writing " + site + "; wait for it to finish");
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // closing the channel releases the lock; the OS releases it at exit in any case
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

}
