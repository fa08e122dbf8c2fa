-- Demo science articles, an interpretation and an answered question, all written for Anquan.
INSERT INTO kb_science_article (slug, title, topic, industry, summary, body_html, status, author_id, created_at, updated_at, published_at) VALUES
('home-gas-safety', '家用燃气：闻到异味先做三件事', 'HOME_SAFETY', 'GAS',
 '燃气泄漏时不要开关电器，先关阀门、开窗通风，再到室外报警。',
 '<p>闻到燃气异味时，任何火花都可能引发爆炸。请按顺序做三件事：</p><ol><li>立即关闭燃气表前阀门或灶前阀门；</li><li>打开门窗自然通风，不要开关电灯、排风扇或拔插头；</li><li>离开房间后，在室外拨打燃气公司抢修电话或 119。</li></ol><p>平时每月用肥皂水检查一次软管和接口，软管老化、开裂要及时更换，使用时间一般不超过两年。</p>',
 'PUBLISHED', 3, '2026-11-01 08:00:00', '2026-11-01 08:00:00', '2026-11-01 08:00:00'),
('confined-space-entry', '有限空间作业：先通风、再检测、后作业', 'CONFINED_SPACES', 'HAZARDOUS_CHEMICALS',
 '污水井、储罐、地窖里可能缺氧或有毒气体积聚，进入前必须通风和检测，并有人在外监护。',
 '<p>有限空间出入口狭小、自然通风差，硫化氢、一氧化碳等有毒气体和缺氧环境往往看不见、闻不到。盲目施救是伤亡扩大的主要原因。</p><ul><li>作业前办理审批，明确作业负责人、监护人和作业人员；</li><li>先机械通风，再用检测仪检测氧含量和有毒有害气体浓度，合格后才能进入；</li><li>作业过程中持续检测，监护人不得离开出入口；</li><li>发生意外时，没有防护装备不要贸然进入，立即报警并使用三脚架和安全绳施救。</li></ul>',
 'PUBLISHED', 3, '2026-11-05 08:00:00', '2026-11-05 08:00:00', '2026-11-05 08:00:00'),
('fire-escape-at-home', '住宅火灾逃生的四个要点', 'FIRE_SAFETY', 'FIRE',
 '低姿前进、湿毛巾捂住口鼻、不乘电梯、被困时关门求救。',
 '<p>火灾中致人死亡的多是烟气而不是火焰。逃生时：</p><ol><li>用湿毛巾捂住口鼻，弯腰低姿沿墙走向安全出口；</li><li>不要乘坐电梯，走疏散楼梯；</li><li>门把手发烫时不要开门，用湿布堵住门缝，到窗口或阳台呼救；</li><li>逃出后不要返回取财物。</li></ol><p>家里建议配备灭火器和火灾报警器，并和家人约定好逃生路线。</p>',
 'PUBLISHED', 3, '2026-11-10 08:00:00', '2026-11-10 08:00:00', '2026-11-10 08:00:00');

INSERT INTO kb_interpretation (document_id, article_number, title, body_html, author_id, author_name, status, created_at, updated_at, published_at)
SELECT id, NULL, '“三管三必须”怎么理解',
 '<p>安全生产法要求管行业必须管安全、管业务必须管安全、管生产经营必须管安全。它的意思是：安全不是安全部门一家的事，每个负责业务和生产的部门都要对自己分管领域的安全负责。</p><p>对企业来说，这意味着每个岗位都有自己的安全职责，主要负责人对本单位安全生产全面负责。</p>',
 2, '演示专家', 'PUBLISHED', '2026-11-12 08:00:00', '2026-11-12 08:00:00', '2026-11-12 08:00:00'
FROM kb_document WHERE slug = 'work-safety-law';

INSERT INTO kb_question (document_id, article_number, asker_id, title, body, status, answer_html, answerer_id, answerer_name, helpful, created_at, answered_at, published_at)
SELECT id, NULL, 1, '新员工上岗前必须接受安全培训吗？',
 '我们是一家小型加工厂，新招的工人能不能先干活、以后再培训？',
 'PUBLISHED', '<p>不能。生产经营单位应当对从业人员进行安全生产教育和培训，未经培训合格的从业人员不得上岗作业。培训要保证他们了解本岗位的操作规程和事故应急处理措施，并建立培训档案。</p>',
 2, '演示专家', 3, '2026-11-15 08:00:00', '2026-11-16 08:00:00', '2026-11-16 09:00:00'
FROM kb_document WHERE slug = 'work-safety-law';

-- into the search index with everything else (an index created later queues them again, which does no harm)
INSERT INTO kb_index_outbox (entity, entity_id, queued_at)
SELECT 'SCIENCE', id, CURRENT_TIMESTAMP(6) FROM kb_science_article WHERE status = 'PUBLISHED'
UNION ALL SELECT 'INTERPRETATION', id, CURRENT_TIMESTAMP(6) FROM kb_interpretation WHERE status = 'PUBLISHED'
UNION ALL SELECT 'QUESTION', id, CURRENT_TIMESTAMP(6) FROM kb_question WHERE status = 'PUBLISHED';
