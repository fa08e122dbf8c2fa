package org.anquan.knowledge.law.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of statute files ({@code *.md}, in sub-folders too) with optional metadata sheets ({@code *.tsv} or
 * {@code *.xlsx} at its top, rows keyed by the {@code path} column). Files are listed in a stable order so imports are repeatable.
 */
public final class StatuteFolder {

    private final Path root;
    private final Map<String, Map<String, String>> rows = new HashMap<>();

    public StatuteFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Not a folder: " + folder);
        }
        this.root = folder.toAbsolutePath().normalize();
        try (Stream<Path> sheets = Files.list(this.root)) {
            for (Path sheet : sheets.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".xlsx"))
                    .sorted().toList()) {
                List<Map<String, String>> sheetRows;
                if (sheet.toString().endsWith(".xlsx")) {
                    try (var in = Files.newInputStream(sheet)) {
                        sheetRows = Sheets.readExcel(in);
                    }
                } else {
                    try (var reader = Files.newBufferedReader(sheet, StandardCharsets.UTF_8)) {
                        sheetRows = Sheets.read(reader);
                    }
                }
                for (Map<String, String> row : sheetRows) {
                    String path = row.get("path");
                    if (path != null && !path.isBlank()) {
                        // empty cells do not wipe what an earlier sheet said
                        row.entrySet().removeIf(cell -> cell.getValue() == null || cell.getValue().isBlank());
                        rows.computeIfAbsent(path.strip(), p -> new HashMap<>()).putAll(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Paths of the statute files relative to the folder, with '/' separators, sorted. */
    public List<String> paths() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one file; a file that is not UTF-8 is refused as a format error. */
    public StatuteFile read(String path) throws IOException, StatuteFormatException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new StatuteFormatException(0, "path outside the folder");
        }
        if (Files.size(file) > StatuteParser.MAX_BYTES) {
            throw new StatuteFormatException(0, "file larger than " + StatuteParser.MAX_BYTES + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new StatuteFormatException(0, "not UTF-8 text");
        }
        return new StatuteFile(path, text, rows.getOrDefault(path, Map.of()));
    }
}
