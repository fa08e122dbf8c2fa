INSERT INTO sample_note (body) VALUES ('安全第一，预防为主，综合治理 🚒'), ('second');
