CREATE TABLE platform_organisation (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    region   VARCHAR(60),
    revision INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_platform_organisation_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254),
    mobile          VARCHAR(20),
    password_hash   VARCHAR(200) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    throttled_until DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    last_login_at   DATETIME(6),
    revision        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_platform_account_email UNIQUE (email),
    CONSTRAINT uk_platform_account_mobile UNIQUE (mobile),
    CONSTRAINT ck_platform_account_login CHECK (email IS NOT NULL OR mobile IS NOT NULL),
    CONSTRAINT ck_platform_account_status CHECK (status IN ('PENDING', 'ACTIVE', 'LOCKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_role_grant (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    role            VARCHAR(30) NOT NULL,
    organisation_id BIGINT,
    CONSTRAINT fk_platform_role_grant_account FOREIGN KEY (account_id) REFERENCES platform_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_platform_role_grant_organisation FOREIGN KEY (organisation_id) REFERENCES platform_organisation (id),
    CONSTRAINT uk_platform_role_grant UNIQUE (account_id, role, organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_audit_record (
    seq            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor_id       BIGINT,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(80)   NOT NULL,
    target_type    VARCHAR(40),
    target_id      VARCHAR(80),
    outcome        VARCHAR(10)   NOT NULL,
    source_address VARCHAR(64),
    detail         VARCHAR(1000),
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_platform_audit_record_time ON platform_audit_record (occurred_at);
CREATE INDEX ix_platform_audit_record_actor ON platform_audit_record (actor_id, occurred_at);

CREATE TABLE platform_audit_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash VARCHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO platform_audit_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));
