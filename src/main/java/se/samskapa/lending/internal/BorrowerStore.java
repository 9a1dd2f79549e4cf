package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.BorrowerView;

/** Borrowers: a name and a normalised mobile number. */
@Component
public class BorrowerStore {

	/** Wiped borrowers are gone for the counter; only their pseudonym stays. */
	private static final String BORROWER = "SELECT id, name, mobile FROM lending_borrower WHERE wiped_at IS NULL ";

	private final JdbcClient jdbc;

	BorrowerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BorrowerView> find(long id) {
		return jdbc.sql(BORROWER + "AND id = :id").param("id", id).query(BorrowerStore::borrower).optional();
	}

	public Optional<BorrowerView> findByMobile(String normalisedMobile) {
		return jdbc.sql(BORROWER + "AND mobile = :mobile")
			.param("mobile", normalisedMobile)
			.query(BorrowerStore::borrower)
			.optional();
	}

	/**
	 * Registers a borrower unless the number is already registered (by a counter at the
	 * same moment, say); either way the borrower with that number comes back.
	 */
	public BorrowerView insertOrFind(String name, String normalisedMobile, Long siteId, Instant now) {
		jdbc.sql("""
				INSERT INTO lending_borrower (name, mobile, registered_site_id, created_at)
				VALUES (:name, :mobile, :site, :now)
				ON CONFLICT (mobile) DO NOTHING
				""")
			.param("name", name)
			.param("mobile", normalisedMobile)
			.param("site", siteId)
			.param("now", Rows.timestamp(now))
			.update();
		return findByMobile(normalisedMobile).orElseThrow();
	}

	public boolean hasOpenLoans(long borrowerId) {
		return jdbc.sql("SELECT count(*) FROM lending_loan WHERE borrower_id = :id AND returned_at IS NULL")
			.param("id", borrowerId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Wipes the name and number of borrowers with nothing out and no open reservation or
	 * place in a queue, whose last return or ended reservation (or, if they never had
	 * either, their registration) was before the cut-off.
	 * @return the ids of the borrowers wiped
	 */
	public List<Long> wipeInactiveSince(Instant cutoff, Instant now) {
		return jdbc
			.sql("""
					UPDATE lending_borrower b SET name = NULL, mobile = NULL, wiped_at = :now
					WHERE b.wiped_at IS NULL
					  AND NOT EXISTS (SELECT 1 FROM lending_loan l WHERE l.borrower_id = b.id AND l.returned_at IS NULL)
					  AND NOT EXISTS (SELECT 1 FROM lending_reservation r
					                  WHERE r.borrower_id = b.id AND r.status IN ('WAITING', 'READY'))
					  AND coalesce(greatest((SELECT max(l.returned_at) FROM lending_loan l WHERE l.borrower_id = b.id),
					                        (SELECT max(r.closed_at) FROM lending_reservation r WHERE r.borrower_id = b.id)),
					               b.created_at) < :cutoff
					RETURNING b.id
					""")
			.param("now", Rows.timestamp(now))
			.param("cutoff", Rows.timestamp(cutoff))
			.query(Long.class)
			.list();
	}

	public boolean wipe(long borrowerId, Instant now) {
		return jdbc.sql("""
				UPDATE lending_borrower SET name = NULL, mobile = NULL, wiped_at = :now
				WHERE id = :id AND wiped_at IS NULL
				""").param("id", borrowerId).param("now", Rows.timestamp(now)).update() == 1;
	}

	/**
	 * Whether this transaction may run the nightly wiping: with several app nodes, only
	 * the one that gets the lock does.
	 */
	public boolean lockForHousekeeping() {
		return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(7406, 1)").query(Boolean.class).single());
	}

	private static BorrowerView borrower(ResultSet rs, int row) throws SQLException {
		return new BorrowerView(rs.getLong("id"), rs.getString("name"), rs.getString("mobile"));
	}

}
