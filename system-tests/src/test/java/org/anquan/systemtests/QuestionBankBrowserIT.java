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
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
import java.time.Duration;
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
 * both exports; edits the blueprint (mistakes named at their fields, then saved and checked against the bank); gives
 * an item a picture (something else refused) and sees its preview; and puts items into the public practice pool,
 * where anyone finds them, and takes them out again. Somebody else does not reach the pages or the files.
 */
@SystemTest
class QuestionBankBrowserIT {

    /** 低压电工作业: the demo leaves it without knowledge points and items. */
    private static final String SUBJECT_CODE = "ELEC-LV";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("知识点", "题型", "难度", "题干", "选项A", "选项B", "选项C",
            "选项D", "选项E", "选项F", "选项G", "选项H", "答案", "解析", "法律依据", "图片");

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

        String draft = editWithAMistakeFirst(admin, run);

        byte[] template = download(admin, admin.findElement(By.id("template-link")).getAttribute("href"),
                XLSX, "item-template.xlsx");
        assertThat(firstRowOf(template)).isEqualTo(COLUMNS);
        byte[] export = download(admin, admin.findElement(By.id("export-sheet")).getAttribute("href"),
                XLSX, "items-" + SUBJECT_CODE + ".xlsx");
        assertThat(stemsOf(export)).filteredOn(stem -> stem.contains(run)).hasSize(3);
        byte[] qti = download(admin, admin.findElement(By.id("export-qti")).getAttribute("href"),
                "application/zip", "items-" + SUBJECT_CODE + "-qti21.zip");
        assertThat(entriesOf(qti)).contains("imsmanifest.xml", "item-" + first + ".xml");

        String subjectPage = admin.getCurrentUrl();
        editTheBlueprint(admin, point);
        givePicture(admin, draft);
        admin.get(subjectPage);
        practise(admin, run, point);
    }

    /**
     * The blueprint: points that do not add up to 100 and a type twice are named at their fields, nothing typed lost;
     * then a valid blueprint with a quota of this run's knowledge point is saved and the check names what it lacks.
     */
    private void editTheBlueprint(WebDriver admin, String point) {
        // an earlier run's blueprint goes first
        removeAll(admin, ".remove-section");
        removeAll(admin, ".remove-quota");
        assertThat(admin.findElement(By.id("no-quotas")).getText()).contains("没有配额");

        Browsers.clickSettled(admin, By.id("blueprint-form:add-section"));
        fillSection(admin, 0, "单选题", "10", "5");
        Browsers.clickSettled(admin, By.id("blueprint-form:save-blueprint"));
        Browsers.awaitText(admin, messageAfter("blueprint-form:total"), "合计 50 分，必须等于科目总分 100 分");
        assertThat(admin.findElement(By.id("messages")).getText()).contains("组卷规则没有保存");
        assertThat(admin.findElement(By.id("blueprint-form:sections:0:section-points")).getAttribute("value"))
                .isEqualTo("5");

        Browsers.clickSettled(admin, By.id("blueprint-form:add-section"));
        fillSection(admin, 1, "单选题", "5", "10");
        Browsers.clickSettled(admin, By.id("blueprint-form:save-blueprint"));
        Browsers.awaitText(admin, messageAfter("blueprint-form:sections:1:section-type"), "“单选题”已经有一行");

        new Select(admin.findElement(By.id("blueprint-form:sections:1:section-type"))).selectByVisibleText("判断题");
        Browsers.clickSettled(admin, By.id("blueprint-form:add-quota"));
        awaitPresent(admin, By.id("blueprint-form:quotas:0:quota-type"));
        new Select(admin.findElement(By.id("blueprint-form:quotas:0:quota-type"))).selectByVisibleText("单选题");
        new Select(admin.findElement(By.id("blueprint-form:quotas:0:quota-point"))).selectByValue(point);
        admin.findElement(By.id("blueprint-form:quotas:0:quota-count")).sendKeys("2");
        Browsers.clickSettled(admin, By.id("blueprint-form:save-blueprint"));
        Browsers.awaitText(admin, By.id("messages"), "组卷规则已保存");
        assertThat(admin.findElement(By.id("blueprint-form:total")).getText()).contains("合计 100 分");
        // the one active single choice of this run's knowledge point is all the bank has for the quota of two
        Browsers.awaitText(admin, By.id("blueprint"), "单选题 · 知识点 " + point + " · 难度 不限：需要 2 道，现有 1 道");

        Browsers.open(admin, "exam-admin/");
        assertThat(subjectRow(admin, SUBJECT_CODE).getText()).contains("知识点 " + point);
    }

    /** Something else than a picture is refused at its field; a PNG is kept, shown, and stays with the next version. */
    private void givePicture(WebDriver admin, String itemId) throws IOException {
        Browsers.open(admin, "exam-admin/item.xhtml?id=" + itemId);
        assertThat(admin.findElement(By.id("no-picture")).getText()).contains("没有图片");

        Path fake = Files.createTempFile("picture", ".png");
        Path png = Files.createTempFile("picture", ".png");
        try {
            Files.writeString(fake, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            admin.findElement(By.id("item:picture")).sendKeys(fake.toString());
            Browsers.clickAndWait(admin, By.id("item:save"));
            assertThat(admin.findElement(messageAfter("item:picture")).getText())
                    .contains("只能使用 PNG、JPEG、GIF 或 WebP 图片");
            assertThat(admin.findElement(By.id("item:messages")).getText()).contains("没有保存");
            assertThat(admin.findElements(By.id("picture-preview"))).isEmpty();

            Files.write(png, png(40, 30));
            admin.findElement(By.id("item:picture")).sendKeys(png.toString());
            Browsers.clickAndWait(admin, By.id("item:save"));
            assertThat(admin.findElement(By.id("item:messages")).getText()).contains("已保存为版本 3");
            assertShown(admin, itemId, Files.readAllBytes(png));

            Browsers.clickAndWait(admin, By.id("item:save"));
            assertThat(admin.findElement(By.id("item:messages")).getText()).contains("已保存为版本 4");
            assertShown(admin, itemId, Files.readAllBytes(png));
        } finally {
            Files.delete(fake);
            Files.delete(png);
        }
    }

    private static void assertShown(WebDriver admin, String itemId, byte[] png) {
        WebElement preview = admin.findElement(By.id("picture-preview"));
        assertThat(preview.getAttribute("alt")).isEqualTo("试题 " + itemId + " 的图片");
        new WebDriverWait(admin, Duration.ofSeconds(15)).until(driver -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", preview)).intValue() == 40);
        HttpResponse<byte[]> file = get(admin, preview.getAttribute("src"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(file.body()).isEqualTo(png);
    }

    /**
     * Five judgements of this run go into the public practice pool (the warning says they never come back to exams),
     * anyone is offered them; then they are taken out again, and say that they stay out of papers.
     */
    private void practise(WebDriver admin, String run, String point) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(row(point, "判断", "1", "练习题 " + run + " " + i, "", "", "", "", "对"));
        }
        upload(admin, sheet(rows));
        admin.findElement(By.id("filter:q")).clear();
        admin.findElement(By.id("filter:q")).sendKeys("练习题 " + run);
        new Select(admin.findElement(By.id("filter:status"))).selectByVisibleText("草稿");
        Browsers.clickAndWait(admin, By.id("filter:apply"));
        List<String> ids = texts(admin, By.cssSelector(".item-row .item-id"));
        assertThat(ids).hasSize(5);
        new Select(admin.findElement(By.id("filter:status"))).selectByIndex(0);
        Browsers.clickAndWait(admin, By.id("filter:apply"));
        for (String id : ids) {
            Browsers.clickSettled(admin, By.xpath(itemRow(id) + "//button[contains(@class,'review-item')]"));
            Browsers.awaitText(admin, By.xpath(itemRow(id) + "//span[contains(@class,'item-status')]"), "已审核");
            Browsers.clickSettled(admin, By.xpath(itemRow(id) + "//button[contains(@class,'activate-item')]"));
            Browsers.awaitText(admin, By.xpath(itemRow(id) + "//span[contains(@class,'item-status')]"), "已启用");
            assertThat(confirm(admin, By.xpath(itemRow(id) + "//button[contains(@class,'open-practice')]")))
                    .contains("永远不会再出现在考试试卷中");
            Browsers.awaitText(admin, By.xpath(itemRow(id) + "//td[.//span[contains(@class,'item-status')]]"), "练习题库");
        }

        WebDriver visitor = Browsers.chromium();
        browsers.add(visitor);
        Browsers.open(visitor, "practice/");
        WebElement card = visitor.findElement(By.xpath("//li[.//h2[normalize-space()='低压电工作业']]"));
        long pool = Long.parseLong(card.findElement(By.className("pool-size")).getText().replaceAll("\\D", ""));
        assertThat(pool).isGreaterThanOrEqualTo(5);
        String subjectId = card.findElement(By.name("subject")).getAttribute("value");
        String paper = new String(get(visitor, RunningStack.base().resolve("api/v1/practice/subjects/" + subjectId
                + "/paper?count=" + Math.min(pool, 20)).toString()).body(), java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 1; i <= 5; i++) {
            assertThat(paper).contains("练习题 " + run + " " + i);
        }

        Browsers.open(admin, "exam-admin/item.xhtml?id=" + ids.get(0));
        assertThat(admin.findElement(By.id("practice-state")).getText()).contains("在公开练习题库中", "永远不会再用于考试组卷");
        assertThat(confirm(admin, By.id("practice:withdraw"))).contains("不会回到考试组卷中");
        Browsers.awaitText(admin, By.id("item:messages"), "已移出练习题库");
        assertThat(admin.findElement(By.id("practice-state")).getText()).contains("曾在公开练习题库中", "移出练习题库只是不再对外显示");
        Browsers.clickAndWait(admin, By.id("back"));
        admin.findElement(By.id("filter:q")).sendKeys("练习题 " + run);
        Browsers.clickAndWait(admin, By.id("filter:apply"));
        for (String id : ids.subList(1, ids.size())) {
            confirm(admin, By.xpath(itemRow(id) + "//button[contains(@class,'withdraw-practice')]"));
            Browsers.awaitText(admin, By.xpath(itemRow(id) + "//td[.//span[contains(@class,'item-status')]]"), "曾公开，不再组卷");
        }
        assertThat(texts(admin, By.cssSelector(".item-row .practice-tag"))).containsOnly("曾公开，不再组卷").hasSize(5);
    }

    /** A draft of this run: a wrong answer is named next to its field and the edited stem stays; then version 2. */
    private String editWithAMistakeFirst(WebDriver admin, String run) {
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
        return draft;
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
        for (String file : List.of("item-template.xlsx", "items.xlsx?subject=1", "items-qti.zip?subject=1",
                "picture?item=1")) {
            HttpResponse<byte[]> response = get(citizen, RunningStack.base().resolve("exam-admin/files/" + file).toString());
            assertThat(response.statusCode()).as(file).isIn(403, 404);
            assertThat(response.headers().firstValue("Content-Disposition")).as(file).isEmpty();
        }
    }

    // --- pages

    /** Removes the rows one by one, each time waiting until the editor shows one less. */
    private static void removeAll(WebDriver browser, String removeButtons) {
        for (int left = browser.findElements(By.cssSelector(removeButtons)).size(); left > 0; left--) {
            int expected = left - 1;
            Browsers.clickSettled(browser, By.cssSelector(removeButtons));
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(driver -> driver.findElements(By.cssSelector(removeButtons)).size() == expected);
        }
    }

    private static void fillSection(WebDriver browser, int row, String type, String count, String points) {
        String id = "blueprint-form:sections:" + row + ":section-";
        awaitPresent(browser, By.id(id + "type"));
        new Select(browser.findElement(By.id(id + "type"))).selectByVisibleText(type);
        browser.findElement(By.id(id + "count")).sendKeys(count);
        browser.findElement(By.id(id + "points")).sendKeys(points);
    }

    private static void awaitPresent(WebDriver browser, By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The message shown next to a field (the first message element after it). */
    private static By messageAfter(String fieldId) {
        return By.xpath("//*[@id='" + fieldId + "']/following::*[contains(@class,'ui-message')][1]");
    }

    /** Clicks a button that asks first, accepts, and answers what it asked. */
    private static String confirm(WebDriver browser, By button) {
        Browsers.clickSettled(browser, button);
        Alert alert = new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        alert.accept();
        return question;
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

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
