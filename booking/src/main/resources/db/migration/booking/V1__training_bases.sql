CREATE TABLE booking_training_base (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    region         VARCHAR(60)  NOT NULL,
    address        VARCHAR(300) NOT NULL,
    daily_capacity INT          NOT NULL,
    description    TEXT,
    published      BOOLEAN      NOT NULL DEFAULT TRUE,
    revision       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_booking_training_base_code UNIQUE (code),
    CONSTRAINT ck_booking_training_base_kind CHECK (kind IN ('DRILL', 'EXPERIENCE')),
    CONSTRAINT ck_booking_training_base_capacity CHECK (daily_capacity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
