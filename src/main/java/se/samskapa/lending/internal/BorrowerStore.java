package se.samskapa.lending.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.lending.BorrowerView;

/** Borrowers: a name and a normalised mobile number. */
@Component
public class BorrowerStore {

	private static final String BORROWER = "SELECT id, name, mobile FROM lending_borrower ";

	private final JdbcClient jdbc;

	BorrowerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BorrowerView> find(long id) {
		return jdbc.sql(BORROWER + "WHERE id = :id").param("id", id).query(BorrowerStore::borrower).optional();
	}

	public Optional<BorrowerView> findByMobile(String normalisedMobile) {
		return jdbc.sql(BORROWER + "WHERE mobile = :mobile")
			.param("mobile", normalisedMobile)
			.query(BorrowerStore::borrower)
			.optional();
	}

	/**
	 * Registers a borrower unless the number is already registered (by a counter at the
	 * same moment, say); either way the borrower with that number comes back.
	 */
	public BorrowerView insertOrFind(String name, String normalisedMobile, Long siteId) {
		jdbc.sql("""
				INSERT INTO lending_borrower (name, mobile, registered_site_id) VALUES (:name, :mobile, :site)
				ON CONFLICT (mobile) DO NOTHING
				""").param("name", name).param("mobile", normalisedMobile).param("site", siteId).update();
		return findByMobile(normalisedMobile).orElseThrow();
	}

	private static BorrowerView borrower(ResultSet rs, int row) throws SQLException {
		return new BorrowerView(rs.getLong("id"), rs.getString("name"), rs.getString("mobile"));
	}

}
