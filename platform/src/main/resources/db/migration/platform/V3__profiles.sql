-- Real-name profiles of exam candidates. The ID number is stored encrypted (AES-GCM), as a keyed digest for
-- uniqueness, and masked for display; never in plain text.
CREATE TABLE platform_profile (
    account_id       BIGINT       NOT NULL PRIMARY KEY,
    real_name        VARCHAR(50)  NOT NULL,
    id_number_cipher VARCHAR(200) NOT NULL,
    id_number_digest VARCHAR(64)  NOT NULL,
    id_number_masked VARCHAR(18)  NOT NULL,
    birth_date       DATE         NOT NULL,
    photo            MEDIUMBLOB,
    updated_at       DATETIME(6)  NOT NULL,
    revision         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_platform_profile_account FOREIGN KEY (account_id) REFERENCES platform_account (id) ON DELETE CASCADE,
    CONSTRAINT uk_platform_profile_id_number UNIQUE (id_number_digest)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
