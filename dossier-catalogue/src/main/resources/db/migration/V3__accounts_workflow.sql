-- Accounts, the circulation workflow, symbol allocation and the audit trail. Portable SQL, as V1.

-- Where each document stands in the workflow, and the mission that submitted it. Everything
-- catalogued before is an imported publication: PUBLISHED, owned by no mission.
ALTER TABLE documents ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE documents ADD COLUMN mission VARCHAR(3);
-- The masthead date the registrar sets; each language version is issued with a date of its own.
ALTER TABLE documents ADD COLUMN masthead_date VARCHAR(10);
CREATE INDEX documents_state ON documents (state);

-- A mission's request to circulate a document. The document row holds what the registrar confirms
-- (body, session, type, distribution, original language); this keeps what was asked for.
CREATE TABLE submissions (
  document_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES documents (id),
  mission                VARCHAR(3)   NOT NULL,
  submitted_by           VARCHAR(64)  NOT NULL,
  submitted_at           VARCHAR(30)  NOT NULL,
  series                 VARCHAR(32)  NOT NULL,
  base_symbol            VARCHAR(200),
  requested_distribution VARCHAR(16)  NOT NULL,
  languages_supplied     VARCHAR(32)  NOT NULL,
  return_reason          VARCHAR(2000)
);

-- One task per official language of a registered document: the original (the reference, DONE from
-- the start) and each missing language. A version is issued with its own date and job number.
CREATE TABLE translation_tasks (
  document_id   BIGINT      NOT NULL REFERENCES documents (id),
  language      VARCHAR(2)  NOT NULL,
  status        VARCHAR(16) NOT NULL,
  reference     VARCHAR(1)  NOT NULL DEFAULT 'N',
  annex_original_only VARCHAR(1) NOT NULL DEFAULT 'N',
  job_number    VARCHAR(64),
  issue_date    VARCHAR(10),
  PRIMARY KEY (document_id, language)
);

-- The last number given in each symbol series (A/HRC/43/G/, A/HRC/43/L., A/HRC/43/2/Add. …).
-- Allocation increments the row inside the registering transaction, so the row lock (PostgreSQL) or
-- the database write lock (SQLite) serialises allocators; the UNIQUE document_symbols.symbol backs
-- it: two documents can never commit one symbol.
CREATE TABLE symbol_series (
  series      VARCHAR(200) NOT NULL PRIMARY KEY,
  last_number INTEGER      NOT NULL
);

CREATE TABLE accounts (
  id            BIGINT       NOT NULL PRIMARY KEY,
  name          VARCHAR(64)  NOT NULL UNIQUE,
  role          VARCHAR(16)  NOT NULL,
  mission       VARCHAR(3),
  languages     VARCHAR(32),
  password_hash VARCHAR(400) NOT NULL,
  disabled      VARCHAR(1)   NOT NULL DEFAULT 'N',
  created_at    VARCHAR(30)  NOT NULL
);
INSERT INTO id_sequence (name, last_value) VALUES ('account', 0);

-- API tokens: only the SHA-256 of the secret is kept; a revoked token keeps its row.
CREATE TABLE api_tokens (
  id          BIGINT       NOT NULL PRIMARY KEY,
  account_id  BIGINT       NOT NULL REFERENCES accounts (id),
  secret_hash VARCHAR(64)  NOT NULL UNIQUE,
  scope       VARCHAR(16)  NOT NULL,
  label       VARCHAR(200) NOT NULL,
  created_at  VARCHAR(30)  NOT NULL,
  revoked_at  VARCHAR(30)
);
INSERT INTO id_sequence (name, last_value) VALUES ('api_token', 0);

-- What a mission is told when one of its submissions changes state.
CREATE TABLE notifications (
  id          BIGINT        NOT NULL PRIMARY KEY,
  mission     VARCHAR(3)    NOT NULL,
  document_id BIGINT        NOT NULL REFERENCES documents (id),
  created_at  VARCHAR(30)   NOT NULL,
  message     VARCHAR(2000) NOT NULL
);
CREATE INDEX notifications_mission ON notifications (mission, id);
INSERT INTO id_sequence (name, last_value) VALUES ('notification', 0);

-- Every state change and change of rights: who, when, what, before and after. Append-only: the
-- triggers below refuse UPDATE and DELETE on both databases.
CREATE TABLE audit_trail (
  seq         BIGINT        NOT NULL PRIMARY KEY,
  at          VARCHAR(30)   NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  action      VARCHAR(32)   NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  before_value VARCHAR(2000),
  after_value  VARCHAR(2000)
);
INSERT INTO id_sequence (name, last_value) VALUES ('audit', 0);
-- The guard is written in each database's trigger dialect; CatalogueDatabase supplies it.
${auditTrailGuard}
