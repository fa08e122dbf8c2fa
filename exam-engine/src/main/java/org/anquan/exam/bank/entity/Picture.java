package org.anquan.exam.bank.entity;

import org.anquan.platform.error.BusinessException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The picture of an item version: PNG, JPEG, GIF or WebP of at most 1 MB. Its type is read from its first bytes,
 * never from a file name or a declared type, since both say whatever the uploader wants.
 */
public record Picture(byte[] bytes, String contentType) {

    public static final int MAX_BYTES = 1024 * 1024;

    public Picture {
        bytes = bytes.clone();
    }

    /** The bytes as a picture; refused when too large or not one of the four types. */
    public static Picture of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("bank.pictureTooLarge", MAX_BYTES / 1024 / 1024);
        }
        return new Picture(bytes, typeOf(bytes).orElseThrow(() -> new BusinessException("bank.pictureUnsupported")));
    }

    /** image/png, image/jpeg, image/gif or image/webp by the file's signature; empty for anything else. */
    public static Optional<String> typeOf(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture picture && Arrays.equals(bytes, picture.bytes)
                && contentType.equals(picture.contentType);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + contentType.hashCode();
    }

    @Override
    public String toString() {
        return contentType + ", " + bytes.length + " bytes";
    }
}
