-- A session starts and ends for everyone in the room together: the time given back after a pause and extra time
-- granted to the whole room move the common end, which is also the deadline of a candidate who entered late.
ALTER TABLE exam_session ADD COLUMN extended_seconds INT NOT NULL DEFAULT 0;
