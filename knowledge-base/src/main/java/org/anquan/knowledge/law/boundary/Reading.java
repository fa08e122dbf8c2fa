package org.anquan.knowledge.law.boundary;

import org.anquan.knowledge.document.boundary.DocumentView;

import java.util.List;

/** A document opened at one version: its timeline, its structure (the table of contents) and its relations. */
public record Reading(DocumentView document, VersionView version, List<VersionView> versions, List<NodeView> nodes,
                      List<RelationView> relations) {

    /** The headings, for the table of contents. */
    public List<NodeView> headings() {
        return nodes.stream().filter(NodeView::isHeading).toList();
    }

    public boolean hasText() {
        return version != null;
    }
}
