-- Reminders by SMS (and e-mail where the borrower gave one): the day before the due date,
-- and at 3 and 10 days overdue. Never with a fee.

-- An e-mail address, only if the borrower wants reminders that way too. Wiped with the
-- name and number.
ALTER TABLE lending_borrower ADD COLUMN email TEXT
	CHECK (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');
ALTER TABLE lending_borrower ADD CONSTRAINT lending_borrower_wiped_email CHECK (wiped_at IS NULL OR email IS NULL);

-- One row per reminder of a loan: claimed by the daily job in the transaction that queues
-- the message, so that a second run, or a second app node, finds it taken and sends
-- nothing. A renewal or a new due date is a new date to remind of.
CREATE TABLE lending_reminder (
	loan_id     BIGINT NOT NULL REFERENCES lending_loan (id) ON DELETE CASCADE,
	kind        TEXT NOT NULL CHECK (kind IN ('BEFORE_DUE', 'OVERDUE_3', 'OVERDUE_10')),
	-- The due date the reminder is about.
	due_on      DATE NOT NULL,
	claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
	-- QUEUED until the message has been tried; SENT, LOGGED (no gateway configured),
	-- FAILED, or SKIPPED (returned, renewed or wiped before it went).
	status      TEXT NOT NULL DEFAULT 'QUEUED'
	            CHECK (status IN ('QUEUED', 'SENT', 'LOGGED', 'FAILED', 'SKIPPED')),
	-- The channels that took it: SMS, EMAIL or SMS,EMAIL.
	channels    TEXT,
	finished_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (loan_id, kind, due_on)
);
