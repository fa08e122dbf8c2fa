-- The public practice pool (练习题库): items that anyone may practise with, answers and explanations shown at once.
-- Their answers are public, so exam papers never use them (BankPool leaves them out).
ALTER TABLE exam_item ADD COLUMN practice BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_exam_item_practice ON exam_item (subject_id, practice, status);
