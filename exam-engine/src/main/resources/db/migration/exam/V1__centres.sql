CREATE TABLE exam_centre (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    city       VARCHAR(60)  NOT NULL,
    address    VARCHAR(300) NOT NULL,
    phone      VARCHAR(40),
    seat_count INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    revision   INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_exam_centre_code UNIQUE (code),
    CONSTRAINT ck_exam_centre_seats CHECK (seat_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
