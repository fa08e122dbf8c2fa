package org.anquan.knowledge.law.control;

/**
 * One heading, article or loose paragraph of a statute, in reading order. {@code body} holds an article's
 * paragraphs (款, with 项 as paragraphs of their own) separated by line feeds; {@code number} is the article or
 * chapter number, {@code anchor} its stable fragment id (art-21, art-21-1 for 第二十一条之一, ch-2-sec-1).
 */
public record ParsedNode(NodeKind kind, int depth, String anchor, Integer number, String label, String heading,
                         String body) {
}
