package org.anquan.knowledge.document;

import org.anquan.knowledge.document.entity.Document;
import org.anquan.knowledge.document.entity.DocumentKind;
import org.anquan.knowledge.document.entity.DocumentStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTest {

    @Test
    void isInForceFromItsEffectiveDate() {
        Document law = new Document("law", "法", DocumentKind.LAW, DocumentStatus.IN_FORCE)
                .dated(LocalDate.of(2021, 6, 10), LocalDate.of(2021, 9, 1));
        assertThat(law.inForceOn(LocalDate.of(2021, 8, 31))).isFalse();
        assertThat(law.inForceOn(LocalDate.of(2021, 9, 1))).isTrue();
    }

    @Test
    void repealedDocumentIsNeverInForce() {
        Document old = new Document("old", "旧条例", DocumentKind.ADMINISTRATIVE_REGULATION, DocumentStatus.REPEALED)
                .dated(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1));
        assertThat(old.inForceOn(LocalDate.of(2010, 1, 1))).isFalse();
    }

    @Test
    void cannotTakeEffectBeforePublication() {
        Document document = new Document("x", "x", DocumentKind.LAW, DocumentStatus.IN_FORCE);
        assertThatThrownBy(() -> document.dated(LocalDate.of(2021, 6, 10), LocalDate.of(2021, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
