-- A borrower who reserves at a site, online or at another site's counter, belongs to it
-- too: its staff hand the item over and must see who is coming for it.
CREATE OR REPLACE VIEW lending_borrower_site AS
	SELECT id AS borrower_id, registered_site_id AS site_id FROM lending_borrower WHERE registered_site_id IS NOT NULL
	UNION
	SELECT borrower_id, site_id FROM lending_loan
	UNION
	SELECT borrower_id, site_id FROM lending_reservation;

CREATE INDEX lending_reservation_site_borrower_idx ON lending_reservation (site_id, borrower_id);
