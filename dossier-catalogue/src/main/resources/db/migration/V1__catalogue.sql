-- The Dossier catalogue. Portable SQL: the same file runs on SQLite and on PostgreSQL 15.
-- Rules kept for portability: ids are BIGINT allocated by the application from id_sequence (no
-- AUTOINCREMENT, SERIAL or IDENTITY); dates are ISO-8601 text (YYYY-MM-DD), which sorts and compares
-- the same everywhere; flags and kinds are short upper-case text; no BLOB/BYTEA (originals live in the
-- file store) and no JSON column type (the record is kept as text).

-- Marks a database as a Dossier catalogue and records which Dossier versions created and last wrote it.
CREATE TABLE catalogue_info (
  name  VARCHAR(64)  NOT NULL PRIMARY KEY,
  value VARCHAR(200) NOT NULL
);
INSERT INTO catalogue_info (name, value) VALUES ('format', 'dossier-catalogue');

-- Counters for application-allocated ids. Incrementing a row locks it until commit, so on a server
-- database concurrent writers allocate change numbers in commit order.
CREATE TABLE id_sequence (
  name       VARCHAR(32) NOT NULL PRIMARY KEY,
  last_value BIGINT      NOT NULL
);
INSERT INTO id_sequence (name, last_value) VALUES ('body', 0);
INSERT INTO id_sequence (name, last_value) VALUES ('session', 0);
INSERT INTO id_sequence (name, last_value) VALUES ('agenda_item', 0);
INSERT INTO id_sequence (name, last_value) VALUES ('document', 0);
INSERT INTO id_sequence (name, last_value) VALUES ('change', 0);

CREATE TABLE bodies (
  id    BIGINT       NOT NULL PRIMARY KEY,
  name  VARCHAR(300) NOT NULL UNIQUE,
  organ VARCHAR(300)
);

CREATE TABLE sessions (
  id         BIGINT      NOT NULL PRIMARY KEY,
  body_id    BIGINT      NOT NULL REFERENCES bodies (id),
  number     INTEGER     NOT NULL,
  start_date VARCHAR(10),
  end_date   VARCHAR(10),
  CONSTRAINT session_number_positive CHECK (number > 0),
  CONSTRAINT session_unique UNIQUE (body_id, number)
);

CREATE TABLE agenda_items (
  id         BIGINT  NOT NULL PRIMARY KEY,
  session_id BIGINT  NOT NULL REFERENCES sessions (id),
  number     INTEGER NOT NULL,
  CONSTRAINT agenda_item_number_positive CHECK (number > 0),
  CONSTRAINT agenda_item_unique UNIQUE (session_id, number)
);

CREATE TABLE agenda_item_titles (
  agenda_item_id BIGINT     NOT NULL REFERENCES agenda_items (id),
  language       VARCHAR(2) NOT NULL,
  title          TEXT       NOT NULL,
  PRIMARY KEY (agenda_item_id, language)
);

-- A document: the work shared by its language versions. symbol is the primary symbol as printed;
-- a document without one is provisional and known by provisional_key until a registrar assigns one.
-- family_base is the normalised symbol of the document it adds to, corrects, revises, amends or
-- reissues; it is a symbol, not an id, so the link holds whichever of the two arrives first.
CREATE TABLE documents (
  id                BIGINT       NOT NULL PRIMARY KEY,
  symbol            VARCHAR(200),
  provisional_key   VARCHAR(64)  UNIQUE,
  family_base       VARCHAR(200),
  family_relation   VARCHAR(16),
  organ             VARCHAR(300),
  body_id           BIGINT       REFERENCES bodies (id),
  session_id        BIGINT       REFERENCES sessions (id),
  doc_type          VARCHAR(32),
  distribution      VARCHAR(16),
  original_language VARCHAR(2),
  title_date        VARCHAR(10),
  country           VARCHAR(3),
  review_note       VARCHAR(2000),
  CONSTRAINT document_identified CHECK (symbol IS NOT NULL OR provisional_key IS NOT NULL)
);
CREATE INDEX documents_family_base ON documents (family_base);
CREATE INDEX documents_title_date ON documents (title_date);
CREATE INDEX documents_session ON documents (session_id);

-- Every identifier a document answers to, normalised: its primary symbol, alternate symbols and
-- provisional key. Families and citations join on this table.
CREATE TABLE document_symbols (
  symbol      VARCHAR(200) NOT NULL PRIMARY KEY,
  document_id BIGINT       NOT NULL REFERENCES documents (id),
  kind        VARCHAR(16)  NOT NULL
);
CREATE INDEX document_symbols_document ON document_symbols (document_id);

CREATE TABLE document_agenda_items (
  document_id    BIGINT NOT NULL REFERENCES documents (id),
  agenda_item_id BIGINT NOT NULL REFERENCES agenda_items (id),
  PRIMARY KEY (document_id, agenda_item_id)
);
CREATE INDEX document_agenda_items_item ON document_agenda_items (agenda_item_id);

-- Every revision of every language version; the highest revision is the current one.
CREATE TABLE language_versions (
  document_id BIGINT       NOT NULL REFERENCES documents (id),
  language    VARCHAR(2)   NOT NULL,
  revision    INTEGER      NOT NULL,
  title       TEXT,
  clean_text  TEXT         NOT NULL,
  job_number  VARCHAR(64),
  issue_date  VARCHAR(10),
  file_sha256 VARCHAR(64)  NOT NULL,
  file_name   VARCHAR(500) NOT NULL,
  media_type  VARCHAR(200) NOT NULL,
  file_size   BIGINT       NOT NULL,
  record_json TEXT         NOT NULL,
  change_seq  BIGINT       NOT NULL,
  PRIMARY KEY (document_id, language, revision)
);
CREATE INDEX language_versions_file ON language_versions (file_sha256);

-- Citation edges from the current revision of each language version to a cited symbol (normalised).
-- Resolution is a join on document_symbols, so a dangling edge resolves when the cited document arrives.
CREATE TABLE citations (
  document_id  BIGINT       NOT NULL REFERENCES documents (id),
  language     VARCHAR(2)   NOT NULL,
  cited_symbol VARCHAR(200) NOT NULL,
  cited_text   TEXT         NOT NULL,
  PRIMARY KEY (document_id, language, cited_symbol)
);
CREATE INDEX citations_cited ON citations (cited_symbol);

-- One row per document touched by a committed change, numbered in commit order: what a derived index
-- replays to catch up.
CREATE TABLE change_log (
  seq         BIGINT      NOT NULL PRIMARY KEY,
  document_id BIGINT      NOT NULL,
  kind        VARCHAR(16) NOT NULL
);
