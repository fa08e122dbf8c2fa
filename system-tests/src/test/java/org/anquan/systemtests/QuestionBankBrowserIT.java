package org.anquan.systemtests;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question bank's pages in a real browser: an exam administrator adds a knowledge point, uploads a sheet with a
 * bad row (refused whole, the row named), the corrected sheet (imported as drafts), reviews and activates an item,
 * edits one (a mistake named at its field, nothing typed lost, then a new version), and downloads the template and
 * both exports. Somebody else does not reach the pages or the files.
 */
@SystemTest
class QuestionBankBrowserIT {

    /** 低压电工作业: the demo leaves it without knowledge points and items. */
    private static final String SUBJECT_CODE = "ELEC-LV";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("知识点", "题型", "难度", "题干", "选项A", "选项B", "选项C",
            "选项D", "选项E", "选项F", "选项G", "选项H", "答案", "解析", "法律依据");

    private final List<WebDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, RunningStack.ear());
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void anExamAdministratorImportsReviewsActivatesEditsAndExports() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError | IOException e) {
            Browsers.keepPages("question-bank", browsers);
            throw e;
        }
    }

    private void journey() throws IOException {
        // this run's own knowledge point and stems, so that the rows below are the ones this test made
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        String point = "KP-T" + run;

        WebDriver admin = Browsers.signedIn("exam-admin@demo.anquan", browsers);
        Browsers.clickAndWait(admin, By.id("exam-admin-link"));
        Browsers.awaitUrl(admin, "/exam-admin/");
        assertThat(subjectRow(admin, "MGMT-GENERAL").getText()).contains("可以组卷");
        assertThat(subjectRow(admin, SUBJECT_CODE).getText()).contains("尚未设置组卷规则");
        Browsers.clickAndWait(admin, By.xpath("//tr[.//span[@class='subject-code' and normalize-space()='"
                + SUBJECT_CODE + "']]//a[contains(@class,'subject-link')]"));
        Browsers.awaitUrl(admin, "/exam-admin/subject.xhtml");

        admin.findElement(By.id("points:code")).sendKeys(point);
        admin.findElement(By.id("points:name")).sendKeys("测试用知识点");
        Browsers.clickSettled(admin, By.id("points:add-point"));
        Browsers.awaitText(admin, By.id("points:point-table"), point);
        long before = total(admin);

        List<String[]> rows = List.of(
                row(point, "单选", "2", "单选题 " + run + " 甲", "A", "对的", "C", "D", "B"),
                row(point, "单选", "3", "单选题 " + run + " 乙", "A", "B", "C", "D", "Z"),
                row(point, "判断", "1", "判断题 " + run + " 丙", "", "", "", "", "对"));
        upload(admin, sheet(rows));
        assertThat(admin.findElement(By.id("import-result")).getText()).contains("没有导入任何试题");
        assertThat(texts(admin, By.cssSelector("#problems .problem-row"))).containsExactly("3");
        assertThat(admin.findElement(By.id("problems")).getText()).contains("答案", "答案无法识别", "Z");
        assertThat(total(admin)).as("nothing imported").isEqualTo(before);

        rows.get(1)[12] = "C";
        upload(admin, sheet(rows));
        assertThat(admin.findElement(By.id("import-result")).getText()).contains("3 道试题已作为草稿导入");
        assertThat(total(admin)).isEqualTo(before + 3);

        admin.findElement(By.id("filter:q")).sendKeys(run);
        Browsers.clickAndWait(admin, By.id("filter:apply"));
        assertThat(texts(admin, By.cssSelector(".item-row .item-stem"))).hasSize(3).allMatch(stem -> stem.contains(run));
        assertThat(texts(admin, By.cssSelector(".item-row .item-status"))).containsOnly("草稿");

        String first = texts(admin, By.cssSelector(".item-row .item-id")).get(0);
        Browsers.clickSettled(admin, By.xpath(itemRow(first) + "//button[contains(@class,'review-item')]"));
        Browsers.awaitText(admin, By.xpath(itemRow(first) + "//span[contains(@class,'item-status')]"), "已审核");
        Browsers.clickSettled(admin, By.xpath(itemRow(first) + "//button[contains(@class,'activate-item')]"));
        Browsers.awaitText(admin, By.xpath(itemRow(first) + "//span[contains(@class,'item-status')]"), "已启用");
        assertThat(admin.findElement(By.id("messages")).getText()).contains("试题 " + first + " 已启用");
        assertThat(admin.findElement(By.id("item-summary")).getText()).contains("已启用 1 道");

        new Select(admin.findElement(By.id("filter:status"))).selectByVisibleText("已启用");
        Browsers.clickAndWait(admin, By.id("filter:apply"));
        assertThat(admin.getCurrentUrl()).contains("status=ACTIVE");
        assertThat(texts(admin, By.cssSelector(".item-row .item-id"))).containsExactly(first);

        editWithAMistakeFirst(admin, run);

        byte[] template = download(admin, admin.findElement(By.id("template-link")).getAttribute("href"),
                XLSX, "item-template.xlsx");
        assertThat(firstRowOf(template)).isEqualTo(COLUMNS);
        byte[] export = download(admin, admin.findElement(By.id("export-sheet")).getAttribute("href"),
                XLSX, "items-" + SUBJECT_CODE + ".xlsx");
        assertThat(stemsOf(export)).filteredOn(stem -> stem.contains(run)).hasSize(3);
        byte[] qti = download(admin, admin.findElement(By.id("export-qti")).getAttribute("href"),
                "application/zip", "items-" + SUBJECT_CODE + "-qti21.zip");
        assertThat(entriesOf(qti)).contains("imsmanifest.xml", "item-" + first + ".xml");
    }

    /** A draft of this run: a wrong answer is named next to its field and the edited stem stays; then version 2. */
    private void editWithAMistakeFirst(WebDriver admin, String run) {
        admin.findElement(By.id("filter:q")).clear();
        admin.findElement(By.id("filter:q")).sendKeys(run + " 乙");
        new Select(admin.findElement(By.id("filter:status"))).selectByVisibleText("草稿");
        Browsers.clickAndWait(admin, By.id("filter:apply"));
        String draft = texts(admin, By.cssSelector(".item-row .item-id")).get(0);
        Browsers.clickAndWait(admin, By.xpath(itemRow(draft) + "//a[contains(@class,'edit-item')]"));
        Browsers.awaitUrl(admin, "/exam-admin/item.xhtml?id=" + draft);
        assertThat(admin.findElement(By.id("item-state")).getText()).contains("草稿", "版本 1");
        assertThat(admin.findElement(By.id("version-notice")).getText()).contains("版本 2");

        String stem = "单选题 " + run + " 乙（修订）";
        WebElement stemField = admin.findElement(By.id("item:stem"));
        stemField.clear();
        stemField.sendKeys(stem);
        admin.findElement(By.id("item:answer")).clear();
        admin.findElement(By.id("item:answer")).sendKeys("AE");
        Browsers.clickAndWait(admin, By.id("item:save"));
        assertThat(admin.findElement(By.xpath("//input[@id='item:answer']/following::*[contains(@class,'ui-message')][1]"))
                .getText()).contains("答案无法识别");
        assertThat(admin.findElement(By.id("item:messages")).getText()).contains("没有保存");
        assertThat(admin.findElement(By.id("item:stem")).getAttribute("value")).isEqualTo(stem);
        assertThat(admin.findElement(By.id("item-state")).getText()).contains("版本 1");

        admin.findElement(By.id("item:answer")).clear();
        admin.findElement(By.id("item:answer")).sendKeys("B");
        Browsers.clickAndWait(admin, By.id("item:save"));
        assertThat(admin.findElement(By.id("item:messages")).getText()).contains("已保存为版本 2");
        assertThat(admin.findElement(By.id("item-state")).getText()).contains("草稿", "版本 2");
        assertThat(admin.findElement(By.id("item:stem")).getAttribute("value")).isEqualTo(stem);
        Browsers.clickAndWait(admin, By.id("back"));
    }

    @Test
    void nobodyElseReachesTheQuestionBank() {
        WebDriver anonymous = Browsers.chromium();
        browsers.add(anonymous);
        Browsers.open(anonymous, "exam-admin/");
        Browsers.awaitUrl(anonymous, "/login.xhtml");

        WebDriver citizen = Browsers.signedIn("citizen@demo.anquan", browsers);
        assertThat(citizen.findElements(By.id("exam-admin-link"))).isEmpty();
        for (String path : List.of("exam-admin/", "exam-admin/subject.xhtml?id=1", "exam-admin/item.xhtml?id=1")) {
            Browsers.open(citizen, path);
            assertThat(citizen.findElement(By.tagName("h1")).getText()).as(path).isEqualTo("页面不存在");
            assertThat(citizen.findElements(By.id("item-summary"))).as(path).isEmpty();
        }
        for (String file : List.of("item-template.xlsx", "items.xlsx?subject=1", "items-qti.zip?subject=1")) {
            HttpResponse<byte[]> response = get(citizen, RunningStack.base().resolve("exam-admin/files/" + file).toString());
            assertThat(response.statusCode()).as(file).isIn(403, 404);
            assertThat(response.headers().firstValue("Content-Disposition")).as(file).isEmpty();
        }
    }

    // --- pages



    private static WebElement subjectRow(WebDriver browser, String code) {
        return browser.findElement(By.xpath("//tr[.//span[@class='subject-code' and normalize-space()='" + code + "']]"));
    }

    private static String itemRow(String itemId) {
        return "//tr[.//span[@class='item-id' and normalize-space()='" + itemId + "']]";
    }

    private static long total(WebDriver browser) {
        return Long.parseLong(browser.findElement(By.id("item-summary")).getAttribute("data-total"));
    }

    private static List<String> texts(WebDriver browser, By locator) {
        return browser.findElements(locator).stream().map(element -> element.getText().strip()).toList();
    }

    private static void upload(WebDriver browser, byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("items", ".xlsx");
        try {
            Files.write(file, xlsx);
            browser.findElement(By.id("import:sheet")).sendKeys(file.toString());
            Browsers.clickAndWait(browser, By.id("import:start"));
        } finally {
            Files.delete(file);
        }
    }


    // --- sheets and files

    /** A sheet row: knowledge point, type, difficulty, stem, options A–D, answer. */
    private static String[] row(String point, String type, String difficulty, String stem, String a, String b,
                                String c, String d, String answer) {
        String[] cells = new String[COLUMNS.size()];
        java.util.Arrays.fill(cells, "");
        String[] given = {point, type, difficulty, stem, a, b, c, d};
        System.arraycopy(given, 0, cells, 0, given.length);
        cells[12] = answer;
        return cells;
    }

    private static byte[] sheet(List<String[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("试题");
            List<String[]> all = new ArrayList<>();
            all.add(COLUMNS.toArray(String[]::new));
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).length; c++) {
                    row.createCell(c).setCellValue(all.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> firstRowOf(byte[] xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(cell -> cells.add(cell.getStringCellValue()));
            return cells;
        }
    }

    private static List<String> stemsOf(byte[] xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> stems = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                stems.add(sheet.getRow(r).getCell(3).getStringCellValue());
            }
            return stems;
        }
    }

    private static List<String> entriesOf(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** Downloads a link with the browser's session, as the browser would, and checks what came back. */
    private static byte[] download(WebDriver browser, String href, String contentType, String fileName) {
        HttpResponse<byte[]> response = get(browser, href);
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(href)
                .hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        assertThat(response.headers().firstValue("Content-Disposition")).as(href)
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("filename=\"" + fileName + "\""));
        return response.body();
    }

    private static HttpResponse<byte[]> get(WebDriver browser, String href) {
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
