package org.anquan.exam.bank;

import jakarta.ejb.SessionContext;
import org.anquan.exam.bank.boundary.BlueprintCheck;
import org.anquan.exam.bank.boundary.ItemDetail;
import org.anquan.exam.bank.boundary.ItemSummary;
import org.anquan.exam.bank.boundary.KnowledgePointView;
import org.anquan.exam.bank.boundary.PictureEdit;
import org.anquan.exam.bank.boundary.QuestionBank;
import org.anquan.exam.bank.boundary.QuestionBankWiring;
import org.anquan.exam.bank.boundary.SheetImport;
import org.anquan.exam.bank.control.ItemSheet;
import org.anquan.exam.bank.control.QtiPackage;
import org.anquan.exam.bank.entity.ItemContent;
import org.anquan.exam.bank.entity.ItemStatus;
import org.anquan.exam.bank.entity.ItemVersion;
import org.anquan.exam.bank.entity.Picture;
import org.anquan.exam.bank.entity.Subject;
import org.anquan.exam.bank.entity.SubjectCategory;
import org.anquan.exam.paper.control.Blueprint;
import org.anquan.exam.paper.control.ItemType;
import org.anquan.exam.paper.control.Shortage;
import org.anquan.exam.schema.ExamSchema;
import org.anquan.platform.audit.boundary.AuditChainer;
import org.anquan.platform.audit.boundary.AuditTrail;
import org.anquan.platform.audit.entity.AuditEntry;
import org.anquan.platform.audit.entity.AuditRecord;
import org.anquan.platform.error.BusinessException;
import org.anquan.platform.error.UnknownEntityException;
import org.anquan.platform.schema.PlatformSchema;
import org.anquan.platform.testing.PersistenceFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The question bank's use cases on a real MariaDB: the bank's tables in one database, the platform's audit trail
 * in another, as the container would give them. Every test works on subjects of its own.
 */
class QuestionBankTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final long ADMIN = 7L;
    private static final String ADMIN_LOGIN = "exam-admin@demo.anquan";
    private static final AtomicInteger SUBJECTS = new AtomicInteger();
    private static final SessionContext CALLER = (SessionContext) Proxy.newProxyInstance(
            QuestionBankTest.class.getClassLoader(), new Class<?>[]{SessionContext.class}, (proxy, method, args) -> {
                if (method.getName().equals("getCallerPrincipal")) {
                    return (Principal) () -> ADMIN_LOGIN;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static PersistenceFixture exam;
    private static PersistenceFixture platform;
    private static AuditTrail auditTrail;

    @BeforeAll
    static void databases() {
        exam = PersistenceFixture.migrated(ExamSchema.MODULE, false).withPersistenceUnit("exam");
        platform = PersistenceFixture.migrated(PlatformSchema.MODULE, false).withPersistenceUnit("platform");
        // as in the container: the trail appends in a transaction of its own
        auditTrail = new AuditTrail() {
            @Override
            public void record(AuditEntry entry) {
                platform.run(em -> AuditTrail.append(em, entry));
                platform.run(em -> AuditChainer.chain(em, 500));
            }
        };
    }

    @AfterAll
    static void drop() {
        exam.close();
        platform.close();
    }

    @Test
    void anItemGoesFromDraftThroughReviewToActive() {
        long subject = subject();
        long basics = point(subject, "basics");
        long id = bank(b -> b.createItem(subject, single(basics, "在潮湿场所使用的手持电动工具应选哪一类？"), ADMIN));
        ItemDetail draft = bank(b -> b.item(id));
        assertThat(draft.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.options()).containsExactly("Ⅰ类工具", "Ⅱ类工具", "Ⅲ类工具", "任意一类");
        assertThat(draft.correct()).containsExactly(2);
        assertThat(draft.legalBasis()).isEqualTo("安全生产法第三十条");
        assertThat(draft.hasImage()).isFalse();

        assertThatThrownBy(() -> bank(b -> {
            b.activate(id, ADMIN);
            return null;
        })).isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("item.wrongStatus");
        bank(b -> {
            b.review(id, ADMIN);
            return null;
        });
        bank(b -> {
            b.activate(id, ADMIN);
            return null;
        });

        assertThat(bank(b -> b.item(id)).status()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(bank(b -> b.subject(subject)).items()).satisfies(counts -> {
            assertThat(counts.active()).isEqualTo(1);
            assertThat(counts.total()).isEqualTo(1);
        });
        assertThat(bank(b -> b.items(subject, ItemStatus.ACTIVE, "潮湿", 0, 10)).items()).singleElement()
                .isEqualTo(new ItemSummary(id, ItemStatus.ACTIVE, 1, ItemType.SINGLE_CHOICE, "basics", 2,
                        "在潮湿场所使用的手持电动工具应选哪一类？", false, false));
        assertThat(bank(b -> b.items(subject, ItemStatus.DRAFT, null, 0, 10)).total()).isZero();
        assertThat(bank(b -> b.items(subject, null, "100%", 0, 10)).total()).isZero();

        List<AuditEntry> audited = audited("item", id);
        assertThat(audited).extracting(AuditEntry::action)
                .containsExactly("bank.item.created", "bank.item.reviewed", "bank.item.activated");
        assertThat(audited).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(ADMIN);
            assertThat(entry.actor()).isEqualTo(ADMIN_LOGIN);
        });
        assertThat(platform.inTransaction(AuditTrail::verify).firstBrokenSeq()).isNull();
    }

    @Test
    void aKnowledgePointCodeIsUniqueWithinItsSubject() {
        long subject = subject();
        point(subject, "first-aid");
        assertThatThrownBy(() -> point(subject, " first-aid ")).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("bank.duplicateKnowledgePoint");
        long other = subject();
        point(other, "first-aid");
        List<KnowledgePointView> points = bank(b -> b.knowledgePoints(subject));
        assertThat(points).extracting(KnowledgePointView::code).containsExactly("first-aid");
        assertThatThrownBy(() -> bank(b -> b.knowledgePoints(Long.MAX_VALUE)))
                .isInstanceOf(UnknownEntityException.class);
    }

    @Test
    void anEditIsANewVersionAndTheOldOneStays() {
        long subject = subject();
        long basics = point(subject, "basics");
        long id = active(subject, single(basics, "原来的题干"));
        ItemContent before = bank(b -> b.item(id)).content();
        bank(b -> {
            b.editItem(id, new ItemContent(before.type(), before.knowledgePointId(), 4, "改过的题干", before.options(),
                    Set.of(1), null, null), ADMIN);
            return null;
        });

        ItemDetail after = bank(b -> b.item(id));
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(after.stem()).isEqualTo("改过的题干");
        assertThat(after.correct()).containsExactly(1);
        List<ItemVersion> versions = exam.inTransaction(em -> em.createQuery(
                "SELECT v FROM ItemVersion v WHERE v.itemId = :item ORDER BY v.number", ItemVersion.class)
                .setParameter("item", id).getResultList());
        assertThat(versions).extracting(ItemVersion::number).containsExactly(1, 2);
        assertThat(versions.get(0).stem()).isEqualTo("原来的题干");
        assertThat(versions.get(0).correctSet()).containsExactly(2);
        assertThat(audited("item", id)).extracting(AuditEntry::action).endsWith("bank.item.edited");

        bank(b -> {
            b.retire(id, ADMIN);
            return null;
        });
        assertThatThrownBy(() -> bank(b -> {
            b.editItem(id, before, ADMIN);
            return null;
        })).isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("item.retired");
        long otherSubjectsPoint = point(subject(), "basics");
        assertThatThrownBy(() -> bank(b -> b.createItem(subject, single(otherSubjectsPoint, "题"), ADMIN)))
                .isInstanceOf(UnknownEntityException.class);
    }

    @Test
    void aSheetWithOneBadRowImportsNothingAndNamesTheRow() throws IOException {
        long subject = subject();
        point(subject, "basics");
        point(subject, "first-aid");
        String[] judgement = {"first-aid", "判断", "1", "发现有人触电，应先切断电源。", "", "", "", "", "", "", "", "", "对", "",
                ""};
        String[] choice = {"basics", "单选", "2", "安全电压的上限是多少？", "12V", "36V", "42V", "", "", "", "", "", "C", "", ""};
        String[] unknownPoint = {"fire", "单选", "2", "干粉灭火器适用于哪类火灾？", "A类", "B类", "", "", "", "", "", "", "B", "",
                ""};

        byte[] withBadRow = workbook(judgement, choice, unknownPoint);
        byte[] clean = workbook(judgement, choice);

        SheetImport refused = bank(b -> b.importSheet(subject, new ByteArrayInputStream(withBadRow), ADMIN));
        assertThat(refused.imported()).isZero();
        assertThat(refused.problems()).containsExactly(
                new SheetImport.Problem(4, "知识点", "items.unknownKnowledgePoint", "fire"));
        assertThat(bank(b -> b.items(subject, null, null, 0, 50)).total()).isZero();
        assertThat(audited("subject", subject)).extracting(AuditEntry::action)
                .doesNotContain("bank.items.imported");

        SheetImport accepted = bank(b -> b.importSheet(subject, new ByteArrayInputStream(clean), ADMIN));
        assertThat(accepted.clean()).isTrue();
        assertThat(accepted.imported()).isEqualTo(2);
        assertThat(bank(b -> b.items(subject, ItemStatus.DRAFT, null, 0, 50)).items())
                .extracting(ItemSummary::stem).containsExactly("发现有人触电，应先切断电源。", "安全电压的上限是多少？");
    }

    @Test
    void anExportedSheetImportsAgainAsTheSameItems() {
        long from = subject();
        long basics = point(from, "basics");
        long firstAid = point(from, "first-aid");
        active(from, new ItemContent(ItemType.JUDGEMENT, firstAid, 1, "触电者脱离电源后应立即喂水。", List.of("正确", "错误"),
                Set.of(1), "应先判断意识和呼吸。", null));
        active(from, single(basics, "在潮湿场所使用的手持电动工具应选哪一类？"));
        bank(b -> b.createItem(from, new ItemContent(ItemType.MULTIPLE_CHOICE, firstAid, 3, "触电急救的步骤包括：",
                List.of("切断电源", "心肺复苏", "泼水降温", "拨打 120"), Set.of(0, 1, 3), null, "GB/T 3805"), ADMIN));
        long retired = active(from, single(basics, "已停用的题"));
        bank(b -> {
            b.retire(retired, ADMIN);
            return null;
        });

        byte[] sheet = bank(b -> b.exportSheet(from));
        long to = subject();
        point(to, "basics");
        point(to, "first-aid");
        SheetImport imported = bank(b -> b.importSheet(to, new ByteArrayInputStream(sheet), ADMIN));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.imported()).isEqualTo(3);
        assertThat(said(to)).hasSize(3).isEqualTo(said(from));
        assertThat(audited("subject", from)).extracting(AuditEntry::detail).contains("xlsx, 3 items");
    }

    @Test
    void theQtiPackageHoldsEveryActiveItemWithItsCorrectChoices() throws Exception {
        long subject = subject();
        long basics = point(subject, "basics");
        long single = active(subject, single(basics, "在潮湿场所使用的手持电动工具应选哪一类？"));
        long multiple = active(subject, new ItemContent(ItemType.MULTIPLE_CHOICE, basics, 3, "触电急救的步骤包括：",
                List.of("切断电源", "心肺复苏", "泼水降温", "拨打 120"), Set.of(0, 1, 3), "先断电，再施救。", null));
        long judgement = active(subject, new ItemContent(ItemType.JUDGEMENT, basics, 1, "可以用湿手触摸开关。",
                List.of("正确", "错误"), Set.of(1), null, null));
        long draft = bank(b -> b.createItem(subject, single(basics, "还在草稿中的题"), ADMIN));

        Map<String, byte[]> files = unzip(bank(b -> b.exportQti(subject)));
        assertThat(files.keySet()).containsExactlyInAnyOrder("imsmanifest.xml", "item-" + single + ".xml",
                "item-" + multiple + ".xml", "item-" + judgement + ".xml");
        assertThat(files).doesNotContainKey("item-" + draft + ".xml");

        Document manifest = parse(files.get("imsmanifest.xml"));
        List<Element> resources = elements(manifest.getDocumentElement(), QtiPackage.CONTENT_PACKAGE, "resource");
        assertThat(resources).hasSize(3).allSatisfy(resource -> {
            String href = resource.getAttribute("href");
            assertThat(resource.getAttribute("type")).isEqualTo("imsqti_item_xmlv2p1");
            assertThat(elements(resource, QtiPackage.CONTENT_PACKAGE, "file")).singleElement()
                    .extracting(file -> file.getAttribute("href")).isEqualTo(href);
            Element item = parse(files.get(href)).getDocumentElement();
            assertThat(item.getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/imsqti_v2p1");
            assertThat(item.getLocalName()).isEqualTo("assessmentItem");
            assertThat(item.getAttribute("identifier")).isEqualTo(resource.getAttribute("identifier"))
                    .isEqualTo(href.replace(".xml", ""));
            assertThat(elements(item, QtiPackage.QTI, "responseProcessing")).singleElement()
                    .extracting(e -> e.getAttribute("template"))
                    .isEqualTo("http://www.imsglobal.org/question/qti_v2p1/rp_templates/match_correct");
            assertThat(elements(item, QtiPackage.QTI, "outcomeDeclaration")).singleElement()
                    .extracting(e -> e.getAttribute("identifier")).isEqualTo("SCORE");
        });

        Element multipleItem = parse(files.get("item-" + multiple + ".xml")).getDocumentElement();
        assertThat(correctChoices(multipleItem)).containsExactly("切断电源", "心肺复苏", "拨打 120");
        assertThat(elements(multipleItem, QtiPackage.QTI, "responseDeclaration").get(0).getAttribute("cardinality"))
                .isEqualTo("multiple");
        assertThat(interaction(multipleItem).getAttribute("maxChoices")).isEqualTo("0");
        assertThat(elements(multipleItem, QtiPackage.QTI, "prompt").get(0).getTextContent())
                .isEqualTo("触电急救的步骤包括：");

        Element singleItem = parse(files.get("item-" + single + ".xml")).getDocumentElement();
        assertThat(correctChoices(singleItem)).containsExactly("Ⅲ类工具");
        assertThat(interaction(singleItem).getAttribute("maxChoices")).isEqualTo("1");
        Element judgementItem = parse(files.get("item-" + judgement + ".xml")).getDocumentElement();
        assertThat(correctChoices(judgementItem)).containsExactly("错误");
        assertThat(interaction(judgementItem).getAttribute("shuffle")).isEqualTo("false");
    }

    @Test
    void theBlueprintCheckNamesWhatTheBankLacks() {
        long subject = subject();
        long basics = point(subject, "basics");
        long firstAid = point(subject, "first-aid");
        assertThat(bank(b -> b.checkBlueprint(subject)).defined()).isFalse();

        assertThatThrownBy(() -> bank(b -> {
            b.saveBlueprint(subject, new Blueprint(List.of(new Blueprint.Section(ItemType.JUDGEMENT, 10, 1)),
                    List.of()), ADMIN);
            return null;
        })).isInstanceOf(BusinessException.class).satisfies(e -> {
            assertThat(((BusinessException) e).messageKey()).isEqualTo("bank.blueprintTotal");
            assertThat(((BusinessException) e).arguments()).containsExactly(10, 100);
        });
        assertThatThrownBy(() -> bank(b -> {
            b.saveBlueprint(subject, new Blueprint(List.of(new Blueprint.Section(ItemType.SINGLE_CHOICE, 10, 10)),
                    List.of(new Blueprint.Quota(ItemType.SINGLE_CHOICE, "fire", null, 2))), ADMIN);
            return null;
        })).isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("items.unknownKnowledgePoint");

        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Section(ItemType.JUDGEMENT, 2, 10),
                new Blueprint.Section(ItemType.SINGLE_CHOICE, 8, 10)),
                List.of(new Blueprint.Quota(ItemType.SINGLE_CHOICE, "first-aid", null, 2)));
        bank(b -> {
            b.saveBlueprint(subject, blueprint, ADMIN);
            return null;
        });
        assertThat(bank(b -> b.subject(subject)).blueprint()).isEqualTo(blueprint);

        for (int i = 0; i < 2; i++) {
            active(subject, new ItemContent(ItemType.JUDGEMENT, basics, 1, "判断 " + i, List.of("正确", "错误"), Set.of(0),
                    null, null));
        }
        for (int i = 0; i < 3; i++) {
            active(subject, single(basics, "单选 " + i));
        }
        active(subject, single(firstAid, "急救单选"));
        bank(b -> b.createItem(subject, single(firstAid, "未审核的急救单选"), ADMIN));

        BlueprintCheck check = bank(b -> b.checkBlueprint(subject));
        assertThat(check.activeItems()).isEqualTo(6);
        assertThat(check.fillable()).isFalse();
        assertThat(check.shortages()).containsExactlyInAnyOrder(
                new Shortage(ItemType.SINGLE_CHOICE, "first-aid", null, 2, 1),
                new Shortage(ItemType.SINGLE_CHOICE, null, null, 8, 4));
        assertThat(audited("subject", subject)).extracting(AuditEntry::action).containsOnlyOnce("bank.blueprint.saved");
    }

    @Test
    void aNewVersionKeepsThePictureUnlessItIsReplacedOrRemoved() {
        long subject = subject();
        long basics = point(subject, "basics");
        Picture png = Picture.of(PictureTest.sized(PictureTest.PNG, 2048));
        Picture gif = Picture.of(PictureTest.sized(PictureTest.GIF, 1024));
        long id = bank(b -> b.createItem(subject, single(basics, "看图：哪一个是Ⅲ类工具？"), png, ADMIN));
        assertThat(bank(b -> b.item(id)).hasImage()).isTrue();

        edit(id, PictureEdit.KEEP);
        assertThat(pictureOf(id)).isEqualTo(png);
        edit(id, PictureEdit.replace(gif));
        assertThat(pictureOf(id)).isEqualTo(gif);
        edit(id, PictureEdit.REMOVE);
        assertThat(bank(b -> b.item(id)).hasImage()).isFalse();
        assertThatThrownBy(() -> bank(b -> b.picture(id))).isInstanceOf(UnknownEntityException.class);

        byte[] sheet = bank(b -> b.exportSheet(subject));
        assertThat(audited("item", id)).extracting(AuditEntry::detail).containsExactly(
                "picture image/png, 2048 bytes", "version 2, picture kept", "version 3, picture image/gif, 1024 bytes",
                "version 4, picture removed");
        assertThat(sheet).isNotEmpty();
    }

    @Test
    void pictureItemsGoThroughTheSheetAndBack() {
        long from = subject();
        long basics = point(from, "basics");
        Picture png = Picture.of(PictureTest.sized(PictureTest.PNG, 4096));
        bank(b -> b.createItem(from, single(basics, "看图：哪一个是Ⅲ类工具？"), png, ADMIN));
        bank(b -> b.createItem(from, single(basics, "没有图片"), ADMIN));

        byte[] sheet = bank(b -> b.exportSheet(from));
        long to = subject();
        point(to, "basics");
        assertThat(bank(b -> b.importSheet(to, new ByteArrayInputStream(sheet), ADMIN)).imported()).isEqualTo(2);

        List<ItemSummary> imported = bank(b -> b.items(to, null, null, 0, 10)).items();
        assertThat(imported).extracting(ItemSummary::stem).containsExactly("看图：哪一个是Ⅲ类工具？", "没有图片");
        assertThat(pictureOf(imported.get(0).id())).isEqualTo(png);
        assertThat(bank(b -> b.item(imported.get(1).id())).hasImage()).isFalse();
        assertThat(audited("subject", to)).extracting(AuditEntry::detail).contains("2 items, 1 pictures");
    }

    @Test
    void anItemOncePublicNeverGoesOnAPaperAgain() {
        long subject = subject();
        long basics = point(subject, "basics");
        long exam = active(subject, single(basics, "考试题"));
        long opened = active(subject, single(basics, "公开练习的题"));
        long draft = bank(b -> b.createItem(subject, single(basics, "草稿"), ADMIN));
        assertThat(bank(b -> b.checkBlueprint(subject)).activeItems()).isEqualTo(2);

        bank(b -> {
            b.openToPractice(opened, ADMIN);
            return null;
        });
        ItemDetail inPool = bank(b -> b.item(opened));
        assertThat(inPool.practice()).isTrue();
        assertThat(inPool.exposed()).isTrue();
        assertThat(bank(b -> b.checkBlueprint(subject)).activeItems()).isEqualTo(1);
        assertThatThrownBy(() -> bank(b -> {
            b.openToPractice(draft, ADMIN);
            return null;
        })).isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("item.wrongStatus");

        bank(b -> {
            b.withdrawFromPractice(opened, ADMIN);
            return null;
        });
        assertThat(bank(b -> b.items(subject, ItemStatus.ACTIVE, null, 0, 10)).items())
                .extracting(item -> item.id() + ":" + item.practice() + ":" + item.exposed())
                .containsExactly(exam + ":false:false", opened + ":false:true");
        assertThat(bank(b -> b.checkBlueprint(subject)).activeItems()).as("still out of papers").isEqualTo(1);
        assertThatThrownBy(() -> bank(b -> {
            b.withdrawFromPractice(opened, ADMIN);
            return null;
        })).isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("item.notInPractice");
        assertThat(audited("item", opened)).extracting(AuditEntry::action)
                .containsSubsequence("bank.item.openedToPractice", "bank.item.withdrawnFromPractice");
    }

    // --- helpers

    private static Picture pictureOf(long itemId) {
        return bank(b -> b.picture(itemId));
    }

    private static void edit(long itemId, PictureEdit picture) {
        bank(b -> {
            b.editItem(itemId, b.item(itemId).content(), picture, ADMIN);
            return null;
        });
    }

    private static <T> T bank(Function<QuestionBank, T> work) {
        return exam.inTransaction(em -> work.apply(QuestionBankWiring.wired(em, CLOCK, auditTrail, CALLER)));
    }

    private static long subject() {
        return exam.inTransaction(em -> {
            Subject subject = new Subject("QB-" + SUBJECTS.incrementAndGet(), "低压电工作业",
                    SubjectCategory.SPECIAL_OPERATION);
            em.persist(subject);
            return subject.id();
        });
    }

    private static long point(long subject, String code) {
        return bank(b -> b.addKnowledgePoint(subject, code, "知识点 " + code, ADMIN)).id();
    }

    private static ItemContent single(long knowledgePoint, String stem) {
        return new ItemContent(ItemType.SINGLE_CHOICE, knowledgePoint, 2, stem, List.of("Ⅰ类工具", "Ⅱ类工具", "Ⅲ类工具", "任意一类"),
                Set.of(2), "潮湿场所应使用Ⅲ类工具。", "安全生产法第三十条");
    }

    private static long active(long subject, ItemContent content) {
        return bank(b -> {
            long id = b.createItem(subject, content, ADMIN);
            b.review(id, ADMIN);
            b.activate(id, ADMIN);
            return id;
        });
    }

    /** What the subject's items say, without ids, in the order of the list. */
    private static List<String> said(long subject) {
        return bank(b -> b.items(subject, null, null, 0, 50).items().stream()
                .filter(item -> item.status() != ItemStatus.RETIRED).map(item -> b.item(item.id()))
                .map(d -> String.join("|", d.type().name(), d.knowledgePoint(), String.valueOf(d.difficulty()),
                        d.stem(), d.options().toString(), d.correct().toString(), String.valueOf(d.explanation()),
                        String.valueOf(d.legalBasis())))
                .toList());
    }

    private static List<AuditEntry> audited(String targetType, long targetId) {
        return platform.inTransaction(em -> em.createQuery("SELECT r FROM AuditRecord r ORDER BY r.seq",
                AuditRecord.class).getResultStream().map(AuditRecord::entry)
                .filter(entry -> targetType.equals(entry.targetType())
                        && String.valueOf(targetId).equals(entry.targetId()))
                .toList());
    }

    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < ItemSheet.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ItemSheet.COLUMNS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML", e);
        }
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element interaction(Element item) {
        return elements(item, QtiPackage.QTI, "choiceInteraction").get(0);
    }

    /** The texts of the choices the correct response names. */
    private static List<String> correctChoices(Element item) {
        Element correct = elements(item, QtiPackage.QTI, "correctResponse").get(0);
        Map<String, String> choices = new TreeMap<>();
        elements(item, QtiPackage.QTI, "simpleChoice")
                .forEach(choice -> choices.put(choice.getAttribute("identifier"), choice.getTextContent()));
        return elements(correct, QtiPackage.QTI, "value").stream().map(value -> choices.get(value.getTextContent()))
                .toList();
    }
}
