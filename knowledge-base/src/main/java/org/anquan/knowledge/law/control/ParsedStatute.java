package org.anquan.knowledge.law.control;

import java.time.LocalDate;
import java.util.List;

/** A statute file read into its title, history lines and structure. */
public record ParsedStatute(String title, String subtitle, List<String> history, List<ParsedNode> nodes) {

    public long articleCount() {
        return nodes.stream().filter(node -> node.kind() == NodeKind.ARTICLE).count();
    }

    /** The latest date named in the history lines (the last amendment), if any. */
    public LocalDate lastHistoryDate() {
        return history.stream().map(StatuteParser::firstDate).filter(date -> date != null)
                .max(LocalDate::compareTo).orElse(null);
    }

    /**
     * When the text takes effect: the date in its closing article (本法自…起施行), else in a history line about
     * 施行, if any.
     */
    public LocalDate effectiveDate() {
        for (int i = nodes.size() - 1; i >= 0 && i >= nodes.size() - 4; i--) {
            ParsedNode node = nodes.get(i);
            if (node.body() != null && node.body().contains("起施行")) {
                LocalDate date = StatuteParser.firstDate(node.body());
                if (date != null) {
                    return date;
                }
            }
        }
        return history.stream().filter(line -> line.contains("施行")).map(StatuteParser::firstDate)
                .filter(date -> date != null).reduce((first, second) -> second).orElse(null);
    }
}
