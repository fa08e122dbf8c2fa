-- Interpretations (解读) by experts, reviewed by editors; questions from citizens answered by experts and published
-- by editors; science articles (科普) with their images. Rich text is stored sanitised.
CREATE TABLE kb_interpretation (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT       NOT NULL,
    article_number INT          NULL,
    title          VARCHAR(200) NOT NULL,
    body_html      MEDIUMTEXT   NOT NULL,
    author_id      BIGINT       NOT NULL,
    author_name    VARCHAR(100) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    review_note    VARCHAR(500) NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    published_at   DATETIME(6)  NULL,
    revision       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_kb_interpretation_document FOREIGN KEY (document_id) REFERENCES kb_document (id) ON DELETE CASCADE,
    CONSTRAINT ck_kb_interpretation_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_kb_interpretation_document ON kb_interpretation (document_id, status);
CREATE INDEX ix_kb_interpretation_status ON kb_interpretation (status, updated_at);

CREATE TABLE kb_question (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id    BIGINT       NULL,
    article_number INT          NULL,
    asker_id       BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    body           TEXT         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    answer_html    MEDIUMTEXT   NULL,
    answerer_id    BIGINT       NULL,
    answerer_name  VARCHAR(100) NULL,
    helpful        INT          NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    answered_at    DATETIME(6)  NULL,
    published_at   DATETIME(6)  NULL,
    revision       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_kb_question_document FOREIGN KEY (document_id) REFERENCES kb_document (id) ON DELETE SET NULL,
    CONSTRAINT ck_kb_question_status CHECK (status IN ('OPEN', 'ANSWERED', 'PUBLISHED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_kb_question_document ON kb_question (document_id, status);
CREATE INDEX ix_kb_question_status ON kb_question (status, created_at);
CREATE INDEX ix_kb_question_asker ON kb_question (asker_id, created_at);

-- one mark per reader and answer, enforced by the key
CREATE TABLE kb_question_helpful (
    question_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    marked_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, account_id),
    CONSTRAINT fk_kb_helpful_question FOREIGN KEY (question_id) REFERENCES kb_question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_science_article (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    topic        VARCHAR(40)  NOT NULL,
    industry     VARCHAR(40)  NULL,
    summary      VARCHAR(500) NOT NULL,
    body_html    MEDIUMTEXT   NOT NULL,
    image        MEDIUMBLOB   NULL,
    image_type   VARCHAR(40)  NULL,
    image_alt    VARCHAR(200) NULL,
    status       VARCHAR(20)  NOT NULL,
    author_id    BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    published_at DATETIME(6)  NULL,
    revision     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_kb_science_slug UNIQUE (slug),
    CONSTRAINT ck_kb_science_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_kb_science_topic ON kb_science_article (status, topic, published_at);
