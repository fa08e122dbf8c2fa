-- Demo facilities, opening hours and a maintenance closure of two bases, and four campaigns with events.
-- Everything here is invented for the demo portal. Times are stored in UTC (China time minus 8 hours).
UPDATE booking_training_base SET organisation_id = 3, min_age = 18,
    protective_equipment = '安全帽、防护手套、阻燃作训服（基地可借用）', fitness_declaration = TRUE
    WHERE code = 'JD-TY-01';
UPDATE booking_training_base SET organisation_id = 3, min_age = 6,
    protective_equipment = NULL, fitness_declaration = FALSE
    WHERE code = 'TY-TY-01';

INSERT INTO booking_opening_hours (base_id, weekday, opens, closes)
SELECT b.id, d.weekday, '08:30:00', '17:30:00' FROM booking_training_base b
    JOIN (SELECT 1 AS weekday UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6) d
    WHERE b.code = 'JD-TY-01';
INSERT INTO booking_opening_hours (base_id, weekday, opens, closes)
SELECT b.id, d.weekday, '09:00:00', '16:30:00' FROM booking_training_base b
    JOIN (SELECT 2 AS weekday UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7) d
    WHERE b.code = 'TY-TY-01';

INSERT INTO booking_facility (id, base_id, name, features, capacity, slot_minutes, buffer_minutes, min_notice_hours,
                              max_ahead_days, auto_approve, cancel_hours, no_show_minutes, offer_hours, monthly_quota)
SELECT 1, id, '消防灭火训练场', '油盘火、液化气罐火模拟；水带铺设与破拆区', 60, 180, 30, 48, 90, FALSE, 48, 30, 24, NULL
    FROM booking_training_base WHERE code = 'JD-TY-01'
UNION ALL SELECT 2, id, '高层建筑救援塔', '12 层训练塔、绳索救援与缓降装置', 20, 120, 30, 48, 90, FALSE, 48, 30, 24, 4
    FROM booking_training_base WHERE code = 'JD-TY-01'
UNION ALL SELECT 3, id, '危化品泄漏处置装置', '储罐、管线泄漏堵漏与洗消演练', 30, 240, 0, 72, 120, FALSE, 72, 45, 24, NULL
    FROM booking_training_base WHERE code = 'JD-TY-01'
UNION ALL SELECT 4, id, '地震体验屋', '模拟 7 级以下震感，避险姿势练习', 20, 30, 10, 2, 30, TRUE, 2, 15, 2, NULL
    FROM booking_training_base WHERE code = 'TY-TY-01'
UNION ALL SELECT 5, id, '烟雾逃生通道', '无毒烟雾、低姿逃生与疏散标识辨认', 25, 30, 10, 2, 30, TRUE, 2, 15, 2, NULL
    FROM booking_training_base WHERE code = 'TY-TY-01'
UNION ALL SELECT 6, id, 'VR 高处坠落体验区', '虚拟现实高处作业与安全带使用体验', 12, 20, 10, 2, 30, TRUE, 2, 10, 2, NULL
    FROM booking_training_base WHERE code = 'TY-TY-01';

INSERT INTO booking_closure (base_id, facility_id, starts_at, ends_at, reason)
SELECT id, 2, TIMESTAMP(DATE_ADD(UTC_DATE(), INTERVAL 14 DAY), '00:00:00'),
       TIMESTAMP(DATE_ADD(UTC_DATE(), INTERVAL 17 DAY), '00:00:00'), '救援塔绳索系统年度检修'
    FROM booking_training_base WHERE code = 'JD-TY-01';

-- Campaign 3 runs from 20 days before to 50 days after the day the demo database is made (China time), so it is
-- always under way on a new demo database; event 1, three days after that day, lies inside it. Every event session
-- of a campaign lies inside the campaign's dates (China time).
SET @today_cst = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
INSERT INTO booking_campaign (id, code, name, kind, starts_on, ends_on, description) VALUES
(1, 'FIRE-MONTH-2026', '2026 年 119 消防宣传月', 'FIRE_MONTH', '2026-11-01', '2026-11-30',
 '以“全民消防、生命至上”为主题，开展消防站开放、社区疏散演练和家庭火灾隐患自查。'),
(2, 'SAFETY-MONTH-2027', '2027 年安全生产月', 'SAFETY_MONTH', '2027-06-01', '2027-06-30',
 '围绕“人人讲安全、个个会应急”，组织公开课、应急演练开放日和安全咨询日。'),
(3, 'SANJIN-2026', '三晋安全行 · 冬春安全生产宣传', 'OTHER', @today_cst - INTERVAL 20 DAY,
 @today_cst - INTERVAL 20 DAY + INTERVAL 70 DAY,
 '全省开展“三晋安全行”宣传活动，把安全知识送进企业、农村、社区、学校和家庭，普及隐患自查、应急避险和自救互救常识。'),
(4, 'ANKANG-CUP-2027', '2027 年“安康杯”竞赛', 'ANKANG_CUP', '2027-04-01', '2027-10-31',
 '以班组安全建设为重点，组织职工开展隐患排查、安全知识竞赛和岗位应急技能比武，争创安全生产优胜班组。');

INSERT INTO booking_event (id, campaign_id, organisation_id, title, description, audience, questions, max_group,
                           published, created_at) VALUES
(1, 3, 4, '社区消防开放日：家庭火灾逃生演练',
 '消防员讲解家庭常见火灾隐患，现场演示灭火器和灭火毯的使用，并带领居民进行楼道疏散演练。适合全家参加。',
 'PUBLIC', '所在社区*\n是否需要无障碍通道', 5, TRUE, UTC_TIMESTAMP(6)),
(2, 2, 4, '安全生产月公开课：企业主要负责人的法定职责',
 '结合新修订的安全生产法，讲解主要负责人的七项职责、全员安全生产责任制和事故隐患排查治理。',
 'ENTERPRISE', '单位名称*\n职务', 1, TRUE, UTC_TIMESTAMP(6)),
(3, 2, 4, '安全生产月应急演练开放日',
 '走进省应急救援实训演练基地，观摩危化品泄漏处置和高层救援演练，体验烟雾逃生。',
 'PUBLIC', NULL, 4, TRUE, UTC_TIMESTAMP(6));

INSERT INTO booking_event_session (event_id, venue, address, starts_at, ends_at, capacity) VALUES
(1, '小店区坞城街道社区服务中心', '小店区坞城路 88 号',
 TIMESTAMP(DATE_ADD(UTC_DATE(), INTERVAL 3 DAY), '01:00:00'), TIMESTAMP(DATE_ADD(UTC_DATE(), INTERVAL 3 DAY), '03:00:00'), 50),
(1, '小店区坞城街道社区服务中心', '小店区坞城路 88 号',
 TIMESTAMP(DATE_ADD(UTC_DATE(), INTERVAL 3 DAY), '06:00:00'), TIMESTAMP(DATE_ADD(UTC_DATE(), INTERVAL 3 DAY), '08:00:00'), 50),
(2, '省安全生产宣传教育中心报告厅', '迎泽区双塔西街 150 号',
 '2027-06-10 06:00:00', '2027-06-10 08:30:00', 200),
(3, '省应急救援实训演练基地', '晋源区晋祠路三段 9 号',
 '2027-06-16 01:00:00', '2027-06-16 07:00:00', 300);
