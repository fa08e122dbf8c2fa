package org.anquan.exam.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.anquan.exam.document.control.AdmissionTicket;
import org.anquan.exam.document.control.AdmissionTicketPdf;
import org.anquan.exam.document.control.CertificateDocument;
import org.anquan.exam.document.control.CertificatePdf;
import org.anquan.exam.document.control.QrCode;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExamDocumentsTest {

    static final Path OUT = Path.of("target", "exam-documents");
    static final String TICKET_URL = "https://anquan.example/verify/ticket/ZK2026120500731?c=7f3a9c";
    static final String CERTIFICATE_URL = "https://anquan.example/verify/certificate/AQZ-2026-004711";

    static AdmissionTicket ticket(byte[] photo) {
        return new AdmissionTicket("ZK2026120500731", "欧阳晓燕", "1101**********2028", "低压电工作业（初训）",
                "朝阳区安全生产培训考点", "北京市朝阳区建国路 88 号安全培训中心三层", "第 3 考场", "B-17",
                LocalDateTime.of(2026, 12, 5, 9, 0), 120, photo, TICKET_URL);
    }

    static CertificateDocument certificate() {
        return new CertificateDocument("AQZ-2026-004711", "欧阳晓燕", "1101**********2028", "低压电工作业",
                "特种作业人员 Special operations", LocalDate.of(2026, 12, 20), LocalDate.of(2032, 12, 19),
                LocalDate.of(2029, 12, 20), "北京市应急管理局", CERTIFICATE_URL);
    }

    @Test
    void ticketWithPhotoShowsTheFieldsOnOnePortraitPage() throws Exception {
        for (String format : List.of("png", "jpg")) {
            byte[] pdf = AdmissionTicketPdf.render(ticket(photo(format)));
            save("ticket-with-photo-" + format + ".pdf", pdf);
            PdfReader reader = new PdfReader(pdf);
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertPortraitA4(reader.getPageSizeWithRotation(1));
            assertThat(reader.getInfo()).containsEntry("Author", "Anquan")
                    .containsEntry("Title", "准考证 ZK2026120500731");

            Page page = Page.read(reader, 1);
            assertThat(page.text).contains("准考证", "Admission ticket", "ZK2026120500731", "欧阳晓燕",
                    "1101**********2028", "低压电工作业（初训）", "第 3 考场", "B-17", "2026-12-05 09:00（120 分钟）",
                    "准考证号", "Ticket number", "座位号", "Seat", "考生须知", "30 分钟", "15 分钟", "扫码核验",
                    "Scan to verify");
            assertThat(page.images).as("the photo").isEqualTo(1);
            assertThat(page.text).doesNotContain("照片");
            assertThat(page.qrCodes()).containsExactly(TICKET_URL);

            // the Latin parts are in Helvetica, which OpenPDF's own extractor reads as well
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                    .contains("ZK2026120500731", "B-17", "Admission ticket");
        }
    }

    @Test
    void ticketWithoutPhotoHasAFrameToGlueOneInto() throws Exception {
        byte[] pdf = AdmissionTicketPdf.render(ticket(null));
        save("ticket-without-photo.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertPortraitA4(reader.getPageSizeWithRotation(1));
        Page page = Page.read(reader, 1);
        assertThat(page.images).isZero();
        assertThat(page.text).contains("照片", "Photo", "ZK2026120500731", "欧阳晓燕", "B-17");
        assertThat(page.qrCodes()).containsExactly(TICKET_URL);
    }

    @Test
    void certificateShowsNumberAndDatesOnOneFramedLandscapePage() throws Exception {
        byte[] pdf = CertificatePdf.render(certificate());
        save("certificate.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        Rectangle size = reader.getPageSizeWithRotation(1);
        assertThat(size.getWidth()).isCloseTo(842f, within(1f));
        assertThat(size.getHeight()).isCloseTo(595f, within(1f));
        assertThat(reader.getInfo()).containsEntry("Author", "Anquan")
                .containsEntry("Title", "安全生产考试合格证明 AQZ-2026-004711");

        Page page = Page.read(reader, 1);
        assertThat(page.text).contains("安全生产考试合格证明", "Certificate of examination", "AQZ-2026-004711",
                "欧阳晓燕", "低压电工作业", "特种作业人员", "发证日期", "Issued", "2026-12-20", "有效期至",
                "Valid until", "2032-12-19", "复审日期", "Next review", "2029-12-20", "北京市应急管理局",
                "扫码核验", "Scan to verify");
        assertThat(page.qrCodes()).containsExactly(CERTIFICATE_URL);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                .contains("AQZ-2026-004711", "2026-12-20", "2032-12-19", "2029-12-20");
    }

    @Test
    void certificateWithoutEndOrReviewShowsADash() throws Exception {
        CertificateDocument c = certificate();
        byte[] pdf = CertificatePdf.render(new CertificateDocument(c.number(), c.holderName(), c.idNumberMasked(),
                c.subjectName(), c.categoryCaption(), c.issuedOn(), null, null, c.issuer(), c.verificationUrl()));
        Page page = Page.read(new PdfReader(pdf), 1);
        assertThat(page.text).contains("2026-12-20", "—").doesNotContain("2032-12-19", "2029-12-20");
    }

    @Test
    void qrMatrixDecodesBackToTheText() throws Exception {
        String url = "https://anquan.example/verify/ticket/ZK2026120500731?name=欧阳晓燕";
        BitMatrix matrix = QrCode.matrix(url);
        assertThat(matrix.getWidth()).isEqualTo(matrix.getHeight());
        // one module of margin, then the finder pattern's dark corner
        assertThat(matrix.get(0, 0)).isFalse();
        assertThat(matrix.get(1, 1)).isTrue();
        int scale = 4;
        int side = matrix.getWidth() * scale;
        int[] argb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                argb[y * side + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        assertThat(decode(argb, side, side)).isEqualTo(url);
    }

    static void assertPortraitA4(Rectangle size) {
        assertThat(size.getWidth()).isCloseTo(595f, within(1f));
        assertThat(size.getHeight()).isCloseTo(842f, within(1f));
    }

    static String decode(int[] argb, int width, int height)
            throws NotFoundException, ChecksumException, FormatException {
        RGBLuminanceSource source = new RGBLuminanceSource(width, height, argb);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    static byte[] photo(String format) throws IOException {
        BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x43, 0x8E, 0xD8));
        g.fillRect(0, 0, 60, 80);
        g.setColor(new Color(0xF2, 0xD0, 0xB0));
        g.fillOval(15, 12, 30, 36);
        g.fillRect(8, 55, 44, 25);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static void save(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), pdf);
    }

    /**
     * What a page draws, read from its content streams and its forms. OpenPDF's PdfTextExtractor decodes two-byte
     * codes only for Identity-H fonts and returns nothing for the Song font's UniGB-UCS2-H (a ToUnicode map does
     * not change that), so the strings are decoded here: UniGB-UCS2-H codes are UCS-2, that is UTF-16BE.
     */
    static final class Page {
        final StringBuilder text = new StringBuilder();
        int images;
        /** The filled rectangles of each form, in the form's space, with the form's box. */
        final List<Form> forms = new ArrayList<>();

        record Form(float width, float height, List<float[]> filled) {
        }

        static Page read(PdfReader reader, int number) throws IOException {
            Page page = new Page();
            PdfDictionary resources = reader.getPageN(number).getAsDict(PdfName.RESOURCES);
            page.walk(reader.getPageContent(number), resources, new ArrayList<>());
            return page;
        }

        /** Every URL found in the QR codes drawn as vector forms on the page. */
        List<String> qrCodes() {
            List<String> found = new ArrayList<>();
            for (Form form : forms) {
                if (form.filled.size() < 20) {
                    continue;
                }
                int scale = 4;
                int pad = 24;
                int width = Math.round(form.width * scale) + 2 * pad;
                int height = Math.round(form.height * scale) + 2 * pad;
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setColor(Color.BLACK);
                for (float[] r : form.filled) {
                    int left = pad + Math.round(r[0] * scale);
                    int right = pad + Math.round((r[0] + r[2]) * scale);
                    int top = pad + Math.round((form.height - r[1] - r[3]) * scale);
                    int bottom = pad + Math.round((form.height - r[1]) * scale);
                    g.fillRect(left, top, right - left, bottom - top);
                }
                g.dispose();
                try {
                    found.add(decode(image.getRGB(0, 0, width, height, null, 0, width), width, height));
                } catch (NotFoundException | ChecksumException | FormatException e) {
                    // a form that is no QR code
                }
            }
            return found;
        }

        private void walk(byte[] content, PdfDictionary resources, List<float[]> filled) throws IOException {
            PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
            ArrayList<PdfObject> operands = new ArrayList<>();
            List<float[]> path = new ArrayList<>();
            PdfDictionary font = null;
            while (!parser.parse(operands).isEmpty()) {
                String operator = operands.get(operands.size() - 1).toString();
                switch (operator) {
                    case "Tf" -> font = resources.getAsDict(PdfName.FONT).getAsDict((PdfName) operands.get(0));
                    case "Tj", "'" -> show(font, (PdfString) operands.get(0));
                    case "\"" -> show(font, (PdfString) operands.get(2));
                    case "TJ" -> {
                        PdfArray parts = (PdfArray) operands.get(0);
                        for (int i = 0; i < parts.size(); i++) {
                            if (parts.getPdfObject(i) instanceof PdfString part) {
                                show(font, part);
                            }
                        }
                    }
                    case "ET" -> text.append('\n');
                    case "re" -> {
                        float[] r = new float[4];
                        for (int i = 0; i < 4; i++) {
                            r[i] = ((PdfNumber) operands.get(i)).floatValue();
                        }
                        path.add(r);
                    }
                    case "f", "F", "f*", "B", "B*", "b", "b*" -> {
                        filled.addAll(path);
                        path.clear();
                    }
                    case "S", "s", "n" -> path.clear();
                    case "Do" -> draw(resources.getAsDict(PdfName.XOBJECT).getDirectObject((PdfName) operands.get(0)),
                            resources);
                    default -> {
                    }
                }
            }
        }

        private void draw(PdfObject object, PdfDictionary resources) throws IOException {
            PRStream stream = (PRStream) object;
            if (PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                images++;
            } else if (PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
                PdfArray box = stream.getAsArray(PdfName.BBOX);
                Form form = new Form(box.getAsNumber(2).floatValue() - box.getAsNumber(0).floatValue(),
                        box.getAsNumber(3).floatValue() - box.getAsNumber(1).floatValue(), new ArrayList<>());
                forms.add(form);
                PdfDictionary own = stream.getAsDict(PdfName.RESOURCES);
                walk(PdfReader.getStreamBytes(stream), own != null ? own : resources, form.filled);
            }
        }

        private void show(PdfDictionary font, PdfString string) {
            byte[] bytes = string.getOriginalBytes();
            if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("UniGB-UCS2-H"));
                text.append(new String(bytes, StandardCharsets.UTF_16BE));
            } else {
                assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(PdfName.WIN_ANSI_ENCODING);
                text.append(new String(bytes, Charset.forName("windows-1252")));
            }
        }
    }
}
