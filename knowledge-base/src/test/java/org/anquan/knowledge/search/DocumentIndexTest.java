package org.anquan.knowledge.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.anquan.devstack.TestServers;
import org.anquan.knowledge.search.control.DocumentIndex;
import org.anquan.knowledge.search.control.IndexedDocument;
import org.anquan.knowledge.search.control.SearchClients;
import org.anquan.knowledge.search.control.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents index on a real Elasticsearch node. */
class DocumentIndexTest {

    private static DocumentIndex index;

    @BeforeAll
    static void fill() {
        ElasticsearchClient client = SearchClients.connect(TestServers.search().url());
        index = new DocumentIndex(client, "test-documents");
        index.delete();
        assertThat(index.createIfMissing()).isTrue();
        assertThat(index.createIfMissing()).isFalse();
        index.index(List.of(
                document(1, "中华人民共和国安全生产法", "安全生产法", "生产经营单位的主要负责人对本单位的安全生产工作全面负责。"),
                document(2, "中华人民共和国消防法", "消防法", "任何单位不得占用、堵塞、封闭疏散通道和安全出口。"),
                document(3, "生产安全事故报告和调查处理条例", null, "事故发生后，事故现场有关人员应当立即向本单位负责人报告。"),
                document(4, "危险化学品企业特殊作业安全规范", null, "动火作业前应进行气体检测，<b>合格</b>后方可作业。")), true);
    }

    @AfterAll
    static void drop() {
        index.delete();
    }

    private static IndexedDocument document(long id, String title, String shortTitle, String summary) {
        return new IndexedDocument(id, "doc-" + id, title, shortTitle, null, "LAW", "IN_FORCE", "发布机关",
                "2021-06-10", null, summary);
    }

    @Test
    void findsADocumentByItsShortTitle() {
        List<SearchHit> hits = index.search("消防法", 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).id()).isEqualTo(2);
    }

    @Test
    void findsWordsInsideTheSummaryAndMarksThem() {
        List<SearchHit> hits = index.search("事故报告", 10);
        assertThat(hits).extracting(SearchHit::id).first().isEqualTo(3L);
        List<SearchHit> fire = index.search("疏散通道", 10);
        assertThat(fire.get(0).fragment()).contains("<mark>疏散通道</mark>");
    }

    @Test
    void escapesMarkupInFragments() {
        List<SearchHit> hits = index.search("气体检测", 10);
        assertThat(hits.get(0).id()).isEqualTo(4);
        assertThat(hits.get(0).fragment()).doesNotContain("<b>").contains("&lt;b&gt;");
    }

    @Test
    void findsNothingForUnrelatedText() {
        assertThat(index.search("宇宙飞船", 10)).isEmpty();
    }

    @Test
    void countsWhatItHolds() {
        assertThat(index.count()).isEqualTo(4);
    }
}
