package org.anquan.exam.document.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

import static org.anquan.exam.document.control.PdfParts.INK;
import static org.anquan.exam.document.control.PdfParts.MUTED;
import static org.anquan.exam.document.control.PdfParts.RULE;
import static org.anquan.exam.document.control.PdfParts.date;
import static org.anquan.exam.document.control.PdfParts.label;
import static org.anquan.exam.document.control.PdfParts.text;
import static org.anquan.exam.document.control.PdfParts.value;

/**
 * The certificate of examination (安全生产考试合格证明): one framed A4 landscape page. Employers and inspectors
 * scan its QR code to see the certificate's current state online, because a printout cannot show a later
 * revocation or a missed review.
 */
public final class CertificatePdf {

    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final Color FRAME = new Color(0x1F, 0x3B, 0x63);
    private static final float MARGIN = 72;
    private static final float QR_SIZE = Utilities.millimetersToPoints(38);

    private CertificatePdf() {
    }

    public static byte[] render(CertificateDocument certificate) {
        return PdfParts.write(PAGE, MARGIN, MARGIN - 10, "安全生产考试合格证明 " + certificate.number(),
                "Certificate of examination", (document, writer) -> {
                    frame(writer.getDirectContentUnder());
                    title(document);
                    document.add(fields(certificate, writer));
                    document.add(issuer(certificate));
                });
    }

    /** A heavy outer line and a fine inner one, as on printed certificates. */
    private static void frame(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(FRAME);
        canvas.setLineWidth(3);
        canvas.rectangle(24, 24, PAGE.getWidth() - 48, PAGE.getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(32, 32, PAGE.getWidth() - 64, PAGE.getHeight() - 64);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void title(Document document) {
        Paragraph title = new Paragraph(text("安全生产考试合格证明", 28, Font.BOLD, FRAME));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(6);
        document.add(title);
        Paragraph english = new Paragraph(text("Certificate of examination", 13, Font.NORMAL, MUTED));
        english.setAlignment(Element.ALIGN_CENTER);
        english.setSpacingAfter(16);
        document.add(english);
        Paragraph statement = new Paragraph(text("兹证明下列人员参加安全生产考试，成绩合格。", 12, Font.NORMAL, INK));
        statement.setAlignment(Element.ALIGN_CENTER);
        document.add(statement);
        Paragraph statementEnglish = new Paragraph(text("This certifies that the person below has passed the "
                + "work safety examination.", 9, Font.NORMAL, MUTED));
        statementEnglish.setAlignment(Element.ALIGN_CENTER);
        statementEnglish.setSpacingAfter(18);
        document.add(statementEnglish);
    }

    private static PdfPTable fields(CertificateDocument c, PdfWriter writer) {
        PdfPTable table = new PdfPTable(new float[]{120, 330, 180});
        table.setTotalWidth(630);
        table.setLockedWidth(true);
        row(table, label("证书编号", "Number", 10.5f), value(c.number(), 12, Font.BOLD));
        table.addCell(qrCode(c.verificationUrl(), writer.getDirectContent()));
        row(table, label("姓名", "Name", 10.5f), value(c.holderName(), 12, Font.BOLD));
        row(table, label("身份证号", "ID number", 10.5f), value(c.idNumberMasked(), 11.5f, Font.NORMAL));
        row(table, label("考试科目", "Subject", 10.5f), value(c.subjectName(), 11.5f, Font.NORMAL));
        row(table, label("类别", "Category", 10.5f), value(c.categoryCaption(), 11.5f, Font.NORMAL));
        row(table, label("发证日期", "Issued", 10.5f), value(date(c.issuedOn()), 11.5f, Font.NORMAL));
        row(table, label("有效期至", "Valid until", 10.5f), value(date(c.validUntil()), 11.5f, Font.NORMAL));
        row(table, label("复审日期", "Next review", 10.5f), value(date(c.nextReviewOn()), 11.5f, Font.NORMAL));
        table.setSpacingAfter(10);
        return table;
    }

    /** Only a rule under each row: a full grid would compete with the frame. */
    private static void row(PdfPTable table, PdfPCell label, PdfPCell value) {
        for (PdfPCell cell : new PdfPCell[]{label, value}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setMinimumHeight(33);
            cell.setPaddingLeft(6);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
    }

    private static PdfPCell qrCode(String url, PdfContentByte canvas) {
        PdfPCell cell = new PdfPCell();
        cell.setRowspan(8);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        Image code = Image.getInstance(PdfParts.qrCode(canvas, url, QR_SIZE));
        code.setAlignment(Image.MIDDLE);
        cell.addElement(code);
        Paragraph caption = new Paragraph(text("扫码核验", 10.5f, Font.NORMAL, INK));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingBefore(4);
        cell.addElement(caption);
        Paragraph english = new Paragraph(text("Scan to verify", 8.5f, Font.NORMAL, MUTED));
        english.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(english);
        return cell;
    }

    private static Paragraph issuer(CertificateDocument c) {
        Paragraph issuer = new Paragraph(text("发证机构 Issuer：" + (c.issuer() == null ? "" : c.issuer()), 12,
                Font.NORMAL, INK));
        issuer.setAlignment(Element.ALIGN_RIGHT);
        issuer.setIndentationRight(40);
        issuer.setSpacingBefore(14);
        return issuer;
    }
}
