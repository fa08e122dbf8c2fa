package org.anquan.exam.bank.boundary;

import org.anquan.exam.bank.entity.SubjectCategory;
import org.anquan.exam.paper.control.Blueprint;

/** A subject with its exam rules, how many items it has in each status, and its blueprint (null when none is set). */
public record SubjectView(long id, String code, String name, SubjectCategory category, int durationMinutes,
                          int passMark, int totalPoints, ItemCounts items, Blueprint blueprint) {

    /** Items by status. */
    public record ItemCounts(long draft, long reviewed, long active, long retired) {

        public long total() {
            return draft + reviewed + active + retired;
        }
    }
}
