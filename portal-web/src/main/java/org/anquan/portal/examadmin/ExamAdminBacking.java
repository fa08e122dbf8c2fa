package org.anquan.portal.examadmin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anquan.exam.bank.boundary.BlueprintCheck;
import org.anquan.exam.bank.boundary.QuestionBank;
import org.anquan.exam.bank.boundary.SubjectView;

import java.util.List;

/** /exam-admin/: every subject with its items by status and whether its active items can fill its blueprint. */
@Named
@RequestScoped
public class ExamAdminBacking {

    /** A subject and the check of its blueprint against its active items. */
    public record SubjectRow(SubjectView subject, BlueprintCheck check) {
    }

    @EJB
    QuestionBank bank;

    private List<SubjectRow> subjects;

    public List<SubjectRow> getSubjects() {
        if (subjects == null) {
            subjects = bank.subjects().stream()
                    .map(subject -> new SubjectRow(subject, bank.checkBlueprint(subject.id()))).toList();
        }
        return subjects;
    }
}
