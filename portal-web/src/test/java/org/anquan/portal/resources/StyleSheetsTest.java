package org.anquan.portal.resources;

import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build refuses a style sheet that does not parse: one unclosed block silently moves every later rule into it
 * (an unclosed {@code @media (max-width: 30rem)} once left half the desktop pages unstyled).
 */
class StyleSheetsTest {

    private static final Path RESOURCES = Path.of("src/main/webapp/resources");

    @Test
    void everyStyleSheetParsesWithoutAnError() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            assertThat(problems(Files.readString(sheet, StandardCharsets.UTF_8))).as(sheet.toString()).isEmpty();
        }
    }

    @Test
    void anUnclosedBlockIsAProblem() {
        String broken = """
                .a { color: red; }
                @media (max-width: 30rem) {
                    .b { color: blue; }
                .c { color: green; }
                """;
        assertThat(problems(broken)).isNotEmpty();
        assertThat(problems(broken + "}\n")).isEmpty();
    }

    @Test
    void aMissingBraceOfARuleIsAProblem() {
        assertThat(problems(".a { color: red;\n.b { color: blue; }\n")).isNotEmpty();
    }

    /** Errors and warnings of the parser, plus braces that do not pair up (the parser closes blocks at the end). */
    static List<String> problems(String css) {
        List<String> found = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
                found.add(describe("warning", e));
            }

            @Override
            public void error(CSSParseException e) {
                found.add(describe("error", e));
            }

            @Override
            public void fatalError(CSSParseException e) {
                found.add(describe("fatal", e));
            }
        });
        try {
            CSSStyleSheetImpl sheet = parser.parseStyleSheet(new InputSource(new StringReader(css)), null);
            assertThat(sheet).isNotNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int depth = unclosedBlocks(css);
        if (depth != 0) {
            found.add(depth > 0 ? depth + " block(s) never closed" : -depth + " closing brace(s) without a block");
        }
        return found;
    }

    private static String describe(String kind, CSSParseException e) {
        return kind + " at line " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** Open minus closed braces outside comments and strings. */
    static int unclosedBlocks(String css) {
        int depth = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 1;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                i = end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }
}
