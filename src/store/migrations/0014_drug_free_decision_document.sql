-- A province's decision on a drug-free commune is a formal document: its number and date of issue are
-- recorded with the approval (required) and with a refusal (when given).
ALTER TABLE area_drug_free_assessments ADD COLUMN decision_number TEXT;
ALTER TABLE area_drug_free_assessments ADD COLUMN decision_date TEXT;
