package org.anquan.knowledge.law.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statute in the Markdown layout of the statute folders: "# title", history lines up to
 * {@code <!-- INFO END -->}, "## " and "### " headings for 编/章/节, and paragraphs where a paragraph that begins
 * with 第…条 starts an article and the following paragraphs are its 款 and 项.
 */
public final class StatuteParser {

    public static final int MAX_BYTES = 4 * 1024 * 1024;
    static final String INFO_END = "<!-- INFO END -->";
    private static final String NUMERAL = "[零一二三四五六七八九十百千〇两0-9]+";
    private static final Pattern ARTICLE = Pattern.compile(
            "^第(" + NUMERAL + ")条(?:之([一二三四五六七八九十]+))?[ \\u3000]*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{2,6})\\s+(.*)$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^第(" + NUMERAL + ")([编章节])\\s*(.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private StatuteParser() {
    }

    public static ParsedStatute parse(String text) throws StatuteFormatException {
        if (text.length() > MAX_BYTES) {
            throw new StatuteFormatException(1, "file larger than " + MAX_BYTES + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            throw new StatuteFormatException(1, "binary content (NUL character)");
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int index = 0;
        while (index < lines.length && lines[index].isBlank()) {
            index++;
        }
        if (index == lines.length || !lines[index].startsWith("# ")) {
            throw new StatuteFormatException(index + 1, "the first line must be '# ' followed by the title");
        }
        String title = normalise(lines[index].substring(2));
        if (title.isEmpty() || title.length() > 300) {
            throw new StatuteFormatException(index + 1, "the title is empty or longer than 300 characters");
        }
        index++;
        String subtitle = null;
        List<String> history = new ArrayList<>();
        boolean marked = text.contains(INFO_END);
        for (; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.equals(INFO_END)) {
                index++;
                break;
            }
            if (!marked && (HEADING.matcher(line).matches() || ARTICLE.matcher(line).matches())) {
                break;
            }
            if (line.startsWith("# ") && subtitle == null && history.isEmpty()) {
                subtitle = normalise(line.substring(2));
            } else if (!line.isEmpty()) {
                history.add(line);
            }
        }
        List<ParsedNode> nodes = new Builder().read(lines, index);
        if (nodes.isEmpty()) {
            throw new StatuteFormatException(lines.length, "no articles or text after the header");
        }
        return new ParsedStatute(title, subtitle, List.copyOf(history), List.copyOf(nodes));
    }

    /** Full-width spaces and runs of spaces become one space; the ends are trimmed. */
    public static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static LocalDate firstDate(String line) {
        Matcher matcher = DATE.matcher(line);
        if (!matcher.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final class Builder {
        private final List<ParsedNode> nodes = new ArrayList<>();
        private final Set<String> anchors = new HashSet<>();
        private final StringBuilder body = new StringBuilder();
        private String chapterAnchor = "";
        private String partAnchor = "";
        private int headingDepth;
        private ParsedNode open;
        private int texts;

        List<ParsedNode> read(String[] lines, int from) throws StatuteFormatException {
            for (int i = from; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher heading = HEADING.matcher(line);
                Matcher article = ARTICLE.matcher(line);
                if (heading.matches()) {
                    close();
                    heading(heading.group(1).length() - 1, normalise(heading.group(2)));
                } else if (article.matches()) {
                    close();
                    int number = ChineseNumerals.parse(article.group(1));
                    if (number <= 0) {
                        throw new StatuteFormatException(i + 1, "unreadable article number " + article.group(1));
                    }
                    String sub = article.group(2);
                    String anchor = "art-" + number + (sub == null ? "" : "-" + ChineseNumerals.parse(sub));
                    String label = "第" + article.group(1) + "条" + (sub == null ? "" : "之" + sub);
                    open = new ParsedNode(NodeKind.ARTICLE, headingDepth + 1, unique(anchor), number, label, null, null);
                    body.append(article.group(3).strip());
                } else if (open != null) {
                    if (body.length() > 0) {
                        body.append('\n');
                    }
                    body.append(line);
                } else {
                    texts++;
                    open = new ParsedNode(NodeKind.TEXT, headingDepth + 1, unique("text-" + texts), null, null,
                            null, null);
                    body.append(line);
                }
            }
            close();
            return nodes;
        }

        private void heading(int depth, String text) {
            Matcher numbered = NUMBERED_HEADING.matcher(text);
            NodeKind kind = NodeKind.CHAPTER;
            Integer number = null;
            String label = null;
            String name = text;
            if (numbered.matches()) {
                number = ChineseNumerals.parse(numbered.group(1));
                label = "第" + numbered.group(1) + numbered.group(2);
                name = numbered.group(3).replace(" ", "");
                kind = switch (numbered.group(2)) {
                    case "编" -> NodeKind.PART;
                    case "节" -> NodeKind.SECTION;
                    default -> NodeKind.CHAPTER;
                };
            } else {
                name = text.replace(" ", "");
            }
            String anchor = switch (kind) {
                case PART -> partAnchor = "part-" + number;
                case CHAPTER -> chapterAnchor = number == null ? "h-" + (nodes.size() + 1)
                        : (partAnchor.isEmpty() ? "" : partAnchor + "-") + "ch-" + number;
                default -> (chapterAnchor.isEmpty() ? "" : chapterAnchor + "-") + "sec-" + number;
            };
            headingDepth = depth;
            nodes.add(new ParsedNode(kind, depth, unique(anchor), number, label, name.isEmpty() ? null : name, null));
        }

        private String unique(String anchor) {
            String candidate = anchor;
            for (int n = 2; !anchors.add(candidate); n++) {
                candidate = anchor + "-" + n;
            }
            return candidate;
        }

        private void close() {
            if (open != null) {
                nodes.add(new ParsedNode(open.kind(), open.depth(), open.anchor(), open.number(), open.label(),
                        null, body.toString()));
                open = null;
            }
            body.setLength(0);
        }
    }
}
