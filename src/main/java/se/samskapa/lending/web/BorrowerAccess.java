package se.samskapa.lending.web;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.BorrowerView;
import se.samskapa.lending.LendingPermissions;

/**
 * Which borrowers a counter may serve. Staff see the borrowers of their own sites (see
 * {@link LendingPermissions#seesBorrower}); besides them, a borrower of another site whom
 * they found by the full mobile number (the person stands at the counter and says it),
 * for the rest of their session, so that they can lend to them. Lending makes the
 * borrower one of the site's own. Anyone else is "not found", so that a page does not
 * reveal that a borrower exists.
 */
@Component
class BorrowerAccess {

	/**
	 * Borrower ids found by mobile number in this session; ids only, no personal data.
	 */
	static final String INTRODUCED = "lending.introducedBorrowers";

	private static final int REMEMBERED = 50;

	private final BorrowerManagement borrowers;

	private final LendingPermissions permissions;

	BorrowerAccess(BorrowerManagement borrowers, LendingPermissions permissions) {
		this.borrowers = borrowers;
		this.permissions = permissions;
	}

	/**
	 * The person gave their full mobile number at the counter: this session may serve
	 * them.
	 */
	void introduce(HttpServletRequest request, long borrowerId) {
		HttpSession session = request.getSession();
		Set<Long> introduced = new LinkedHashSet<>(introduced(session));
		introduced.remove(borrowerId);
		introduced.add(borrowerId);
		while (introduced.size() > REMEMBERED) {
			introduced.remove(introduced.iterator().next());
		}
		// Set again, so that the session store sees the change.
		session.setAttribute(INTRODUCED, introduced);
	}

	boolean sees(SamskapaUser user, long borrowerId, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && introduced(session).contains(borrowerId))
				|| permissions.seesBorrower(user, borrowerId);
	}

	/** The borrower, if the user may see them; empty alike if they do not exist. */
	Optional<BorrowerView> visible(SamskapaUser user, long borrowerId, HttpServletRequest request) {
		return sees(user, borrowerId, request) ? borrowers.borrower(borrowerId) : Optional.empty();
	}

	@SuppressWarnings("unchecked")
	private static Set<Long> introduced(HttpSession session) {
		Object value = session.getAttribute(INTRODUCED);
		return value instanceof Set<?> set ? (Set<Long>) set : Set.of();
	}

}
