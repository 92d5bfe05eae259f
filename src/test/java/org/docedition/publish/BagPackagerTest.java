package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docedition.files.SiteTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BagPackagerTest {

    @TempDir
    Path work;

    private Path site;

    @BeforeEach
    void builtSite() {
        site = work.resolve("site");
        PublishFixtures.write(site.resolve("index.html"), "<p>home</p>");
        PublishFixtures.write(site.resolve("documents/sscr-1952-1955-doc-89.html"), "<p>89 % done</p>");
        new DataExporter().write(PublishFixtures.edition(), site);
        new ManifestWriter().write(site);
    }

    private static List<ZipEntry> entries(Path zip) throws IOException {
        List<ZipEntry> list = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                list.add(e);
            }
        }
        return list;
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), "entry stays inside: " + e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        return into;
    }

    private static String entryText(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    @Test
    void write_zip_holdsTagFilesFirstThenTheSiteUnderData() throws IOException {
        Path zip = work.resolve("edition.zip");
        BagPackager.Result r = new BagPackager(Optional.empty()).write(site, zip);
        List<String> names = entries(zip).stream().map(ZipEntry::getName).toList();
        assertEquals(List.of("edition/bagit.txt", "edition/bag-info.txt", "edition/manifest-sha256.txt",
                "edition/tagmanifest-sha256.txt"), names.subList(0, 4));
        List<String> payload = SiteTree.existing(site).paths().stream().map(f -> "edition/data/" + f).toList();
        assertEquals(payload, names.subList(4, names.size()));
        assertEquals(payload.size(), r.payloadFiles());
        assertTrue(names.contains("edition/data/manifest-sha256.txt"), "the site's own manifest is payload");
    }

    @Test
    void write_bag_isValidForTheLibraryOfCongressBagItReader() throws Exception {
        Path zip = work.resolve("edition.zip");
        new BagPackager(Optional.of(Instant.parse("2026-01-01T00:00:00Z"))).write(site, zip);
        Path bagDir = unzip(zip, Files.createDirectory(work.resolve("unzipped"))).resolve("edition");
        Bag bag = new BagReader().read(bagDir);
        assertEquals("1.0", bag.getVersion().toString());
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);   // throws on any missing, extra or corrupt file
        }
    }

    @Test
    void write_bagInfo_hasPayloadOxumAndNoDateWithoutEpoch() throws IOException {
        Path zip = work.resolve("edition.zip");
        BagPackager.Result r = new BagPackager(Optional.empty()).write(site, zip);
        String info = entryText(zip, "edition/bag-info.txt");
        assertTrue(info.contains("Payload-Oxum: " + r.payloadBytes() + "." + r.payloadFiles() + "\n"), info);
        assertFalse(info.contains("Bagging-Date"), info);
        String withEpoch = entryText(new BagPackager(Optional.of(Instant.ofEpochSecond(1767225600)))
                .write(site, work.resolve("dated.zip")).zip(), "dated/bag-info.txt");
        assertTrue(withEpoch.contains("Bagging-Date: 2026-01-01\n"), withEpoch);
    }

    @Test
    void write_entries_haveTheFixedTimestamp() throws IOException {
        Path zip = new BagPackager(Optional.empty()).write(site, work.resolve("edition.zip")).zip();
        for (ZipEntry e : entries(zip)) {
            assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
        }
    }

    @Test
    void write_twice_givesByteIdenticalZips() throws IOException {
        Path a = new BagPackager(Optional.empty()).write(site, work.resolve("a/edition.zip")).zip();
        Path b = new BagPackager(Optional.empty()).write(site, work.resolve("b/edition.zip")).zip();
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void write_zipInsideTheSiteOrNoSite_isRefused() {
        BagPackager packager = new BagPackager(Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> packager.write(site, site.resolve("bag.zip")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> packager.write(work.resolve("missing"), work.resolve("bag.zip")));
        assertTrue(e.getMessage().contains("build the site first"), e.getMessage());
    }

    @Test
    void write_bagWithACorruptedFile_isRejectedByTheReader() throws Exception {
        Path zip = new BagPackager(Optional.empty()).write(site, work.resolve("edition.zip")).zip();
        Path bagDir = unzip(zip, Files.createDirectory(work.resolve("unzipped"))).resolve("edition");
        Files.writeString(bagDir.resolve("data/index.html"), "<p>altered in transit</p>");
        Bag bag = new BagReader().read(bagDir);
        try (BagVerifier verifier = new BagVerifier()) {
            assertThrows(Exception.class, () -> verifier.isValid(bag, false));
        }
    }

    @Test
    void encode_percentAndLineBreaksInPaths_arePercentEncoded() {
        assertEquals("data/a%25b%0Ac%0D", BagPackager.encode("data/a%b\nc\r"));
    }
}
