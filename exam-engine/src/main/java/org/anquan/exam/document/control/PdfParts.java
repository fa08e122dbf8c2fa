package org.anquan.exam.document.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What the ticket and the certificate share: fonts, bilingual labels, the QR code and the writing of the file. */
final class PdfParts {

    /**
     * Adobe's Song CID font, of which OpenPDF carries only the metrics: nothing is embedded, the PDF stays small,
     * and every PDF reader with CJK support brings the glyphs. UniGB-UCS2-H writes each character as its UCS-2
     * code, so any character of the BMP that GB1 covers can be set, rare name characters included.
     */
    static final BaseFont SONG = font("STSongStd-Light", "UniGB-UCS2-H");
    /**
     * Latin letters and digits go to Helvetica: a standard font that every reader has, with proper Latin shapes,
     * and text in it can be searched and extracted by tools that know nothing of CJK encodings.
     */
    static final BaseFont LATIN = font(BaseFont.HELVETICA, BaseFont.WINANSI);

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    static final Color RULE = new Color(0x9A, 0xA0, 0xA6);
    static final Color SHADE = new Color(0xF1, 0xF3, 0xF4);

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Writes the body into one document; the body gets the writer for drawing outside the text flow. */
    @FunctionalInterface
    interface Body {
        void write(Document document, PdfWriter writer);
    }

    private PdfParts() {
    }

    static byte[] write(Rectangle pageSize, float margin, float bottomMargin, String title, String subject,
                        Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, margin, margin, margin, bottomMargin);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addSubject(subject);
        document.addAuthor("Anquan");
        document.addCreator("Anquan");
        document.addCreationDate();
        document.open();
        body.write(document, writer);
        document.close();
        return out.toByteArray();
    }

    /** Text in Helvetica where Helvetica has the character and in Song elsewhere. */
    static Phrase text(String text, float size, int style, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(LATIN, size, style, color));
        selector.addFont(new Font(SONG, size, style, color));
        Phrase phrase = selector.process(text == null ? "" : text);
        // a phrase from the selector keeps the default leading of a 12-point font whatever the size
        phrase.setLeading(size * 1.4f);
        return phrase;
    }

    static Phrase text(String text, float size) {
        return text(text, size, Font.NORMAL, INK);
    }

    /** A label in Chinese with its English name below, smaller and grey. */
    static PdfPCell label(String chinese, String english, float size) {
        Phrase phrase = text(chinese, size, Font.NORMAL, INK);
        phrase.add(Chunk.NEWLINE);
        phrase.addAll(text(english, size * 0.72f, Font.NORMAL, MUTED));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setLeading(0, 1.3f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    static PdfPCell value(String value, float size, int style) {
        PdfPCell cell = new PdfPCell(text(value, size, style, INK));
        cell.setLeading(0, 1.3f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    static String date(LocalDate date) {
        return date == null ? "—" : date.format(DATE);
    }

    /** The QR code as a form of its own, to be placed like an image and still drawn as vectors. */
    static PdfTemplate qrCode(PdfContentByte canvas, String text, float size) {
        PdfTemplate template = canvas.createTemplate(size, size);
        QrCode.draw(template, QrCode.matrix(text), 0, 0, size);
        return template;
    }

    private static BaseFont font(String name, String encoding) {
        try {
            return BaseFont.createFont(name, encoding, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
