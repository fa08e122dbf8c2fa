package org.anquan.knowledge.science.boundary;

/** An article's image: its bytes and media type. */
public record ScienceImage(byte[] bytes, String type) {
}
