package org.anquan.exam.bank.boundary;

import org.anquan.exam.bank.entity.Picture;

import java.util.Objects;

/** What saving an item does to its picture: the new version keeps the current one, has none, or a new one. */
public record PictureEdit(boolean keep, Picture replacement) {

    public static final PictureEdit KEEP = new PictureEdit(true, null);
    public static final PictureEdit REMOVE = new PictureEdit(false, null);

    public static PictureEdit replace(Picture picture) {
        return new PictureEdit(false, Objects.requireNonNull(picture));
    }

    /** The new version's picture, given the current version's (null: none). */
    Picture applyTo(Picture current) {
        return keep ? current : replacement;
    }
}
