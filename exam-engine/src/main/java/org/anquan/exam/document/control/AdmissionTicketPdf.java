package org.anquan.exam.document.control;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.util.List;

import static org.anquan.exam.document.control.PdfParts.INK;
import static org.anquan.exam.document.control.PdfParts.MUTED;
import static org.anquan.exam.document.control.PdfParts.RULE;
import static org.anquan.exam.document.control.PdfParts.SHADE;
import static org.anquan.exam.document.control.PdfParts.label;
import static org.anquan.exam.document.control.PdfParts.text;
import static org.anquan.exam.document.control.PdfParts.value;

/**
 * The admission ticket (准考证): one A4 page the candidate prints and brings with the ID card. The proctor checks
 * face against photo and seat against seat label; the QR code leads to the online record, so a forged or
 * outdated printout shows up at the door.
 */
public final class AdmissionTicketPdf {

    static final List<String> RULES = List.of(
            "请于考试开始前 30 分钟到达考点，核验身份后入场。",
            "须携带本人有效身份证原件及本准考证，缺一不得入场。",
            "手机、智能手表等电子设备及书籍、笔记不得带至座位。",
            "考试开始后迟到超过 15 分钟者不得进入考场。",
            "服从监考人员安排，按座位号就座，保持考场安静。",
            "考试中有作弊行为的，取消本次考试成绩。");

    private static final float MARGIN = 50;
    private static final float PHOTO_WIDTH = Utilities.millimetersToPoints(30);
    private static final float PHOTO_HEIGHT = Utilities.millimetersToPoints(40);
    private static final float QR_SIZE = Utilities.millimetersToPoints(32);
    private static final float CAPTION_HEIGHT = 28;
    /** The rule above the QR code; the text flow ends above it, so the two never overlap. */
    private static final float FOOTER_TOP = MARGIN + CAPTION_HEIGHT + QR_SIZE + 14;
    private static final float ROW_HEIGHT = 34;

    private AdmissionTicketPdf() {
    }

    public static byte[] render(AdmissionTicket ticket) {
        return PdfParts.write(PageSize.A4, MARGIN, FOOTER_TOP + 12, "准考证 " + ticket.ticketNumber(), "Admission ticket",
                (document, writer) -> {
                    title(document);
                    document.add(fields(ticket, photo(ticket.photo(), writer.getDirectContent())));
                    rules(document);
                    footer(ticket, writer);
                });
    }

    private static void title(Document document) {
        Paragraph title = new Paragraph(text("准考证", 26, Font.BOLD, INK));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph english = new Paragraph(text("Admission ticket", 12, Font.NORMAL, MUTED));
        english.setAlignment(Element.ALIGN_CENTER);
        english.setSpacingAfter(18);
        document.add(english);
    }

    private static PdfPTable fields(AdmissionTicket ticket, Image photo) {
        PdfPTable table = new PdfPTable(new float[]{110, 270, 115});
        table.setWidthPercentage(100);
        row(table, label("准考证号", "Ticket number", 10.5f), value(ticket.ticketNumber(), 13, Font.BOLD));
        PdfPCell photoCell = new PdfPCell(photo, false);
        photoCell.setRowspan(4);
        photoCell.setHorizontalAlignment(Element.ALIGN_CENTER);
        photoCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        photoCell.setBorderColor(RULE);
        table.addCell(photoCell);
        row(table, label("姓名", "Name", 10.5f), value(ticket.candidateName(), 13, Font.BOLD));
        row(table, label("身份证号", "ID number", 10.5f), value(ticket.idNumberMasked(), 11.5f, Font.NORMAL));
        row(table, label("考试科目", "Subject", 10.5f), value(ticket.subjectName(), 11.5f, Font.NORMAL));
        wideRow(table, label("考点", "Centre", 10.5f), value(ticket.centreName(), 11.5f, Font.NORMAL));
        wideRow(table, label("地址", "Address", 10.5f), value(ticket.centreAddress(), 11.5f, Font.NORMAL));
        wideRow(table, label("考场", "Room", 10.5f), value(ticket.roomName(), 11.5f, Font.NORMAL));
        wideRow(table, label("座位号", "Seat", 10.5f), value(ticket.seatLabel(), 13, Font.BOLD));
        wideRow(table, label("考试时间", "Time", 10.5f), value(ticket.startsAt().format(PdfParts.DATE_TIME)
                + "（" + ticket.durationMinutes() + " 分钟）", 11.5f, Font.NORMAL));
        table.setSpacingAfter(22);
        return table;
    }

    private static void row(PdfPTable table, PdfPCell label, PdfPCell value) {
        label.setBackgroundColor(SHADE);
        // the table copies a cell when it is added: style it before
        for (PdfPCell cell : List.of(label, value)) {
            cell.setMinimumHeight(ROW_HEIGHT);
            cell.setPaddingLeft(8);
            cell.setPaddingBottom(5);
            cell.setBorderColor(RULE);
            table.addCell(cell);
        }
    }

    private static void wideRow(PdfPTable table, PdfPCell label, PdfPCell value) {
        value.setColspan(2);
        row(table, label, value);
    }

    /** The photo scaled into 30 × 40 mm, or a frame to glue one into. */
    private static Image photo(byte[] photo, PdfContentByte canvas) {
        if (photo != null) {
            Image image;
            try {
                image = Image.getInstance(photo);
            } catch (BadElementException | IOException e) {
                throw new IllegalArgumentException("the photo is not a readable JPEG or PNG", e);
            }
            image.scaleToFit(PHOTO_WIDTH, PHOTO_HEIGHT);
            return image;
        }
        PdfTemplate frame = canvas.createTemplate(PHOTO_WIDTH, PHOTO_HEIGHT);
        frame.setColorStroke(RULE);
        frame.setLineWidth(0.75f);
        frame.rectangle(0.5f, 0.5f, PHOTO_WIDTH - 1, PHOTO_HEIGHT - 1);
        frame.stroke();
        ColumnText.showTextAligned(frame, Element.ALIGN_CENTER, text("照片", 12, Font.NORMAL, MUTED),
                PHOTO_WIDTH / 2, PHOTO_HEIGHT / 2 + 2, 0);
        ColumnText.showTextAligned(frame, Element.ALIGN_CENTER, text("Photo", 9, Font.NORMAL, MUTED),
                PHOTO_WIDTH / 2, PHOTO_HEIGHT / 2 - 12, 0);
        return Image.getInstance(frame);
    }

    private static void rules(Document document) {
        Paragraph heading = new Paragraph(text("考生须知  Rules for candidates", 12, Font.BOLD, INK));
        heading.setSpacingAfter(4);
        document.add(heading);
        for (int i = 0; i < RULES.size(); i++) {
            Paragraph line = new Paragraph(text((i + 1) + ". " + RULES.get(i), 10.5f));
            line.setIndentationLeft(12);
            document.add(line);
        }
    }

    /** The QR code at the bottom right with its caption, and what it is for at the bottom left. */
    private static void footer(AdmissionTicket ticket, PdfWriter writer) {
        PdfContentByte canvas = writer.getDirectContent();
        float right = PageSize.A4.getWidth() - MARGIN;
        float bottom = MARGIN;
        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(MARGIN, FOOTER_TOP);
        canvas.lineTo(right, FOOTER_TOP);
        canvas.stroke();
        canvas.restoreState();
        canvas.addTemplate(PdfParts.qrCode(canvas, ticket.verificationUrl(), QR_SIZE), right - QR_SIZE,
                bottom + CAPTION_HEIGHT);
        float centre = right - QR_SIZE / 2;
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, text("扫码核验", 10, Font.NORMAL, INK),
                centre, bottom + 14, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, text("Scan to verify", 8, Font.NORMAL, MUTED),
                centre, bottom + 3, 0);
        Phrase note = text("本准考证须与身份证原件一同使用，涂改无效。", 9.5f, Font.NORMAL, MUTED);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, note, MARGIN, bottom + CAPTION_HEIGHT + 20, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                text("Valid only together with the original ID card; altered copies are void.", 8, Font.NORMAL,
                        MUTED), MARGIN, bottom + CAPTION_HEIGHT + 8, 0);
    }
}
