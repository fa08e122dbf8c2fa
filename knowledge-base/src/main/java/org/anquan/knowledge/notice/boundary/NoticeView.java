package org.anquan.knowledge.notice.boundary;

import org.anquan.knowledge.notice.entity.Notice;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A notice as shown: its paragraphs are the body's blocks between blank lines. */
public record NoticeView(long id, String title, String body, boolean pinned, Instant publishesAt, Instant retiresAt,
                         Instant updatedAt, String state) {

    static NoticeView of(Notice notice, Instant now) {
        String state = notice.shownAt(now) ? "SHOWN" : notice.publishesAt().isAfter(now) ? "SCHEDULED" : "RETIRED";
        return new NoticeView(notice.id(), notice.title(), notice.body(), notice.pinned(), notice.publishesAt(),
                notice.retiresAt(), notice.updatedAt(), state);
    }

    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The first paragraph, cut for a list. */
    public String lead() {
        String first = paragraphs().isEmpty() ? "" : paragraphs().get(0);
        return first.length() <= 80 ? first : first.substring(0, 80) + "…";
    }
}
