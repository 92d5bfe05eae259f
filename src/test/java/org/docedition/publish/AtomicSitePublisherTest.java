package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.docedition.files.SiteTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSitePublisherTest {

    @TempDir
    Path project;

    private Path site() {
        return project.resolve("site");
    }

    private void previousSite() {
        PublishFixtures.write(site().resolve("index.html"), "<p>previous build</p>");
        PublishFixtures.write(site().resolve("documents/sscr-1952-1955-doc-89.html"), "<p>89, previous</p>");
        PublishFixtures.write(site().resolve("data/documents.json"), "[]\n");
    }

    private List<String> projectEntries() throws IOException {
        try (Stream<Path> s = Files.list(project)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A build like the orchestrator's: write into the staging folder, fail or succeed. */
    private void build(AtomicSitePublisher publisher, boolean fail) {
        Path stage = publisher.prepare();
        try {
            PublishFixtures.write(stage.resolve("index.html"), "<p>new build</p>");
            PublishFixtures.write(stage.resolve("documents/sscr-1952-1955-doc-90.html"), "<p>90</p>");
            new DataExporter().write(PublishFixtures.edition(), stage);
            if (fail) {
                throw new IllegalStateException("a stage failed");
            }
            new ManifestWriter().write(stage);
            publisher.commit();
        } catch (RuntimeException e) {
            publisher.abandon();
            throw e;
        }
    }

    @Test
    void prepare_givesAnEmptyFolderBesideTheSite() throws IOException {
        AtomicSitePublisher publisher = new AtomicSitePublisher(site());
        Path stage = publisher.prepare();
        try {
            assertEquals(project.toRealPath(), stage.getParent().toRealPath());
            assertTrue(stage.getFileName().toString().startsWith("site.tmp-"));
            try (Stream<Path> s = Files.list(stage)) {
                assertEquals(0, s.count());
            }
        } finally {
            publisher.abandon();
        }
    }

    @Test
    void commit_firstBuild_createsTheSite() throws IOException {
        build(new AtomicSitePublisher(site()), false);
        assertEquals("<p>new build</p>", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void commit_replacesThePreviousSiteWholeAndLeavesNothingBeside() throws IOException {
        previousSite();
        build(new AtomicSitePublisher(site()), false);
        assertEquals("<p>new build</p>", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(site().resolve("documents/sscr-1952-1955-doc-89.html")),
                "files of the previous build do not survive");
        assertTrue(Files.exists(site().resolve("documents/sscr-1952-1955-doc-90.html")));
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void commit_siteIsALink_replacesTheFolderItNamesAndKeepsTheLink() throws IOException {
        // site/ linked to the folder a web server serves
        Path served = project.resolve("www/edition");
        PublishFixtures.write(served.resolve("index.html"), "<p>previous build</p>");
        Files.createSymbolicLink(site(), served);

        build(new AtomicSitePublisher(site()), false);
        build(new AtomicSitePublisher(site()), false);

        assertTrue(Files.isSymbolicLink(site()), "the link stays a link");
        assertEquals("<p>new build</p>", Files.readString(served.resolve("index.html")));
        assertEquals(List.of("site", "www"), projectEntries());
        try (Stream<Path> s = Files.list(served.getParent())) {
            assertEquals(List.of("edition"), s.map(p -> p.getFileName().toString()).toList(), "nothing left beside");
        }
    }

    @Test
    void commit_siteIsALinkToAFolderNotMadeYet_makesIt() throws IOException {
        Path served = project.resolve("www/edition");
        Files.createSymbolicLink(site(), Path.of("www/edition"));

        build(new AtomicSitePublisher(site()), false);

        assertTrue(Files.isSymbolicLink(site()));
        assertEquals("<p>new build</p>", Files.readString(served.resolve("index.html")));
    }

    @Test
    void abandon_afterAFailedBuild_leavesTheSiteByteIdentical() throws IOException {
        previousSite();
        Map<String, String> before = PublishFixtures.digest(site());
        assertThrows(IllegalStateException.class, () -> build(new AtomicSitePublisher(site()), true));
        assertEquals(before, PublishFixtures.digest(site()));
        assertEquals(List.of("site"), projectEntries(), "the staging folder is gone");
    }

    @Test
    void abandon_afterAFailedFirstBuild_leavesNoSite() throws IOException {
        assertThrows(IllegalStateException.class, () -> build(new AtomicSitePublisher(site()), true));
        assertEquals(List.of(), projectEntries());
    }

    @Test
    void prepare_removesLeftoversOfAnInterruptedBuild() throws IOException {
        previousSite();
        Map<String, String> before = PublishFixtures.digest(site());
        PublishFixtures.write(project.resolve("site.tmp-dead01/index.html"), "half written");
        PublishFixtures.write(project.resolve("site.old-dead02/index.html"), "old");
        PublishFixtures.write(project.resolve("siteX/keep.txt"), "not ours");
        AtomicSitePublisher publisher = new AtomicSitePublisher(site());
        Path stage = publisher.prepare();
        publisher.abandon();
        assertFalse(Files.exists(stage));
        assertEquals(List.of("site", "siteX"), projectEntries());
        assertEquals(before, PublishFixtures.digest(site()));
    }

    @Test
    void prepare_afterACommitInterruptedBetweenItsRenames_restoresThePreviousSite() throws IOException {
        PublishFixtures.write(project.resolve("site.old-dead02/index.html"), "<p>previous build</p>");
        PublishFixtures.write(project.resolve("site.tmp-dead01/index.html"), "<p>complete but never swapped</p>");
        AtomicSitePublisher publisher = new AtomicSitePublisher(site());
        publisher.prepare();
        publisher.abandon();
        assertEquals("<p>previous build</p>", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("site"), projectEntries());
    }

    /** A patching build of the previous site: index.html changed, doc. 89 the same, documents.json gone, doc. 90 new. */
    private SiteTree patch(AtomicSitePublisher publisher) {
        Path stage = publisher.prepare();
        SiteTree tree = SiteTree.patching(site(), ManifestWriter.read(site()), stage);
        tree.write("index.html", "<p>new build</p>".getBytes(StandardCharsets.UTF_8));
        tree.write("documents/sscr-1952-1955-doc-89.html", "<p>89, previous</p>".getBytes(StandardCharsets.UTF_8));
        tree.write("documents/sscr-1952-1955-doc-90.html", "<p>90</p>".getBytes(StandardCharsets.UTF_8));
        new ManifestWriter().write(tree);
        return tree;
    }

    @Test
    void commitPatch_changesOnlyWhatChanged_inPlace() throws IOException {
        previousSite();
        new ManifestWriter().write(site());
        Path doc89 = site().resolve("documents/sscr-1952-1955-doc-89.html");
        Object inode = Files.getAttribute(doc89, "unix:ino");
        AtomicSitePublisher publisher = new AtomicSitePublisher(site());
        SiteTree tree = patch(publisher);
        assertEquals(List.of("data/documents.json"), tree.removed());
        assertEquals(List.of("documents/sscr-1952-1955-doc-90.html", "index.html", ManifestWriter.FILE_NAME),
                tree.writtenPaths(), "only what changed is written");
        publisher.commit(tree);

        assertEquals("<p>new build</p>", Files.readString(site().resolve("index.html")));
        assertEquals("<p>90</p>", Files.readString(site().resolve("documents/sscr-1952-1955-doc-90.html")));
        assertEquals(inode, Files.getAttribute(doc89, "unix:ino"), "an unchanged file is left as it was");
        assertFalse(Files.exists(site().resolve("data")), "a folder left empty is removed");
        Map<String, String> digests = PublishFixtures.digest(site());
        digests.remove(ManifestWriter.FILE_NAME);
        assertEquals(digests, ManifestWriter.read(site()), "the manifest describes the patched site");
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void abandonPatch_leavesTheSiteByteIdentical() throws IOException {
        previousSite();
        new ManifestWriter().write(site());
        Map<String, String> before = PublishFixtures.digest(site());
        AtomicSitePublisher publisher = new AtomicSitePublisher(site());
        patch(publisher);
        publisher.abandon();
        assertEquals(before, PublishFixtures.digest(site()));
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void prepare_finishesAPatchInterruptedWhileItWasApplied() throws IOException {
        previousSite();
        // committed (journal written), index.html already moved in, doc. 90 not yet, documents.json not yet removed
        PublishFixtures.write(site().resolve("index.html"), "<p>new build</p>");
        PublishFixtures.write(project.resolve("site.tmp-dead03/documents/sscr-1952-1955-doc-90.html"), "<p>90</p>");
        PublishFixtures.write(project.resolve("site.tmp-dead03/" + AtomicSitePublisher.JOURNAL),
                "-data/documents.json\n+index.html\n+documents/sscr-1952-1955-doc-90.html\n");
        AtomicSitePublisher publisher = new AtomicSitePublisher(site());
        publisher.prepare();
        publisher.abandon();
        assertEquals("<p>new build</p>", Files.readString(site().resolve("index.html")));
        assertEquals("<p>90</p>", Files.readString(site().resolve("documents/sscr-1952-1955-doc-90.html")));
        assertFalse(Files.exists(site().resolve("data/documents.json")));
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void prepare_whileAnotherBuildHoldsTheSite_failsWithoutTouchingIt() throws IOException {
        AtomicSitePublisher first = new AtomicSitePublisher(site());
        Path firstStage = first.prepare();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new AtomicSitePublisher(site()).prepare());
            assertTrue(e.getMessage().contains("another build"), e.getMessage());
            assertTrue(Files.isDirectory(firstStage), "the running build's folder is not a leftover");
        } finally {
            first.abandon();
        }
        AtomicSitePublisher next = new AtomicSitePublisher(site());
        next.prepare();
        next.abandon();
    }

    @Test
    void lifecycle_misuse_isRejectedAndAbandonIsIdempotent() {
        AtomicSitePublisher publisher = new AtomicSitePublisher(site());
        assertThrows(IllegalStateException.class, publisher::commit);
        publisher.prepare();
        assertThrows(IllegalStateException.class, publisher::prepare);
        publisher.abandon();
        publisher.abandon();
        assertThrows(IllegalStateException.class, publisher::commit);
    }

    @Test
    void commit_siteKeepsOrdinaryPermissions() throws IOException {
        build(new AtomicSitePublisher(site()), false);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(site());
        assertTrue(perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)
                || umaskIsPrivate(), "site/ readable by a web server: " + perms);
    }

    /** Under a umask of 077 every new folder is private; that is the user's choice, not ours. */
    private boolean umaskIsPrivate() throws IOException {
        Path probe = Files.createDirectory(project.resolve("probe"));
        boolean priv = !Files.getPosixFilePermissions(probe).contains(PosixFilePermission.OTHERS_READ);
        Files.delete(probe);
        return priv;
    }
}
