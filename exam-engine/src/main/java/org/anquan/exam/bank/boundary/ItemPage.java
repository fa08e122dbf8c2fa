package org.anquan.exam.bank.boundary;

import java.util.List;

/** One page of a subject's items ({@code page} counts from 0) and how many match in all. */
public record ItemPage(List<ItemSummary> items, long total, int page, int size) {

    public long pages() {
        return (total + size - 1) / size;
    }
}
