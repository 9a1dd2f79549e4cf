package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.BorrowerSummary;
import se.samskapa.lending.BorrowerView;

/** Borrowers: a name, a normalised mobile number and perhaps an e-mail address. */
@Component
public class BorrowerStore {

	/** Wiped borrowers are gone for the counter; only their pseudonym stays. */
	private static final String BORROWER = "SELECT id, name, mobile, email FROM lending_borrower WHERE wiped_at IS NULL ";

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
	public BorrowerView insertOrFind(String name, String normalisedMobile, String email, Long siteId, Instant now) {
		jdbc.sql("""
				INSERT INTO lending_borrower (name, mobile, email, registered_site_id, created_at)
				VALUES (:name, :mobile, :email, :site, :now)
				ON CONFLICT (mobile) DO NOTHING
				""")
			.param("name", name)
			.param("mobile", normalisedMobile)
			.param("email", email)
			.param("site", siteId)
			.param("now", Rows.timestamp(now))
			.update();
		return findByMobile(normalisedMobile).orElseThrow();
	}

	/** Sets or (with {@code null}) removes the borrower's e-mail address. */
	public boolean changeEmail(long borrowerId, String email) {
		return jdbc.sql("UPDATE lending_borrower SET email = :email WHERE id = :id AND wiped_at IS NULL")
			.param("email", email)
			.param("id", borrowerId)
			.update() == 1;
	}

	public boolean hasOpenLoans(long borrowerId) {
		return jdbc.sql("SELECT count(*) FROM lending_loan WHERE borrower_id = :id AND returned_at IS NULL")
			.param("id", borrowerId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Wipes the name, number and e-mail address of borrowers with nothing out and no open
	 * reservation or place in a queue, whose last return or ended reservation (or, if
	 * they never had either, their registration) was before the cut-off.
	 * @return the ids of the borrowers wiped
	 */
	public List<Long> wipeInactiveSince(Instant cutoff, Instant now) {
		return jdbc
			.sql("""
					UPDATE lending_borrower b SET name = NULL, mobile = NULL, email = NULL, wiped_at = :now
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
				UPDATE lending_borrower SET name = NULL, mobile = NULL, email = NULL, wiped_at = :now
				WHERE id = :id AND wiped_at IS NULL
				""").param("id", borrowerId).param("now", Rows.timestamp(now)).update() == 1;
	}

	/**
	 * Whether the borrower belongs to one of the sites: registered there or lent
	 * something there (the view {@code lending_borrower_site}).
	 */
	public boolean belongsToAny(long borrowerId, Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return false;
		}
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM lending_borrower_site WHERE borrower_id = :id AND site_id IN (:sites))
				""").param("id", borrowerId).param("sites", siteIds).query(Boolean.class).single();
	}

	/**
	 * The site's borrowers (not wiped), by name, optionally only those whose name
	 * contains the words typed, with how much they have out at the site now.
	 */
	public List<BorrowerSummary> ofSite(long siteId, String nameContains, int limit) {
		String pattern = nameContains == null || nameContains.isBlank() ? null
				: "%" + nameContains.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				SELECT b.id, b.name, b.mobile, b.email,
				       (SELECT count(*) FROM lending_loan l
				        WHERE l.borrower_id = b.id AND l.site_id = :site AND l.returned_at IS NULL) AS open_loans,
				       (SELECT max(l.lent_at) FROM lending_loan l WHERE l.borrower_id = b.id AND l.site_id = :site)
				         AS last_lent
				FROM lending_borrower b
				WHERE b.wiped_at IS NULL
				  AND b.id IN (SELECT borrower_id FROM lending_borrower_site WHERE site_id = :site)
				  AND (CAST(:pattern AS TEXT) IS NULL OR b.name ILIKE CAST(:pattern AS TEXT))
				ORDER BY lower(b.name), b.id
				LIMIT :limit
				""")
			.param("site", siteId)
			.param("pattern", pattern)
			.param("limit", limit)
			.query((rs,
					i) -> new BorrowerSummary(new BorrowerView(rs.getLong("id"), rs.getString("name"),
							rs.getString("mobile"), rs.getString("email")), rs.getInt("open_loans"),
							Rows.instant(rs, "last_lent")))
			.list();
	}

	/**
	 * When the retention clock of the borrower started: their last return, or their
	 * registration if they never returned anything.
	 */
	public Instant lastActivity(long borrowerId) {
		return jdbc
			.sql("""
					SELECT coalesce((SELECT max(l.returned_at) FROM lending_loan l WHERE l.borrower_id = b.id), b.created_at)
					         AS since
					FROM lending_borrower b WHERE b.id = :id
					""")
			.param("id", borrowerId)
			.query((rs, i) -> Rows.instant(rs, "since"))
			.single();
	}

	/**
	 * Gives the borrower a new data link (the hash of its token), replacing any other.
	 */
	public void replaceDataLink(long borrowerId, String tokenHash, Instant now) {
		jdbc.sql("""
				INSERT INTO lending_borrower_data_link (borrower_id, token_hash, issued_at) VALUES (:id, :hash, :now)
				ON CONFLICT (borrower_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, issued_at = EXCLUDED.issued_at
				""").param("id", borrowerId).param("hash", tokenHash).param("now", Rows.timestamp(now)).update();
	}

	/** The borrower (not wiped) whose data link has this hash. */
	public Optional<BorrowerView> findByDataLink(String tokenHash) {
		return jdbc
			.sql(BORROWER + "AND id = (SELECT borrower_id FROM lending_borrower_data_link WHERE token_hash = :hash)")
			.param("hash", tokenHash)
			.query(BorrowerStore::borrower)
			.optional();
	}

	public void removeDataLink(long borrowerId) {
		jdbc.sql("DELETE FROM lending_borrower_data_link WHERE borrower_id = :id").param("id", borrowerId).update();
	}

	/** Wiped borrowers keep no link: it would lead nowhere. */
	public void removeDataLinksOfWiped() {
		jdbc.sql("""
				DELETE FROM lending_borrower_data_link d USING lending_borrower b
				WHERE b.id = d.borrower_id AND b.wiped_at IS NOT NULL
				""").update();
	}

	private static BorrowerView borrower(ResultSet rs, int row) throws SQLException {
		return new BorrowerView(rs.getLong("id"), rs.getString("name"), rs.getString("mobile"), rs.getString("email"));
	}

}
