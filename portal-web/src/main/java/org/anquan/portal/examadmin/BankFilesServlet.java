package org.anquan.portal.examadmin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anquan.exam.bank.boundary.QuestionBank;
import org.anquan.exam.bank.boundary.SubjectView;
import org.anquan.exam.bank.control.ItemSheet;
import org.anquan.exam.bank.entity.Picture;
import org.anquan.platform.error.BusinessException;

import java.io.IOException;

/**
 * The question bank's files for exam administrators (web.xml admits only them under /exam-admin/):
 * {@code item-template.xlsx}, of a subject ({@code ?subject=}) {@code items.xlsx} (the sheet of its items that
 * are not retired) and {@code items-qti.zip} (its active items as an IMS QTI 2.1 package), and of an item
 * ({@code ?item=}) {@code picture}, the picture of its current version for the editor's preview. (/exams/picture
 * serves pictures only to a candidate's browser within an attempt.)
 */
@WebServlet("/exam-admin/files/*")
public class BankFilesServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZIP = "application/zip";

    @EJB
    QuestionBank bank;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (file) {
                case "/item-template.xlsx" -> send(response, ItemSheet.template(), XLSX, "item-template.xlsx");
                case "/items.xlsx" -> {
                    SubjectView subject = subject(request);
                    send(response, bank.exportSheet(subject.id()), XLSX, "items-" + fileName(subject.code()) + ".xlsx");
                }
                case "/items-qti.zip" -> {
                    SubjectView subject = subject(request);
                    send(response, bank.exportQti(subject.id()), ZIP, "items-" + fileName(subject.code()) + "-qti21.zip");
                }
                case "/picture" -> {
                    Picture picture = bank.picture(Long.parseLong(request.getParameter("item")));
                    response.setContentType(picture.contentType());
                    response.setContentLength(picture.size());
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    response.setHeader("Cache-Control", "no-store");
                    response.getOutputStream().write(picture.bytes());
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The subject named by the parameter; a missing or unknown one is answered as not found. */
    private SubjectView subject(HttpServletRequest request) {
        return bank.subject(Long.parseLong(request.getParameter("subject")));
    }

    private static void send(HttpServletResponse response, byte[] content, String type, String name)
            throws IOException {
        response.setContentType(type);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        // questions of coming exams: kept out of shared caches and the browser's cache
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(content);
    }

    /** Subject codes are plain (MGMT-GENERAL); anything else stays out of the header. */
    static String fileName(String code) {
        return code.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
