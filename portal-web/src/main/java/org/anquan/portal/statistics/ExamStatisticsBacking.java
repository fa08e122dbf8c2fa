package org.anquan.portal.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.anquan.exam.bank.boundary.QuestionBank;
import org.anquan.exam.bank.boundary.SubjectView;
import org.anquan.exam.statistics.boundary.ExamStatistics;
import org.anquan.exam.statistics.boundary.ItemFigures;
import org.anquan.exam.statistics.boundary.PassRate;
import org.anquan.portal.language.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * /statistics/: pass rates by subject, centre and session (charts, with the same figures as tables for those who
 * would rather read), and for exam administrators the item analysis of a subject with its flags.
 */
@Named
@ViewScoped
public class ExamStatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BRAND = "#b3261e";

    @EJB
    transient ExamStatistics statistics;

    @EJB
    transient QuestionBank bank;

    @Inject
    Texts texts;

    private Long subjectId;
    private transient ExamStatistics.PassRates rates;
    private transient List<ItemFigures> items;

    public ExamStatistics.PassRates getRates() {
        if (rates == null) {
            rates = statistics.passRates();
        }
        return rates;
    }

    public String chart(List<PassRate> rows) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        rows.forEach(row -> {
            labels.add(row.name());
            values.add(row.percent());
        });
        JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true).add("max", 100);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", texts.format("statistics.passRate"))
                                .add("data", values).add("backgroundColor", BRAND))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("indexAxis", rows.size() > 6 ? "y" : "x")
                        .add("scales", Json.createObjectBuilder().add(rows.size() > 6 ? "x" : "y", axis)))
                .build().toString();
    }

    public boolean isItemAnalyst() {
        return org.omnifaces.util.Faces.isUserInRole("EXAM_ADMIN");
    }

    public List<SubjectView> getSubjects() {
        return bank.subjects();
    }

    public List<ItemFigures> getItems() {
        if (items == null && subjectId != null) {
            items = statistics.items(subjectId);
        }
        return items == null ? List.of() : items;
    }

    /** Each answered item as a point: facility across, discrimination up; flagged items in the brand colour. */
    public String getItemChart() {
        JsonArrayBuilder fine = Json.createArrayBuilder();
        JsonArrayBuilder flagged = Json.createArrayBuilder();
        getItems().forEach(row -> (row.flags().isEmpty() ? fine : flagged).add(Json.createObjectBuilder()
                .add("x", row.facility()).add("y", row.discrimination())));
        return Json.createObjectBuilder().add("type", "scatter")
                .add("data", Json.createObjectBuilder().add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", texts.format("statistics.itemsFine"))
                                .add("data", fine).add("backgroundColor", "#0969da"))
                        .add(Json.createObjectBuilder().add("label", texts.format("statistics.itemsFlagged"))
                                .add("data", flagged).add("backgroundColor", BRAND))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", 0).add("max", 1).add("title",
                                        Json.createObjectBuilder().add("display", true)
                                                .add("text", texts.format("statistics.facility"))))
                                .add("y", Json.createObjectBuilder().add("min", -1).add("max", 1).add("title",
                                        Json.createObjectBuilder().add("display", true)
                                                .add("text", texts.format("statistics.discrimination"))))))
                .build().toString();
    }

    public void analyse() {
        items = null;
    }

    public String percent(double share) {
        return "%.0f%%".formatted(share * 100);
    }

    public String rates(ItemFigures row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.optionRates().size(); i++) {
            if (i > 0) {
                text.append(" · ");
            }
            text.append((char) ('A' + i)).append(row.correct().contains(i) ? "✓" : "").append(' ')
                    .append(percent(row.optionRates().get(i)));
        }
        return text.toString();
    }

    public String flags(ItemFigures row) {
        return row.flags().stream().map(flag -> texts.format("ItemFlag." + flag.name())).collect(Collectors.joining("、"));
    }

    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
}
