-- Fictitious bases for the demo portal.
INSERT INTO booking_training_base (code, name, kind, region, address, daily_capacity, description, published) VALUES
('JD-TY-01', '省应急救援实训演练基地', 'DRILL', '太原市', '晋源区晋祠路三段 9 号', 200,
 '设有消防灭火训练场、高层建筑救援塔和危险化学品泄漏处置装置，供专业救援队伍和企业应急队开展实战化演练。', TRUE),
('JD-YQ-01', '矿山救护模拟巷道训练基地', 'DRILL', '阳泉市', '矿区桃北西街 18 号', 60,
 '仿真井下巷道与烟雾、高温环境，用于矿山救护队的搜救、自救互救和通风设施操作训练。', TRUE),
('TY-TY-01', '城市安全体验馆', 'EXPERIENCE', '太原市', '迎泽区迎泽大街 300 号', 600,
 '地震小屋、烟雾逃生通道、VR 高处坠落和触电体验，面向学校、社区和企业班组的安全科普体验。', TRUE),
('TY-DT-01', '大同市青少年安全体验中心', 'EXPERIENCE', '大同市', '平城区魏都大道 55 号', 400,
 '以交通、消防、防溺水和防灾避险为主题，为中小学生设计的分龄体验课程。', TRUE),
('TY-JZ-01', '晋中市社区防灾体验站（筹建中）', 'EXPERIENCE', '晋中市', '榆次区顺城街 1 号', 80, NULL, FALSE);
