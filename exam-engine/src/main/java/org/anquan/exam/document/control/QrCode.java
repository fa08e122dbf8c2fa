package org.anquan.exam.document.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes for printed documents, drawn as vector squares so that they stay sharp at any printer resolution
 * instead of being a bitmap that the printer resamples.
 */
public final class QrCode {

    private QrCode() {
    }

    /**
     * One bit per module, the quiet zone included. Level M survives a crease or a smudge on a ticket that has been
     * carried around folded; one module of margin because the documents leave white space around the code anyway.
     */
    public static BitMatrix matrix(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.MARGIN, 1);
        try {
            // zero width and height: the smallest matrix, one bit per module
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit into a QR code: " + e.getMessage(), e);
        }
    }

    /** Draws the matrix as a square of {@code size} points whose lower left corner is at {@code x}, {@code y}. */
    public static void draw(PdfContentByte canvas, BitMatrix matrix, float x, float y, float size) {
        float module = size / Math.max(matrix.getWidth(), matrix.getHeight());
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            // the matrix counts rows from the top, PDF from the bottom
            float bottom = y + size - (row + 1) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                canvas.rectangle(x + start * module, bottom, (column - start) * module, module);
            }
        }
        // one path and one fill: modules filled one by one show hairline seams in anti-aliasing viewers
        canvas.fill();
        canvas.restoreState();
    }
}
