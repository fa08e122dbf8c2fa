package org.anquan.portal.tickets;

import com.google.zxing.common.BitMatrix;
import org.anquan.exam.document.control.QrCode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** QR codes as PNG pictures for the screen: a booking's or a registration's ticket code that the gate scans. */
public final class QrImages {

    private static final int MODULE_PIXELS = 8;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrImages() {
    }

    public static byte[] png(String text) {
        BitMatrix matrix = QrCode.matrix(text);
        int size = matrix.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? BLACK : WHITE);
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
