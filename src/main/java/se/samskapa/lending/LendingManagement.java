package se.samskapa.lending;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.CatalogueStore;
import se.samskapa.lending.internal.LoanStore;
import se.samskapa.lending.internal.ReceiptRequested;
import se.samskapa.notifications.Channel;
import se.samskapa.notifications.Notifications;
import se.samskapa.lending.internal.ReservationStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;

/**
 * The counter: lending items to a borrower, taking them back, renewing and moving due
 * dates. Every change is recorded in the audit trail in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class LendingManagement {

	private final LendingCatalogue sites;

	private final CatalogueStore catalogue;

	private final LoanStore loans;

	private final BorrowerManagement borrowers;

	private final ReservationStore reservations;

	private final Holds holds;

	private final AuditTrail audit;

	private final Dates dates;

	private final Clock clock;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	LendingManagement(LendingCatalogue sites, CatalogueStore catalogue, LoanStore loans, BorrowerManagement borrowers,
			ReservationStore reservations, Holds holds, AuditTrail audit, Dates dates, Clock clock,
			Notifications notifications, ApplicationEventPublisher events) {
		this.sites = sites;
		this.catalogue = catalogue;
		this.loans = loans;
		this.borrowers = borrowers;
		this.reservations = reservations;
		this.holds = holds;
		this.audit = audit;
		this.dates = dates;
		this.clock = clock;
		this.notifications = notifications;
		this.events = events;
	}

	/**
	 * Whether the counter can send the receipt by SMS: only when an SMS gateway is
	 * configured (without one, messages are only written to the log).
	 */
	public boolean receiptsBySms() {
		return notifications.delivers(Channel.SMS);
	}

	/** When a loan made today at the site falls due by the site's rule. */
	public LocalDate dueDate(long siteId) {
		SiteView site = sites.requireSite(siteId);
		return site.calendar().dueDate(dates.today(), site.loanDays());
	}

	public LoanView loan(long id) {
		return loans.find(id).orElseThrow(() -> new UnknownLendingThing("lending.loan.unknown", id));
	}

	/**
	 * The site's call list: open loans past their due date, the longest overdue first.
	 */
	public List<OverdueLoan> overdue(long siteId) {
		return loans.overdue(siteId, dates.today());
	}

	public java.util.Optional<LoanView> openLoanOf(long itemId) {
		return loans.openLoanOf(itemId);
	}

	public List<LoanView> openLoansOf(long borrowerId) {
		return loans.openLoansOf(borrowerId);
	}

	/** The borrower's open loans made at the site: what its staff see. */
	public List<LoanView> openLoansOf(long borrowerId, long siteId) {
		return openLoansOf(borrowerId, Set.of(siteId));
	}

	/** The borrower's open loans made at any of the sites. */
	public List<LoanView> openLoansOf(long borrowerId, Collection<Long> siteIds) {
		return loans.openLoansOf(borrowerId).stream().filter(loan -> siteIds.contains(loan.siteId())).toList();
	}

	/** The borrower's returned loans made at the site, the latest first. */
	public List<LoanView> pastLoansOf(long borrowerId, long siteId, int limit) {
		return loans.returnedLoansOf(borrowerId, Set.of(siteId), limit);
	}

	/**
	 * Lends the scanned items to the borrower, all or none: if one of them cannot be lent
	 * the borrower gets none of them and the counter says which one and why.
	 * @param dueOn the due date staff chose, or {@code null} for the site's rule
	 */
	@Transactional
	public List<LoanView> checkout(long siteId, long borrowerId, List<String> itemCodes, LocalDate dueOn,
			String actor) {
		return checkout(siteId, borrowerId, itemCodes, dueOn, false, actor);
	}

	/**
	 * Lends the scanned items to the borrower, all or none, and sends the receipt by SMS
	 * after the commit if the borrower wants it and an SMS gateway is configured.
	 * @param dueOn the due date staff chose, or {@code null} for the site's rule
	 * @param receiptBySms send the receipt to the borrower's mobile too
	 */
	@Transactional
	public List<LoanView> checkout(long siteId, long borrowerId, List<String> itemCodes, LocalDate dueOn,
			boolean receiptBySms, String actor) {
		SiteView site = sites.requireSite(siteId);
		borrowers.borrower(borrowerId).orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
		Set<String> codes = new LinkedHashSet<>();
		(itemCodes == null ? List.<String>of() : itemCodes).stream()
			.filter(Objects::nonNull)
			.map(String::trim)
			.filter(code -> !code.isEmpty())
			.forEach(codes::add);
		if (codes.isEmpty()) {
			throw new InvalidInput("items", "lending.checkout.no.items");
		}
		LocalDate due = dueOn == null ? site.calendar().dueDate(dates.today(), site.loanDays())
				: notInThePast("dueOn", dueOn);
		List<LoanView> lent = new ArrayList<>();
		for (String code : codes) {
			ItemView item = sites.requireItem(code);
			if (item.siteId() != siteId) {
				throw new RuleViolation("lending.item.other.site", item.number());
			}
			lent.add(lend(item, site, borrowerId, due, dueOn != null, actor));
		}
		if (receiptBySms && receiptsBySms()) {
			// Stored with the loans; the SMS goes after the commit, on another thread.
			events.publishEvent(new ReceiptRequested(borrowerId, siteId, lent.stream().map(LoanView::id).toList()));
		}
		return lent;
	}

	/**
	 * Lends one item. An item held for a reservation goes only to the borrower it is held
	 * for, and lending it to them collects the reservation.
	 */
	private LoanView lend(ItemView item, SiteView site, long borrowerId, LocalDate due, boolean overridden,
			String actor) {
		ReservationView collected = null;
		if (!catalogue.markLent(item.id())) {
			ItemStatus status = catalogue.status(item.id());
			if (status != ItemStatus.RESERVED) {
				throw notLendable(item.number(), status);
			}
			// The reservation first, then the item: the order the nightly expiry takes.
			ReservationView hold = reservations.lockHold(item.id())
				.orElseThrow(() -> notLendable(item.number(), catalogue.status(item.id())));
			if (hold.borrowerId() != borrowerId) {
				throw reservedForOther(item.number(), hold);
			}
			if (!reservations.lendHeldItem(item.id())) {
				throw notLendable(item.number(), catalogue.status(item.id()));
			}
			collected = hold;
		}
		long loanId;
		try {
			loanId = loans.insert(item.id(), borrowerId, site.id(), clock.instant(), actor, due, overridden);
		}
		catch (DuplicateKeyException ex) {
			// The item's status said available, yet an open loan exists: the database's
			// rule of one open loan per item holds regardless, and this is its answer.
			throw new RuleViolation("lending.item.on.loan", item.number());
		}
		catch (DataIntegrityViolationException ex) {
			// The database's other rule: an item held for someone is lent to them only.
			if (String.valueOf(ex.getMessage()).contains("held for another borrower")) {
				throw new RuleViolation("lending.item.reserved", item.number());
			}
			throw ex;
		}
		audit.record(actor, "lending-loan", loanId, "lent",
				item.number() + " to borrower " + borrowerId + ", due " + due);
		if (collected != null) {
			reservations.collect(collected.id(), loanId, clock.instant(), actor);
			audit.record(actor, "lending-reservation", collected.id(), "collected", item.number());
		}
		return loan(loanId);
	}

	/** The counter is told whose it is not, and until when it is held. */
	private RuleViolation reservedForOther(String number, ReservationView hold) {
		return new RuleViolation("lending.item.reserved.for.other", number, dates.day(hold.holdUntil()));
	}

	private static RuleViolation notLendable(String number, ItemStatus status) {
		return switch (status) {
			case ON_LOAN -> new RuleViolation("lending.item.on.loan", number);
			case RESERVED -> new RuleViolation("lending.item.reserved", number);
			case IN_REPAIR -> new RuleViolation("lending.item.in.repair", number);
			case RETIRED -> new RuleViolation("lending.item.retired", number);
			case AVAILABLE -> new RuleViolation("lending.item.on.loan", number);
		};
	}

	/**
	 * Takes an item back. Broken or incomplete items go to repair rather than back on the
	 * shelf, so that the next borrower does not get a tent without its poles. An item
	 * back in good order goes to the first in the queue for its type and size, if anyone
	 * waits: {@link ReservationManagement#heldFor} tells whom to put it aside for.
	 */
	@Transactional
	public LoanView takeBack(String itemCode, Condition condition, List<String> missingParts, String note,
			String actor) {
		ItemView item = sites.requireItem(itemCode);
		// The queue for its type and size waits until the item is either held for the
		// first in it or back on the shelf.
		holds.lock(item);
		LoanView loan = loans.openLoanOf(item.id())
			.orElseThrow(() -> new RuleViolation("lending.return.not.lent", item.number()));
		if (condition == null) {
			throw new InvalidInput("condition", "lending.return.condition.required");
		}
		List<String> missing = missingParts == null ? List.of()
				: missingParts.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).distinct().toList();
		for (String part : missing) {
			if (!item.parts().contains(part)) {
				throw new InvalidInput("missingParts", "lending.return.unknown.part", part, item.number());
			}
		}
		if (!loans.markReturned(loan.id(), clock.instant(), actor, condition, blankToNull(note), missing)) {
			throw new RuleViolation("lending.return.not.lent", item.number());
		}
		ItemStatus next = condition == Condition.BROKEN || !missing.isEmpty() ? ItemStatus.IN_REPAIR
				: ItemStatus.AVAILABLE;
		catalogue.afterReturn(item.id(), condition, next);
		audit.record(actor, "lending-loan", loan.id(), "returned",
				item.number() + " " + condition + (missing.isEmpty() ? "" : ", missing " + missing));
		if (next == ItemStatus.AVAILABLE) {
			// Not back on the shelf if someone waits for it: held for them at once, and
			// the counter is told to put it aside.
			holds.offer(item.id(), actor, true);
		}
		return loan(loan.id());
	}

	/**
	 * Renews an open loan from today: a new due date on the same loan, recorded as a
	 * renewal and not as a new loan.
	 * @param dueOn the due date staff chose, or {@code null} for the site's rule
	 */
	@Transactional
	public LoanView renew(long loanId, LocalDate dueOn, String actor) {
		LoanView loan = requireOpen(loanId);
		SiteView site = sites.requireSite(loan.siteId());
		LocalDate due = dueOn == null ? site.calendar().dueDate(dates.today(), site.loanDays())
				: notInThePast("dueOn", dueOn);
		if (!due.isAfter(loan.dueOn())) {
			throw new InvalidInput("dueOn", "lending.renew.not.later", dates.date(loan.dueOn()));
		}
		loans.renew(loanId, clock.instant(), actor, loan.dueOn(), due, dueOn != null);
		audit.record(actor, "lending-loan", loanId, "renewed", loan.dueOn() + " -> " + due);
		return loan(loanId);
	}

	/** Staff set a loan's due date by hand (a holiday trip, a long illness). */
	@Transactional
	public LoanView changeDue(long loanId, LocalDate dueOn, String actor) {
		LoanView loan = requireOpen(loanId);
		if (dueOn == null) {
			throw new InvalidInput("dueOn", "lending.due.required");
		}
		loans.changeDue(loanId, notInThePast("dueOn", dueOn));
		audit.record(actor, "lending-loan", loanId, "due-changed", loan.dueOn() + " -> " + dueOn);
		return loan(loanId);
	}

	private LoanView requireOpen(long loanId) {
		LoanView loan = loan(loanId);
		if (!loan.isOpen()) {
			throw new RuleViolation("lending.loan.returned", loan.itemNumber());
		}
		return loan;
	}

	private LocalDate notInThePast(String field, LocalDate day) {
		if (day.isBefore(dates.today())) {
			throw new InvalidInput(field, "lending.due.in.past");
		}
		return day;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
