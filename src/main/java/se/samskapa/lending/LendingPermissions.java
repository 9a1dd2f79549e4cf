package se.samskapa.lending;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.internal.StaffStore;
import se.samskapa.shared.AuditTrail;

/**
 * Lending roles, beside the account roles: lending staff work the counter of the sites
 * they are appointed to; a lending admin (and every administrator) runs all sites and
 * appoints staff. Coordinators and members have no lending rights of their own: the
 * counter staff are often people in a labour-market placement with a member account.
 * Available in templates as {@code @lendingPermissions}.
 */
@Component("lendingPermissions")
@Transactional(readOnly = true)
public class LendingPermissions {

	private final StaffStore staff;

	private final AccountManagement accounts;

	private final LendingCatalogue sites;

	private final AuditTrail audit;

	LendingPermissions(StaffStore staff, AccountManagement accounts, LendingCatalogue sites, AuditTrail audit) {
		this.staff = staff;
		this.accounts = accounts;
		this.sites = sites;
		this.audit = audit;
	}

	public boolean isAdmin(SamskapaUser user) {
		return user != null && (user.isAdmin() || staff.isAdmin(user.accountId()));
	}

	public boolean isStaff(SamskapaUser user, long siteId) {
		return isAdmin(user) || (user != null && staff.sitesOf(user.accountId()).contains(siteId));
	}

	/** Works at any site: may look borrowers and items up at the counter. */
	public boolean isStaffAnywhere(SamskapaUser user) {
		return isAdmin(user) || (user != null && !staff.sitesOf(user.accountId()).isEmpty());
	}

	/**
	 * The sites whose figures the user may see: every site for a lending admin, the sites
	 * they work at for staff, none for anyone else.
	 */
	public List<SiteView> sitesOf(SamskapaUser user) {
		if (isAdmin(user)) {
			return sites.sites();
		}
		if (user == null) {
			return List.of();
		}
		List<Long> mine = staff.sitesOf(user.accountId());
		return sites.sites().stream().filter(site -> mine.contains(site.id())).toList();
	}

	public void requireAdmin(SamskapaUser user) {
		require(isAdmin(user));
	}

	public void requireStaff(SamskapaUser user, long siteId) {
		require(isStaff(user, siteId));
	}

	public void requireStaffAnywhere(SamskapaUser user) {
		require(isStaffAnywhere(user));
	}

	@Transactional
	public void appointStaff(long accountId, long siteId, String actor) {
		sites.requireSite(siteId);
		accounts.user(accountId).orElseThrow(() -> new UnknownLendingThing("lending.account.unknown", accountId));
		staff.grantStaff(accountId, siteId);
		audit.record(actor, "lending-site", siteId, "staff-appointed", "account " + accountId);
	}

	@Transactional
	public void dismissStaff(long accountId, long siteId, String actor) {
		if (staff.revokeStaff(accountId, siteId)) {
			audit.record(actor, "lending-site", siteId, "staff-dismissed", "account " + accountId);
		}
	}

	@Transactional
	public void appointAdmin(long accountId, String actor) {
		accounts.user(accountId).orElseThrow(() -> new UnknownLendingThing("lending.account.unknown", accountId));
		staff.grantAdmin(accountId);
		audit.record(actor, "lending-admin", accountId, "appointed", null);
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}

}
