package org.docedition.publish;

import org.docedition.files.SiteTree;
import org.docedition.files.Sha256;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packages a built site as a BagIt 1.0 bag (RFC 8493) serialised as a zip, for a library to ingest
 * and validate.
 *
 * <p>The zip holds one folder named after the zip ({@code edition.zip} holds {@code edition/}), as
 * the RFC recommends for serialised bags, with {@code bagit.txt}, {@code bag-info.txt},
 * {@code manifest-sha256.txt}, {@code tagmanifest-sha256.txt} and the site under {@code data/}.
 * The same site always gives the same zip: entries in a fixed order (tag files, then the payload
 * sorted by path), every entry's time fixed to {@code SOURCE_DATE_EPOCH} or, without it,
 * 1980-01-01 (the earliest time a zip can hold), and {@code Bagging-Date} written only when
 * {@code SOURCE_DATE_EPOCH} is given.
 */
public final class BagPackager {

    /**
     * What was packaged.
     *
     * @param zip          the bag written
     * @param payloadFiles number of files under {@code data/}
     * @param payloadBytes their total size
     */
    public record Result(Path zip, long payloadFiles, long payloadBytes) {
    }

    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Optional<Instant> sourceDateEpoch;

    /** A packager whose dates come from {@code sourceDateEpoch}, if given, and never from the clock. */
    public BagPackager(Optional<Instant> sourceDateEpoch) {
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /**
     * Writes the bag of {@code siteDir} to {@code zipFile} (replaced atomically if it exists).
     *
     * @throws IllegalArgumentException if {@code siteDir} is not a folder with files, or the zip
     *                                  would be written inside it
     * @throws UncheckedIOException     if a file cannot be read or the zip written
     */
    public Result write(Path siteDir, Path zipFile) {
        Path site = siteDir.toAbsolutePath().normalize();
        Path zip = zipFile.toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException(siteDir + " is not a folder: build the site first");
        }
        if (zip.startsWith(site)) {
            throw new IllegalArgumentException("the bag cannot be written inside the site it packages: " + zipFile);
        }
        String bagName = bagName(zip);
        List<String> payload = SiteTree.existing(site).paths();
        if (payload.isEmpty()) {
            throw new IllegalArgumentException(siteDir + " holds no files: build the site first");
        }

        StringBuilder manifest = new StringBuilder();
        long bytes = 0;
        for (String file : payload) {
            Path p = site.resolve(file);
            manifest.append(Sha256.ofFile(p)).append("  ").append(encode("data/" + file)).append('\n');
            bytes += size(p);
        }
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put("bagit.txt", utf8("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        tags.put("bag-info.txt", utf8(bagInfo(payload.size(), bytes)));
        tags.put("manifest-sha256.txt", utf8(manifest.toString()));
        StringBuilder tagManifest = new StringBuilder();
        tags.forEach((name, content) -> tagManifest.append(Sha256.of(content)).append("  ").append(name)
                .append('\n'));
        tags.put("tagmanifest-sha256.txt", utf8(tagManifest.toString()));

        writeZip(zip, bagName, tags, site, payload);
        return new Result(zip, payload.size(), bytes);
    }

    private String bagInfo(int files, long bytes) {
        StringBuilder info = new StringBuilder();
        info.append("Bag-Software-Agent: docedition\n");
        sourceDateEpoch.ifPresent(t -> info.append("Bagging-Date: ")
                .append(LocalDate.ofInstant(t, ZoneOffset.UTC)).append('\n'));
        info.append("External-Description: The static website of a documentary edition: open data/index.html;"
                + " machine-readable exports in data/data/.\n");
        info.append("Payload-Oxum: ").append(bytes).append('.').append(files).append('\n');
        return info.toString();
    }

    private void writeZip(Path zip, String bagName, Map<String, byte[]> tags, Path site, List<String> payload) {
        LocalDateTime time = sourceDateEpoch.map(t -> LocalDateTime.ofInstant(t, ZoneOffset.UTC))
                .filter(t -> !t.isBefore(ZIP_EPOCH)).orElse(ZIP_EPOCH);
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        try {
            Files.createDirectories(zip.getParent());
            try (OutputStream file = Files.newOutputStream(partial);
                 ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, byte[]> tag : tags.entrySet()) {
                    out.putNextEntry(entry(bagName + "/" + tag.getKey(), time));
                    out.write(tag.getValue());
                    out.closeEntry();
                }
                for (String file2 : payload) {
                    out.putNextEntry(entry(bagName + "/data/" + file2, time));
                    Files.copy(site.resolve(file2), out);
                    out.closeEntry();
                }
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is named as such; nothing reads it
            }
            throw new UncheckedIOException("cannot write the bag " + zip, e);
        }
    }

    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry e = new ZipEntry(name);
        // setTimeLocal stores the DOS time as given, with no time zone conversion and no extra
        // timestamp field, so the bytes do not depend on the machine's zone
        e.setTimeLocal(time);
        return e;
    }

    /** The bag's folder name: the zip's name without {@code .zip}. */
    static String bagName(Path zip) {
        String n = zip.getFileName().toString();
        String base = n.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? n.substring(0, n.length() - 4) : n;
        if (base.isBlank()) {
            throw new IllegalArgumentException("the bag needs a file name, such as edition.zip: " + zip);
        }
        return base;
    }

    /** RFC 8493 2.1.3: CR, LF and % in a manifest path are percent-encoded. */
    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
