-- What a notification tells, as data (the same statements on SQLite and PostgreSQL): the event's
-- kind (NotificationEvent.Kind) and parameters, so that it is worded in each reader's language.
-- The English message stays, and is all that rows written before this migration have.
ALTER TABLE notifications ADD COLUMN event_kind VARCHAR(32);
ALTER TABLE notifications ADD COLUMN event_key VARCHAR(200);
ALTER TABLE notifications ADD COLUMN event_symbol VARCHAR(200);
ALTER TABLE notifications ADD COLUMN event_reason VARCHAR(2000);
