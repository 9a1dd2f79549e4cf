package se.samskapa.lending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.BorrowerStore;
import se.samskapa.lending.internal.ReservationStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.RuleViolation;

/**
 * Borrowers are found by their mobile number at the counter, and registered with a name
 * and that number the first time; an e-mail address only if they want reminders that way
 * too. Nothing else is asked for.
 */
@Service
@Transactional(readOnly = true)
public class BorrowerManagement {

	private static final Logger log = LoggerFactory.getLogger(BorrowerManagement.class);

	private final BorrowerStore borrowers;

	private final ReservationStore reservations;

	private final Holds holds;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration retention;

	BorrowerManagement(BorrowerStore borrowers, ReservationStore reservations, Holds holds, AuditTrail audit,
			Clock clock, @Value("${samskapa.lending.retention-days:90}") int retentionDays) {
		this.borrowers = borrowers;
		this.reservations = reservations;
		this.holds = holds;
		this.audit = audit;
		this.clock = clock;
		this.retention = Duration.ofDays(retentionDays);
	}

	public Optional<BorrowerView> borrower(long id) {
		return borrowers.find(id);
	}

	/**
	 * The site's borrowers (registered there or lent something there), by name.
	 * @param name only those whose name contains this, if given
	 * @param limit at most this many
	 */
	public List<BorrowerSummary> borrowersOf(long siteId, String name, int limit) {
		return borrowers.ofSite(siteId, name, limit);
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
		return findOrRegister(name, mobile, null, siteId, actor);
	}

	/**
	 * Finds the borrower with this mobile number, or registers them, with an e-mail
	 * address if they give one. An existing borrower keeps the name and address they
	 * have.
	 * @param email or {@code null}/blank for none
	 */
	@Transactional
	public Registration findOrRegister(String name, String mobile, String email, Long siteId, String actor) {
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
		BorrowerView borrower = borrowers.insertOrFind(name.trim(), number, emailOrNull(email), siteId,
				clock.instant());
		audit.record(actor, "lending-borrower", borrower.id(), "registered", null);
		return new Registration(borrower, true);
	}

	/**
	 * Sets the e-mail address reminders also go to, or removes it when blank.
	 */
	@Transactional
	public BorrowerView changeEmail(long borrowerId, String email, String actor) {
		BorrowerView borrower = borrowers.find(borrowerId)
			.orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
		String address = emailOrNull(email);
		if (Objects.equals(address, borrower.email())) {
			return borrower;
		}
		borrowers.changeEmail(borrowerId, address);
		// Not the address itself: the audit trail outlives it.
		audit.record(actor, "lending-borrower", borrowerId, address == null ? "email-removed" : "email-changed", null);
		return borrowers.find(borrowerId).orElseThrow();
	}

	/**
	 * Wipes the name, number and e-mail address of everyone whose last return or ended
	 * reservation (or registration, if they had neither) is longer ago than the
	 * retention, keeping the pseudonym for the statistics. Someone with something out, an
	 * item held for them or a place in a queue is kept: staff must be able to reach them.
	 * Runs at night on one app node (see {@code internal.LendingJobs}).
	 * @return how many borrowers were wiped
	 */
	@Transactional
	public int wipeInactive() {
		Instant now = clock.instant();
		List<Long> wiped = borrowers.wipeInactiveSince(now.minus(retention), now);
		borrowers.removeDataLinksOfWiped();
		wiped.forEach(id -> audit.record("system", "lending-borrower", id, "wiped",
				"no loan for " + retention.toDays() + " days"));
		if (!wiped.isEmpty()) {
			log.info("Wiped the name and number of {} borrowers without a loan for {} days", wiped.size(),
					retention.toDays());
		}
		return wiped.size();
	}

	/**
	 * Erases a borrower's name, number and e-mail address now, when they ask; not while
	 * they have something out, since staff must be able to reach them about it. Their
	 * reservations and places in queues end (a held item goes to the next in the queue):
	 * no one could tell them their turn had come.
	 */
	@Transactional
	public void erase(long borrowerId, String actor) {
		erase(borrowerId, actor, "on request");
	}

	/** As {@link #erase(long, String)}, with who asked in the audit trail's words. */
	@Transactional
	void erase(long borrowerId, String actor, String detail) {
		borrowers.find(borrowerId).orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
		if (borrowers.hasOpenLoans(borrowerId)) {
			throw new RuleViolation("lending.borrower.has.loans");
		}
		for (long reservation : reservations.openIdsOf(borrowerId)) {
			reservations.find(reservation)
				.ifPresent(r -> holds.close(r, ReservationStatus.CANCELLED, actor, "borrower erased"));
		}
		borrowers.wipe(borrowerId, clock.instant());
		borrowers.removeDataLink(borrowerId);
		audit.record(actor, "lending-borrower", borrowerId, "erased", detail);
	}

	private static String emailOrNull(String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		return EmailAddresses.normalise(email).orElseThrow(() -> new InvalidInput("email", "lending.email.invalid"));
	}

	private static String normalised(String mobile) {
		return MobileNumbers.normalise(mobile)
			.orElseThrow(() -> new InvalidInput("mobile", MobileNumbers.refusal(mobile)));
	}

	/**
	 * A borrower found or registered at the counter.
	 *
	 * @param created the borrower was registered now
	 */
	public record Registration(BorrowerView borrower, boolean created) {
	}

}
