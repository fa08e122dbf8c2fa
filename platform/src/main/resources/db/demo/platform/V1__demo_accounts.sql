-- Demo organisations and one demo account per role. Every demo account signs in with the password
-- Anquan-demo-2026 (documented in the README). Never loaded in production (anquan.demo-data=false).
INSERT INTO platform_organisation (id, code, name, kind, region) VALUES
(1, 'ORG-KD-TY-01', '省安全生产考试中心（太原考点）', 'EXAM_CENTRE', '太原市'),
(2, 'ORG-KD-DT-01', '大同市特种作业考试点', 'EXAM_CENTRE', '大同市'),
(3, 'ORG-JD-TY-01', '省应急救援实训演练基地', 'TRAINING_BASE', '太原市'),
(4, 'ORG-HD-01', '省安全生产宣传教育中心', 'CAMPAIGN_ORGANISER', '太原市'),
(5, 'ORG-QY-01', '晋阳化工有限公司', 'ENTERPRISE', '太原市'),
(6, 'ORG-PX-01', '汾河安全培训学校', 'TRAINING_INSTITUTION', '太原市');

INSERT INTO platform_account (id, email, mobile, password_hash, display_name, status, created_at) VALUES
(1, 'citizen@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示公众用户', 'ACTIVE', '2026-11-29 00:00:00'),
(2, 'expert@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示专家', 'ACTIVE', '2026-11-29 00:00:00'),
(3, 'editor@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示编辑', 'ACTIVE', '2026-11-29 00:00:00'),
(4, 'exam-admin@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示考试管理员', 'ACTIVE', '2026-11-29 00:00:00'),
(5, 'centre-admin@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示考点管理员', 'ACTIVE', '2026-11-29 00:00:00'),
(6, 'proctor@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示监考员', 'ACTIVE', '2026-11-29 00:00:00'),
(7, 'base-admin@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示基地管理员', 'ACTIVE', '2026-11-29 00:00:00'),
(8, 'organiser@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示活动组织者', 'ACTIVE', '2026-11-29 00:00:00'),
(9, 'admin@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示系统管理员', 'ACTIVE', '2026-11-29 00:00:00'),
(10, 'candidate@demo.anquan', '13800138000', 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示考生', 'ACTIVE', '2026-11-29 00:00:00');

INSERT INTO platform_role_grant (account_id, role, organisation_id) VALUES
(1, 'CITIZEN', NULL), (2, 'CITIZEN', NULL), (3, 'CITIZEN', NULL), (4, 'CITIZEN', NULL), (5, 'CITIZEN', NULL),
(6, 'CITIZEN', NULL), (7, 'CITIZEN', NULL), (8, 'CITIZEN', NULL), (9, 'CITIZEN', NULL), (10, 'CITIZEN', NULL),
(2, 'EXPERT', NULL),
(3, 'EDITOR', NULL),
(4, 'EXAM_ADMIN', NULL),
(5, 'CENTRE_ADMIN', 1),
(6, 'PROCTOR', 1),
(7, 'BASE_ADMIN', 3),
(8, 'EVENT_ORGANISER', 4),
(9, 'SYSTEM_ADMIN', NULL);
