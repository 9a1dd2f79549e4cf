-- Staff see the borrowers of their own sites. A borrower belongs to the site that
-- registered them and to every site that has lent them something; a view, so that no
-- path that lends can forget to record it. (Reservations, once they exist, belong here
-- as a third part of the union.)
CREATE VIEW lending_borrower_site AS
	SELECT id AS borrower_id, registered_site_id AS site_id FROM lending_borrower WHERE registered_site_id IS NOT NULL
	UNION
	SELECT borrower_id, site_id FROM lending_loan;

CREATE INDEX lending_loan_site_borrower_idx ON lending_loan (site_id, borrower_id);
CREATE INDEX lending_borrower_registered_site_idx ON lending_borrower (registered_site_id);

-- The secret link to a borrower's own data page (/fritidsbanken/mina-uppgifter/{token}):
-- only the SHA-256 of the token is kept, like a password reset token. One link per
-- borrower; a new one replaces the old, and erasing the borrower removes it.
CREATE TABLE lending_borrower_data_link (
	borrower_id BIGINT PRIMARY KEY REFERENCES lending_borrower (id) ON DELETE CASCADE,
	token_hash  TEXT NOT NULL UNIQUE,
	issued_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
