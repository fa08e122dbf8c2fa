package org.anquan.knowledge.law.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip of a statute folder into a temporary folder: only {@code .md}, {@code .tsv} and
 * {@code .xlsx} files,
 * no path leaving the folder, at most 5,000 files and 100 MB in all.
 */
public final class ZipFolders {

    static final int MAX_FILES = 5_000;
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private ZipFolders() {
    }

    public static Path unpack(InputStream zip) throws IOException, StatuteFormatException {
        Path folder = Files.createTempDirectory("anquan-import-");
        int files = 0;
        long bytes = 0;
        try (ZipInputStream in = new ZipInputStream(zip, java.nio.charset.StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !(name.endsWith(".md") || name.endsWith(".tsv") || name.endsWith(".xlsx"))) {
                    continue;
                }
                Path target = folder.resolve(name).normalize();
                if (!target.startsWith(folder)) {
                    throw new StatuteFormatException(0, "zip entry outside the folder: " + name);
                }
                if (++files > MAX_FILES) {
                    throw new StatuteFormatException(0, "more than " + MAX_FILES + " files");
                }
                Files.createDirectories(target.getParent());
                byte[] buffer = new byte[8192];
                try (var out = Files.newOutputStream(target)) {
                    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                        bytes += read;
                        if (bytes > MAX_BYTES) {
                            throw new StatuteFormatException(0, "more than " + MAX_BYTES / 1024 / 1024 + " MB");
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new StatuteFormatException(0, "not a zip file");
        }
        return single(folder);
    }

    /** When the zip holds one top folder (laws/…), the import starts inside it. */
    private static Path single(Path folder) throws IOException {
        try (var children = Files.list(folder)) {
            var list = children.toList();
            if (list.size() == 1 && Files.isDirectory(list.get(0)) && !Files.isRegularFile(folder.resolve("metadata.tsv"))) {
                return list.get(0);
            }
        }
        return folder;
    }

    public static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned by the system
        }
    }
}
