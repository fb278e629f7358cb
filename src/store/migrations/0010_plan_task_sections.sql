-- Plans: the titles of the sections above a task, as the plan writes them
-- ("II. NHIỆM VỤ, GIẢI PHÁP", "1. Công tác tuyên truyền"), outermost first, one per line. NULL for
-- tasks saved before titles were kept: they are grouped by the first part of their ref, as before.
ALTER TABLE plan_tasks ADD COLUMN section_path TEXT;
