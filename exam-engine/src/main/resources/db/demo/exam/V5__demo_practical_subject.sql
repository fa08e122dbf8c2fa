-- 低压电工作业 is a special operation with a practical part.
UPDATE exam_subject SET practical_required = TRUE WHERE code = 'ELEC-LV';
