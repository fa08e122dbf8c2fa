-- The demo training institution's administrator, who registers the institution's trainees for exams in batches.
-- Password Anquan-demo-2026 like every demo account.
INSERT INTO platform_account (id, email, mobile, password_hash, display_name, status, created_at) VALUES
(11, 'institution@demo.anquan', NULL, 'PBKDF2-SHA256:210000:D+zTeGfCZByHh0Gdj+Gzdg:71qjbbTlJqXvYXtQnUV6CdrSIf3uYqLaViJlP6KFzTI', '演示培训机构管理员', 'ACTIVE', '2026-11-29 00:00:00');

INSERT INTO platform_role_grant (account_id, role, organisation_id) VALUES
(11, 'CITIZEN', NULL),
(11, 'INSTITUTION_ADMIN', 6);
