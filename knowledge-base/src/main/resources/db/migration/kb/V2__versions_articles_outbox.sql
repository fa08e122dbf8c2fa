-- Versions and their structure (编/章/节 headings and 条 with 款 and 项), relations between documents,
-- the transactional outbox that carries every change to the search index, and import jobs.
ALTER TABLE kb_document
    ADD COLUMN source_key  VARCHAR(300) NULL,
    ADD COLUMN names       VARCHAR(1000) NULL,
    ADD COLUMN region      VARCHAR(60)  NULL,
    ADD COLUMN locality    VARCHAR(60)  NULL,
    ADD COLUMN industries  VARCHAR(300) NULL,
    ADD COLUMN current_version_id BIGINT NULL,
    ADD CONSTRAINT uk_kb_document_source UNIQUE (source_key);

CREATE TABLE kb_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id   BIGINT       NOT NULL,
    label         VARCHAR(10)  NOT NULL,
    version_date  DATE         NULL,
    effective_on  DATE         NULL,
    title         VARCHAR(300) NOT NULL,
    history       TEXT         NULL,
    source_path   VARCHAR(500) NULL,
    content_hash  CHAR(64)     NOT NULL,
    article_count INT          NOT NULL,
    imported_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_kb_version_document FOREIGN KEY (document_id) REFERENCES kb_document (id) ON DELETE CASCADE,
    CONSTRAINT uk_kb_version_label UNIQUE (document_id, label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_node (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    depth      INT          NOT NULL,
    anchor     VARCHAR(60)  NOT NULL,
    number     INT          NULL,
    label      VARCHAR(60)  NULL,
    heading    VARCHAR(500) NULL,
    body       MEDIUMTEXT   NULL,
    CONSTRAINT fk_kb_node_version FOREIGN KEY (version_id) REFERENCES kb_version (id) ON DELETE CASCADE,
    CONSTRAINT uk_kb_node_position UNIQUE (version_id, position),
    CONSTRAINT uk_kb_node_anchor UNIQUE (version_id, anchor),
    CONSTRAINT ck_kb_node_kind CHECK (kind IN ('PART', 'CHAPTER', 'SECTION', 'ARTICLE', 'TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_kb_node_article ON kb_node (version_id, number);

CREATE TABLE kb_relation (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    from_document_id BIGINT      NOT NULL,
    to_document_id   BIGINT      NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    CONSTRAINT fk_kb_relation_from FOREIGN KEY (from_document_id) REFERENCES kb_document (id) ON DELETE CASCADE,
    CONSTRAINT fk_kb_relation_to FOREIGN KEY (to_document_id) REFERENCES kb_document (id) ON DELETE CASCADE,
    CONSTRAINT uk_kb_relation UNIQUE (from_document_id, to_document_id, kind),
    CONSTRAINT ck_kb_relation_kind CHECK (kind IN ('AMENDS', 'REPLACES', 'IMPLEMENTS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per changed entity; the indexer claims rows with FOR UPDATE SKIP LOCKED and deletes them once the
-- index has them, so two instances never index one change twice and nothing is lost while Elasticsearch is away.
CREATE TABLE kb_index_outbox (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity    VARCHAR(20) NOT NULL,
    entity_id BIGINT      NOT NULL,
    queued_at DATETIME(6) NOT NULL,
    CONSTRAINT ck_kb_index_outbox_entity CHECK (entity IN ('DOCUMENT', 'INTERPRETATION', 'QUESTION', 'SCIENCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kb_import_job (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_by  VARCHAR(200) NOT NULL,
    source      VARCHAR(500) NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    total       INT          NOT NULL,
    done        INT          NOT NULL,
    created     INT          NOT NULL,
    updated     INT          NOT NULL,
    unchanged   INT          NOT NULL,
    failed      INT          NOT NULL,
    report      MEDIUMTEXT   NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NULL,
    CONSTRAINT ck_kb_import_job_state CHECK (state IN ('RUNNING', 'FINISHED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reindexing: the alias the portal reads and the progress of a full rebuild (one row).
CREATE TABLE kb_index_state (
    id          INT          NOT NULL PRIMARY KEY,
    active      VARCHAR(120) NULL,
    building    VARCHAR(120) NULL,
    total       INT          NOT NULL DEFAULT 0,
    done        INT          NOT NULL DEFAULT 0,
    started_at  DATETIME(6)  NULL,
    finished_at DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO kb_index_state (id) VALUES (1);
