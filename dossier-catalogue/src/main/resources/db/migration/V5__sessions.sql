-- The web's signed-in sessions and the login throttle's failures, kept so that a restart keeps
-- them (the same statements on SQLite and PostgreSQL). A session is found by the SHA-256 (hex) of
-- its id: the id itself, the cookie's secret, is never stored, so a copy of the catalogue signs no
-- one in. Its account is looked up on every request (a disabled account's sessions stop working).
-- Times are epoch milliseconds.
CREATE TABLE web_sessions (
  id_hash      VARCHAR(64)  PRIMARY KEY,
  account_name VARCHAR(200) NOT NULL,
  csrf_token   VARCHAR(64)  NOT NULL,
  expires_at   BIGINT       NOT NULL
);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- One row per failed sign-in per subject ('account:<name>' or 'source:<address>'), pruned once
-- out of the throttle's window.
CREATE TABLE login_failures (
  subject   VARCHAR(300) NOT NULL,
  failed_at BIGINT       NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures (subject, failed_at);
