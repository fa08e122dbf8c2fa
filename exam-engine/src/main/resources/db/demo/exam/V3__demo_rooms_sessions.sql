-- Demo rooms and sessions: the Taiyuan centre KD-TY-01 (run by demo organisation 1, whose centre administrator and
-- proctor are demo accounts) has two rooms; the demo subject (V2) has sessions today, tomorrow and next week.
-- Times are stored in UTC; the sessions are set in China time (UTC+8) on the day the demo database is created.
UPDATE exam_centre SET organisation_id = 1 WHERE code = 'KD-TY-01';
UPDATE exam_centre SET organisation_id = 2 WHERE code = 'KD-DT-01';

INSERT INTO exam_room (id, centre_id, name, seat_rows, seat_columns)
SELECT 1, id, '第一考场', 5, 8 FROM exam_centre WHERE code = 'KD-TY-01';
INSERT INTO exam_room (id, centre_id, name, seat_rows, seat_columns)
SELECT 2, id, '第二考场', 4, 6 FROM exam_centre WHERE code = 'KD-TY-01';

INSERT INTO exam_seat (room_id, label, seat_row, seat_column)
WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 29)
SELECT r.id, CONCAT(CHAR(65 + rw.i), LPAD(c.i + 1, 2, '0')), rw.i, c.i
FROM exam_room r JOIN n rw ON rw.i < r.seat_rows JOIN n c ON c.i < r.seat_columns
WHERE r.id IN (1, 2);
-- the PC at B04 of the first room is out of order
UPDATE exam_seat SET usable = FALSE WHERE room_id = 1 AND label = 'B04';

SET @today_cst = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
INSERT INTO exam_session (id, subject_id, room_id, starts_at, duration_minutes) VALUES
(1, 1, 1, TIMESTAMP(@today_cst, '09:00:00') - INTERVAL 8 HOUR, 120),
(2, 1, 2, TIMESTAMP(@today_cst, '14:00:00') - INTERVAL 8 HOUR, 120),
(3, 1, 1, TIMESTAMP(@today_cst + INTERVAL 1 DAY, '09:00:00') - INTERVAL 8 HOUR, 120),
(4, 1, 2, TIMESTAMP(@today_cst + INTERVAL 7 DAY, '14:00:00') - INTERVAL 8 HOUR, 120);

-- the demo candidate sits this afternoon's session at A01 (the proctor checks them in)
INSERT INTO exam_registration (session_id, account_id, candidate_name, id_number_masked, ticket_number, seat_id,
                               status, registered_at)
SELECT 2, 10, '演示考生', '140105********0012', CONCAT('ZK', DATE_FORMAT(@today_cst, '%y%m%d'), '00000001'), s.id,
       'REGISTERED', UTC_TIMESTAMP(6)
FROM exam_seat s WHERE s.room_id = 2 AND s.label = 'A01';
