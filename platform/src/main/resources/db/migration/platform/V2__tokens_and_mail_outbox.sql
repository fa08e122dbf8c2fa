CREATE TABLE platform_account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT fk_platform_account_token_account FOREIGN KEY (account_id) REFERENCES platform_account (id) ON DELETE CASCADE,
    CONSTRAINT uk_platform_account_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_platform_account_token_purpose CHECK (purpose IN ('VERIFY', 'RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail leaves through this table: queued in the transaction of the action that causes it, sent by a scheduled
-- sender that claims rows with FOR UPDATE SKIP LOCKED, so two Payara instances never send one mail twice.
CREATE TABLE platform_mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    sent_at         DATETIME(6),
    last_error      VARCHAR(500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_platform_mail_outbox_due ON platform_mail_outbox (sent_at, next_attempt_at);
