-- ShedLock's table: with several app nodes, a scheduled job runs on the node that holds
-- its row (the Fritidsbanken reminders and the nightly wiping of borrowers, for a start).
-- ShedLock writes the times in UTC by the database's clock, hence no time zone.
CREATE TABLE shared_scheduler_lock (
	name       VARCHAR(64) PRIMARY KEY,
	lock_until TIMESTAMP NOT NULL,
	locked_at  TIMESTAMP NOT NULL,
	locked_by  VARCHAR(255) NOT NULL
);
