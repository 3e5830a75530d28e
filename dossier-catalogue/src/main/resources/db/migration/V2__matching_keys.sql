-- Keys the provisional matcher looks candidates up by, besides documents.title_date: a version's
-- masthead date and its job number without the language letter (GE.20-06123(F) → GE.20-06123).
-- Versions catalogued before this migration have no job key; they are still found by their dates.
ALTER TABLE language_versions ADD COLUMN job_key VARCHAR(64);
CREATE INDEX language_versions_job_key ON language_versions (job_key);
CREATE INDEX language_versions_issue_date ON language_versions (issue_date);
