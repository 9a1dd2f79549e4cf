-- The view is only asked whether a borrower belongs to a site (EXISTS, IN), so its rows
-- need not be distinct: UNION ALL lets PostgreSQL stop at the first match instead of
-- collecting and deduplicating every loan of the borrower (0.6 ms of each checkout at a
-- busy counter).
CREATE OR REPLACE VIEW lending_borrower_site AS
	SELECT id AS borrower_id, registered_site_id AS site_id FROM lending_borrower WHERE registered_site_id IS NOT NULL
	UNION ALL
	SELECT borrower_id, site_id FROM lending_loan
	UNION ALL
	SELECT borrower_id, site_id FROM lending_reservation;
