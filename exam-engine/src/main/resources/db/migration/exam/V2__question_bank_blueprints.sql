-- The question bank: subjects with their exam rules, knowledge points, items whose every edit is a new
-- version (papers keep the version they used), and each subject's blueprint (组卷规则).
CREATE TABLE exam_subject (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    category         VARCHAR(40)  NOT NULL,
    duration_minutes INT          NOT NULL DEFAULT 120,
    pass_mark        INT          NOT NULL DEFAULT 80,
    total_points     INT          NOT NULL DEFAULT 100,
    revision         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_exam_subject_code UNIQUE (code),
    CONSTRAINT ck_exam_subject_category CHECK (category IN ('SPECIAL_OPERATION', 'MANAGEMENT')),
    CONSTRAINT ck_exam_subject_rules CHECK (duration_minutes > 0 AND pass_mark > 0 AND pass_mark <= total_points)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_knowledge_point (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_id BIGINT       NOT NULL,
    code       VARCHAR(60)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    CONSTRAINT fk_exam_kp_subject FOREIGN KEY (subject_id) REFERENCES exam_subject (id),
    CONSTRAINT uk_exam_kp_code UNIQUE (subject_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_item (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_id         BIGINT      NOT NULL,
    status             VARCHAR(20) NOT NULL,
    current_version    INT         NOT NULL DEFAULT 0,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    revision           INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_exam_item_subject FOREIGN KEY (subject_id) REFERENCES exam_subject (id),
    CONSTRAINT ck_exam_item_status CHECK (status IN ('DRAFT', 'REVIEWED', 'ACTIVE', 'RETIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_exam_item_subject ON exam_item (subject_id, status);

-- options one per line; correct = indexes of the correct options, comma-separated ("0" or "0,2,3")
CREATE TABLE exam_item_version (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id            BIGINT       NOT NULL,
    number             INT          NOT NULL,
    type               VARCHAR(20)  NOT NULL,
    knowledge_point_id BIGINT       NOT NULL,
    difficulty         INT          NOT NULL,
    stem               TEXT         NOT NULL,
    options            TEXT         NOT NULL,
    correct            VARCHAR(40)  NOT NULL,
    explanation        TEXT         NULL,
    legal_basis        VARCHAR(300) NULL,
    image              MEDIUMBLOB   NULL,
    image_type         VARCHAR(40)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_exam_version_item FOREIGN KEY (item_id) REFERENCES exam_item (id),
    CONSTRAINT fk_exam_version_kp FOREIGN KEY (knowledge_point_id) REFERENCES exam_knowledge_point (id),
    CONSTRAINT uk_exam_version_number UNIQUE (item_id, number),
    CONSTRAINT ck_exam_version_type CHECK (type IN ('JUDGEMENT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE')),
    CONSTRAINT ck_exam_version_difficulty CHECK (difficulty BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_blueprint_section (
    subject_id     BIGINT      NOT NULL,
    position       INT         NOT NULL,
    type           VARCHAR(20) NOT NULL,
    question_count INT         NOT NULL,
    points         INT         NOT NULL,
    PRIMARY KEY (subject_id, position),
    CONSTRAINT fk_exam_section_subject FOREIGN KEY (subject_id) REFERENCES exam_subject (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_blueprint_quota (
    subject_id      BIGINT      NOT NULL,
    position        INT         NOT NULL,
    type            VARCHAR(20) NOT NULL,
    knowledge_point VARCHAR(60) NULL,
    difficulty      INT         NULL,
    question_count  INT         NOT NULL,
    PRIMARY KEY (subject_id, position),
    CONSTRAINT fk_exam_quota_subject FOREIGN KEY (subject_id) REFERENCES exam_subject (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
