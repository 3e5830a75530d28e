-- Sentence alignments of two language versions of a document (dossier-align), computed on first
-- request and kept so that pages and exports do not realign. A row stays valid while both versions
-- are the ones it was computed from (the change numbers that added them) and the aligner is the same
-- (method); a new version of either language, or a new aligner, makes it stale and it is replaced.
-- No foreign key: merging and splitting documents must not trip over a derived row, and a row whose
-- versions moved is never valid again. (V3 is another migration's number.)
CREATE TABLE alignments (
  document_id   BIGINT      NOT NULL,
  source_lang   VARCHAR(2)  NOT NULL,
  target_lang   VARCHAR(2)  NOT NULL,
  source_change BIGINT      NOT NULL,
  target_change BIGINT      NOT NULL,
  method        VARCHAR(64) NOT NULL,
  beads         TEXT        NOT NULL,
  PRIMARY KEY (document_id, source_lang, target_lang)
);
