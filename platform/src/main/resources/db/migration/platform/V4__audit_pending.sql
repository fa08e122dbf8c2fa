-- Audit entries are written here in the acting transaction, without any lock, and linked into the hash chain
-- (platform_audit_record) a moment later by the chainer, which holds the chain's head row while it works: a busy
-- portal no longer puts every audited action of every instance in one line behind that row.
CREATE TABLE platform_audit_pending (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor_id       BIGINT,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(80)   NOT NULL,
    target_type    VARCHAR(40),
    target_id      VARCHAR(80),
    outcome        VARCHAR(10)   NOT NULL,
    source_address VARCHAR(64),
    detail         VARCHAR(1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
