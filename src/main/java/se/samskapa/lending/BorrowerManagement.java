package se.samskapa.lending;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.BorrowerStore;
import se.samskapa.shared.AuditTrail;

/**
 * Borrowers are found by their mobile number at the counter, and registered with a name
 * and that number the first time. Nothing else is asked for.
 */
@Service
@Transactional(readOnly = true)
public class BorrowerManagement {

	private final BorrowerStore borrowers;

	private final AuditTrail audit;

	BorrowerManagement(BorrowerStore borrowers, AuditTrail audit) {
		this.borrowers = borrowers;
		this.audit = audit;
	}

	public Optional<BorrowerView> borrower(long id) {
		return borrowers.find(id);
	}

	/** The borrower with this mobile number, however it is written. */
	public Optional<BorrowerView> findByMobile(String mobile) {
		return borrowers.findByMobile(normalised(mobile));
	}

	/**
	 * Finds the borrower with this mobile number, or registers them. An existing borrower
	 * keeps the name they were registered with.
	 * @param siteId the site that registers them, for the privacy rule that staff see
	 * their own site's borrowers
	 */
	@Transactional
	public Registration findOrRegister(String name, String mobile, Long siteId, String actor) {
		String number = normalised(mobile);
		Optional<BorrowerView> existing = borrowers.findByMobile(number);
		if (existing.isPresent()) {
			return new Registration(existing.get(), false);
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "lending.borrower.name.required");
		}
		if (name.trim().length() > 100) {
			throw new InvalidInput("name", "lending.borrower.name.too.long", 100);
		}
		BorrowerView borrower = borrowers.insertOrFind(name.trim(), number, siteId);
		audit.record(actor, "lending-borrower", borrower.id(), "registered", null);
		return new Registration(borrower, true);
	}

	private static String normalised(String mobile) {
		return MobileNumbers.normalise(mobile).orElseThrow(() -> new InvalidInput("mobile", "lending.mobile.invalid"));
	}

	/**
	 * A borrower found or registered at the counter.
	 *
	 * @param created the borrower was registered now
	 */
	public record Registration(BorrowerView borrower, boolean created) {
	}

}
