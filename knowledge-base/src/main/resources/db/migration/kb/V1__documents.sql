CREATE TABLE kb_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    short_title  VARCHAR(120),
    doc_number   VARCHAR(120),
    kind         VARCHAR(40)  NOT NULL,
    kind_rank    INT          NOT NULL,
    status       VARCHAR(40)  NOT NULL,
    issuing_body VARCHAR(200),
    published_on DATE,
    effective_on DATE,
    summary      TEXT,
    revision     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_kb_document_slug UNIQUE (slug),
    CONSTRAINT ck_kb_document_kind CHECK (kind IN ('LAW', 'ADMINISTRATIVE_REGULATION', 'DEPARTMENTAL_RULE',
        'LOCAL_REGULATION', 'JUDICIAL_INTERPRETATION', 'NATIONAL_STANDARD', 'INDUSTRY_STANDARD', 'LOCAL_STANDARD',
        'NORMATIVE_DOCUMENT')),
    CONSTRAINT ck_kb_document_status CHECK (status IN ('IN_FORCE', 'AMENDED', 'REPEALED', 'NOT_YET_IN_FORCE')),
    CONSTRAINT ck_kb_document_dates CHECK (effective_on IS NULL OR published_on IS NULL OR effective_on >= published_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_kb_document_rank ON kb_document (kind_rank, published_on);
