-- Subjects with a practical part (实操考试, e.g. the special operations): its score is entered per registration
-- by the centre, and a certificate needs both parts passed.
ALTER TABLE exam_subject ADD COLUMN practical_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE exam_registration ADD COLUMN practical_score INT NULL;
ALTER TABLE exam_registration ADD COLUMN practical_recorded_by BIGINT NULL;
ALTER TABLE exam_registration ADD COLUMN practical_recorded_at DATETIME(6) NULL;
ALTER TABLE exam_registration ADD CONSTRAINT ck_exam_registration_practical
    CHECK (practical_score IS NULL OR practical_score BETWEEN 0 AND 100);
