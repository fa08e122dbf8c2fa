-- Demo notices (通知公告), written for this portal: two shown now (one pinned), one scheduled, one retired.
INSERT INTO kb_notice (title, body, pinned, publishes_at, retires_at, created_by, created_at, updated_at) VALUES
('关于开展冬春季“三晋安全行”安全生产宣传活动的通知',
 '为做好冬春季安全生产宣传教育工作，省安全生产宣传教育中心组织开展“三晋安全行”宣传活动，把安全知识送进企业、农村、社区、学校和家庭。\n\n各单位可在“宣传活动”栏目报名参加消防开放日、应急演练开放日和安全咨询日等活动，也可通过“五进”申请邀请宣讲人员上门。\n\n活动期间，各实训演练基地和安全体验基地向学校、社区和企业班组开放预约。',
 TRUE, UTC_TIMESTAMP(6) - INTERVAL 10 DAY, NULL, 3, UTC_TIMESTAMP(6) - INTERVAL 10 DAY, UTC_TIMESTAMP(6) - INTERVAL 10 DAY),
('特种作业操作证考试座位开放预约的公告',
 '太原考点、大同考点下月的特种作业和安全生产知识和管理能力考试场次已开放报名。\n\n考生报名前须完成实名认证并上传近期免冠照片；考试当天请携带身份证提前 30 分钟到达考点，开考后 15 分钟不得入场。',
 FALSE, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, NULL, 3, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6) - INTERVAL 3 DAY),
('2027 年安全生产月活动预告',
 '2027 年安全生产月将于 6 月 1 日开始，届时将开展公开课、应急演练开放日和网络知识竞赛，敬请关注。',
 FALSE, UTC_TIMESTAMP(6) + INTERVAL 30 DAY, NULL, 3, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
('119 消防宣传月社区开放日安排（已结束）',
 '2026 年 119 消防宣传月各社区开放日已圆满结束，感谢居民朋友的参与。',
 FALSE, UTC_TIMESTAMP(6) - INTERVAL 40 DAY, UTC_TIMESTAMP(6) - INTERVAL 5 DAY, 3, UTC_TIMESTAMP(6) - INTERVAL 40 DAY,
 UTC_TIMESTAMP(6) - INTERVAL 5 DAY);
