-- An item whose answer has been public in the practice pool never goes on an exam paper again, even after it has
-- been taken out of the pool: exposed_at records when it first became public (BankPool leaves such items out).
ALTER TABLE exam_item ADD COLUMN exposed_at DATETIME(6) NULL;
UPDATE exam_item SET exposed_at = updated_at WHERE practice = TRUE;
