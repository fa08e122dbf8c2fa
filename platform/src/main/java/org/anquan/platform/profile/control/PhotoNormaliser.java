package org.anquan.platform.profile.control;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Accepts a JPEG or PNG photo by its content (never by its name or declared type), scales it to at most 600 px
 * and re-encodes it as a fresh JPEG: no metadata, no embedded payload survives.
 */
public final class PhotoNormaliser {

    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 600;

    private PhotoNormaliser() {
    }

    /** The re-encoded JPEG, or nothing when the bytes are not a JPEG or PNG picture of a sensible size. */
    public static Optional<byte[]> normalise(byte[] upload) {
        return normalise(upload, MAX_SIDE, MAX_UPLOAD_BYTES);
    }

    /** As {@link #normalise(byte[])}, for pictures of other sizes (a base's photos, say). */
    public static Optional<byte[]> normalise(byte[] upload, int maxSide, int maxUploadBytes) {
        if (upload == null || upload.length == 0 || upload.length > maxUploadBytes || !isJpegOrPng(upload)) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(upload));
            if (image == null || image.getWidth() < 32 || image.getHeight() < 32
                    || (long) image.getWidth() * image.getHeight() > 40_000_000L) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = copy.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, width, height);
                graphics.drawImage(image, 0, 0, width, height, null);
            } finally {
                graphics.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(copy, "jpg", out)) {
                return Optional.empty();
            }
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isJpegOrPng(byte[] bytes) {
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        return jpeg || png;
    }
}
