-- Mina sidor asks on every visit for the minutes waiting for someone's approval: a handful
-- of drafts among thousands of meetings, which the whole table was read to find.
CREATE INDEX meetings_meeting_awaiting_idx ON meetings_meeting (meeting_date)
	WHERE minutes_status = 'DRAFT' AND submitted_at IS NOT NULL;
