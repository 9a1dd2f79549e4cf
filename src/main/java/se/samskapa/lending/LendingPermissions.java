package se.samskapa.lending;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.AccountView;
import se.samskapa.directory.Role;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.internal.BorrowerStore;
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

	private final BorrowerStore borrowers;

	private final AuditTrail audit;

	LendingPermissions(StaffStore staff, AccountManagement accounts, LendingCatalogue sites, BorrowerStore borrowers,
			AuditTrail audit) {
		this.staff = staff;
		this.accounts = accounts;
		this.sites = sites;
		this.borrowers = borrowers;
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
	 * The sites whose borrowers and loans the user sees: the sites they work at, every
	 * site for a lending admin.
	 */
	public Set<Long> ownSites(SamskapaUser user) {
		if (isAdmin(user)) {
			return sites.sites().stream().map(SiteView::id).collect(Collectors.toUnmodifiableSet());
		}
		return worksAt(user);
	}

	/**
	 * Whether the borrower is one of the user's own sites' borrowers: registered at one
	 * of them or lent something there. Lending admins see every borrower.
	 */
	public boolean seesBorrower(SamskapaUser user, long borrowerId) {
		return isAdmin(user) || borrowers.belongsToAny(borrowerId, worksAt(user));
	}

	/**
	 * The sites whose figures the user may see: every site for a lending admin, the sites
	 * they work at for staff, none for anyone else.
	 */
	public List<SiteView> sitesOf(SamskapaUser user) {
		if (isAdmin(user)) {
			return sites.sites();
		}
		Set<Long> mine = worksAt(user);
		return mine.isEmpty() ? List.of() : sites.sites().stream().filter(site -> mine.contains(site.id())).toList();
	}

	/** The sites the user is staff at, whatever else they may be. */
	private Set<Long> worksAt(SamskapaUser user) {
		return user == null ? Set.of() : Set.copyOf(staff.sitesOf(user.accountId()));
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

	@Transactional
	public void revokeAdmin(long accountId, String actor) {
		if (staff.revokeAdmin(accountId)) {
			audit.record(actor, "lending-admin", accountId, "revoked", null);
		}
	}

	/** The accounts appointed staff at the site, by username. */
	public List<AccountView> staffOf(long siteId) {
		return accountsIn(staff.staffOf(siteId));
	}

	/**
	 * The accounts appointed lending admins, by username (administrators come besides).
	 */
	public List<AccountView> appointedAdmins() {
		return accountsIn(staff.admins());
	}

	/** The administrators, who are lending admins by their role. */
	public List<AccountView> administrators() {
		return accounts.accounts().stream().filter(a -> a.role() == Role.ADMIN && a.enabled()).toList();
	}

	/**
	 * Accounts whose username or person's name contains the words typed, for appointing
	 * staff and admins; the directory's account list is the source.
	 * @param limit at most this many
	 */
	public List<AccountView> searchAccounts(String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		Locale swedish = Locale.forLanguageTag("sv-SE");
		List<String> words = List.of(query.trim().toLowerCase(swedish).split("\\s+"));
		return accounts.accounts().stream().filter(a -> {
			String text = (a.username() + " " + Objects.requireNonNullElse(a.personName(), "")).toLowerCase(swedish);
			return words.stream().allMatch(text::contains);
		}).limit(limit).toList();
	}

	private List<AccountView> accountsIn(Collection<Long> ids) {
		return accounts.accounts().stream().filter(a -> ids.contains(a.id())).toList();
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}

}
