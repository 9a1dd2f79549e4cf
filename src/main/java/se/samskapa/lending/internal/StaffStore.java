package se.samskapa.lending.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which accounts work at which sites, and which run lending everywhere. */
@Component
public class StaffStore {

	private final JdbcClient jdbc;

	StaffStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isAdmin(long accountId) {
		return jdbc.sql("SELECT count(*) FROM lending_admin WHERE account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	public List<Long> sitesOf(long accountId) {
		return jdbc.sql("SELECT site_id FROM lending_staff WHERE account_id = :account ORDER BY site_id")
			.param("account", accountId)
			.query(Long.class)
			.list();
	}

	public void grantStaff(long accountId, long siteId) {
		jdbc.sql("INSERT INTO lending_staff (account_id, site_id) VALUES (:account, :site) ON CONFLICT DO NOTHING")
			.param("account", accountId)
			.param("site", siteId)
			.update();
	}

	public boolean revokeStaff(long accountId, long siteId) {
		return jdbc.sql("DELETE FROM lending_staff WHERE account_id = :account AND site_id = :site")
			.param("account", accountId)
			.param("site", siteId)
			.update() > 0;
	}

	/** The accounts appointed staff at the site. */
	public List<Long> staffOf(long siteId) {
		return jdbc.sql("SELECT account_id FROM lending_staff WHERE site_id = :site ORDER BY account_id")
			.param("site", siteId)
			.query(Long.class)
			.list();
	}

	/**
	 * The accounts appointed lending admins (administrators are lending admins besides).
	 */
	public List<Long> admins() {
		return jdbc.sql("SELECT account_id FROM lending_admin ORDER BY account_id").query(Long.class).list();
	}

	public boolean revokeAdmin(long accountId) {
		return jdbc.sql("DELETE FROM lending_admin WHERE account_id = :account")
			.param("account", accountId)
			.update() > 0;
	}

	public void grantAdmin(long accountId) {
		jdbc.sql("INSERT INTO lending_admin (account_id) VALUES (:account) ON CONFLICT DO NOTHING")
			.param("account", accountId)
			.update();
	}

}
