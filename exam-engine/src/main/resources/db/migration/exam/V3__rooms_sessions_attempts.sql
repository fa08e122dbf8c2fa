-- Exam sites with rooms and seats, sessions (场次) and registrations, attempts with their papers and answers,
-- proctoring records, and certificates.
ALTER TABLE exam_centre ADD COLUMN organisation_id BIGINT NULL;
CREATE INDEX ix_exam_centre_organisation ON exam_centre (organisation_id);

CREATE TABLE exam_room (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_id    BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    seat_rows    INT          NOT NULL,
    seat_columns INT          NOT NULL,
    revision     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_exam_room_centre FOREIGN KEY (centre_id) REFERENCES exam_centre (id),
    CONSTRAINT uk_exam_room_name UNIQUE (centre_id, name),
    CONSTRAINT ck_exam_room_layout CHECK (seat_rows BETWEEN 1 AND 30 AND seat_columns BETWEEN 1 AND 30)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_seat (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    room_id     BIGINT      NOT NULL,
    label       VARCHAR(10) NOT NULL,
    seat_row    INT         NOT NULL,
    seat_column INT         NOT NULL,
    usable      BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_exam_seat_room FOREIGN KEY (room_id) REFERENCES exam_room (id),
    CONSTRAINT uk_exam_seat_label UNIQUE (room_id, label),
    CONSTRAINT uk_exam_seat_place UNIQUE (room_id, seat_row, seat_column)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_session (
    id                    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_id            BIGINT      NOT NULL,
    room_id               BIGINT      NOT NULL,
    starts_at             DATETIME(6) NOT NULL,
    duration_minutes      INT         NOT NULL,
    paused_at             DATETIME(6) NULL,
    results_published_on  DATE        NULL,
    revision              INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_exam_session_subject FOREIGN KEY (subject_id) REFERENCES exam_subject (id),
    CONSTRAINT fk_exam_session_room FOREIGN KEY (room_id) REFERENCES exam_room (id),
    CONSTRAINT ck_exam_session_duration CHECK (duration_minutes BETWEEN 10 AND 600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_exam_session_start ON exam_session (starts_at);

-- one registration per candidate and session, one candidate per seat and session
CREATE TABLE exam_registration (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    organisation_id BIGINT      NULL,
    candidate_name  VARCHAR(50) NOT NULL,
    id_number_masked VARCHAR(30) NULL,
    ticket_number   VARCHAR(20) NOT NULL,
    seat_id         BIGINT      NULL,
    status          VARCHAR(20) NOT NULL,
    registered_at   DATETIME(6) NOT NULL,
    checked_in_at   DATETIME(6) NULL,
    checked_in_by   BIGINT      NULL,
    revision        INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_exam_registration_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
    CONSTRAINT fk_exam_registration_seat FOREIGN KEY (seat_id) REFERENCES exam_seat (id),
    CONSTRAINT uk_exam_registration_candidate UNIQUE (session_id, account_id),
    CONSTRAINT uk_exam_registration_seat UNIQUE (session_id, seat_id),
    CONSTRAINT uk_exam_registration_ticket UNIQUE (ticket_number),
    CONSTRAINT ck_exam_registration_status CHECK (status IN ('REGISTERED', 'CHECKED_IN', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_exam_registration_account ON exam_registration (account_id);

CREATE TABLE exam_attempt (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration_id  BIGINT      NOT NULL,
    session_id       BIGINT      NOT NULL,
    account_id       BIGINT      NOT NULL,
    subject_id       BIGINT      NOT NULL,
    seed             BIGINT      NOT NULL,
    status           VARCHAR(20) NOT NULL,
    started_at       DATETIME(6) NOT NULL,
    deadline_at      DATETIME(6) NOT NULL,
    submitted_at     DATETIME(6) NULL,
    submitted_by     VARCHAR(20) NULL,
    score            INT         NULL,
    passed           BOOLEAN     NULL,
    lease_token      VARCHAR(64) NULL,
    lease_seen_at    DATETIME(6) NULL,
    revision         INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_exam_attempt_registration FOREIGN KEY (registration_id) REFERENCES exam_registration (id),
    CONSTRAINT uk_exam_attempt_registration UNIQUE (registration_id),
    CONSTRAINT ck_exam_attempt_status CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'EXPELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_exam_attempt_deadline ON exam_attempt (status, deadline_at);
CREATE INDEX ix_exam_attempt_session ON exam_attempt (session_id);
CREATE INDEX ix_exam_attempt_account ON exam_attempt (account_id, subject_id);

-- the paper: the version of each item, the order in which its options are shown, and the candidate's answer
-- (indexes of the item's own options, comma-separated)
CREATE TABLE exam_attempt_question (
    attempt_id      BIGINT      NOT NULL,
    position        INT         NOT NULL,
    item_id         BIGINT      NOT NULL,
    item_version_id BIGINT      NOT NULL,
    type            VARCHAR(20) NOT NULL,
    points          INT         NOT NULL,
    option_order    VARCHAR(40) NOT NULL,
    answer          VARCHAR(40) NULL,
    flagged         BOOLEAN     NOT NULL DEFAULT FALSE,
    answered_at     DATETIME(6) NULL,
    earned          INT         NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_exam_question_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT fk_exam_question_version FOREIGN KEY (item_version_id) REFERENCES exam_item_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_exam_question_item ON exam_attempt_question (item_id);

CREATE TABLE exam_irregularity (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attempt_id  BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    note        VARCHAR(500) NOT NULL,
    recorded_by BIGINT       NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_exam_irregularity_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT ck_exam_irregularity_kind CHECK (kind IN ('WARNING', 'EXPULSION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_announcement (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT       NOT NULL,
    message    VARCHAR(500) NOT NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_exam_announcement_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_certificate (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number           VARCHAR(30)  NOT NULL,
    account_id       BIGINT       NOT NULL,
    subject_id       BIGINT       NOT NULL,
    attempt_id       BIGINT       NOT NULL,
    holder_name      VARCHAR(50)  NOT NULL,
    id_number_masked VARCHAR(30)  NULL,
    issued_on        DATE         NOT NULL,
    valid_until      DATE         NOT NULL,
    next_review_on   DATE         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    revoked_reason   VARCHAR(300) NULL,
    revision         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_exam_certificate_number UNIQUE (number),
    CONSTRAINT uk_exam_certificate_attempt UNIQUE (attempt_id),
    CONSTRAINT fk_exam_certificate_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT ck_exam_certificate_status CHECK (status IN ('VALID', 'REVOKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_exam_certificate_account ON exam_certificate (account_id);
