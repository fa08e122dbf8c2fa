-- Notices (通知公告) that editors write, schedule and retire; the front page lists those in their window.
CREATE TABLE kb_notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(200) NOT NULL,
    body         TEXT         NOT NULL,
    pinned       BOOLEAN      NOT NULL DEFAULT FALSE,
    publishes_at DATETIME(6)  NOT NULL,
    retires_at   DATETIME(6)  NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    revision     INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_kb_notice_window CHECK (retires_at IS NULL OR retires_at > publishes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_kb_notice_window ON kb_notice (publishes_at, retires_at);

-- the front page's "newly in force or amended" reads documents by their (current version's) effective date
CREATE INDEX ix_kb_document_effective ON kb_document (effective_on);
