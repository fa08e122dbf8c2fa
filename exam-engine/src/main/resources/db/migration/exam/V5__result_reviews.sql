-- A candidate's request to have a published result reviewed (复核), answered by the centre.
CREATE TABLE exam_result_review (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attempt_id   BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    requested_at DATETIME(6)   NOT NULL,
    score_before INT           NOT NULL,
    score_after  INT           NULL,
    answer       VARCHAR(1000) NULL,
    answered_at  DATETIME(6)   NULL,
    answered_by  BIGINT        NULL,
    revision     INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_exam_review_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT uk_exam_review_attempt UNIQUE (attempt_id),
    CONSTRAINT ck_exam_review_status CHECK (status IN ('REQUESTED', 'ANSWERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_exam_review_status ON exam_result_review (status, requested_at);
