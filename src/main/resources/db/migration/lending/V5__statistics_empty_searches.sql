-- What people looked for in the public catalogue and could not get: per site, day and
-- normalised search term, how many searches found nothing of the kind (no_match) and how
-- many found the kind with every one of them out (none_in). No person, no address, no
-- time of day: one row per site, day and term, counted up, so the table stays small.
CREATE TABLE lending_empty_search (
	site_id  BIGINT NOT NULL REFERENCES lending_site (id) ON DELETE CASCADE,
	day      DATE NOT NULL,
	term     TEXT NOT NULL CHECK (length(term) BETWEEN 2 AND 40),
	no_match INT NOT NULL DEFAULT 0 CHECK (no_match >= 0),
	none_in  INT NOT NULL DEFAULT 0 CHECK (none_in >= 0),
	PRIMARY KEY (site_id, day, term)
);

-- Statistics count loans by the month they were made and renewals by the month they were
-- made, per site.
CREATE INDEX lending_loan_site_lent_idx ON lending_loan (site_id, lent_at);
CREATE INDEX lending_renewal_renewed_idx ON lending_renewal (renewed_at);
