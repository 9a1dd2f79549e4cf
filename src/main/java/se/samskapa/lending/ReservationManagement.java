package se.samskapa.lending;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.ReservationStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;

/**
 * Reservations and waitlists. A borrower reserves an item type and size at a site (not a
 * particular item): if one is in, it is held for them for the site's hold period (3 days
 * unless the site says otherwise, the last day moved to an open day) and staff put it
 * aside; if every one is out, they may join the queue, and the first in the queue gets
 * the next one that comes in. Picking up turns the reservation into a loan in one step.
 * Holds not collected in time are released by a nightly job; places in a queue lapse
 * after a set time.
 */
@Service
@Transactional(readOnly = true)
public class ReservationManagement {

	/** The hold period of every Fritidsbanken, unless a site decides otherwise. */
	public static final int DEFAULT_HOLD_DAYS = 3;

	/** Who made a reservation on the public pages (audit trail). */
	public static final String ONLINE = "web";

	private static final Logger log = LoggerFactory.getLogger(ReservationManagement.class);

	/** No vowels (no words), no look-alikes (0/O, 1/I/L, 8/B, 5/S). */
	private static final String CODE_ALPHABET = "CDFGHJKMNPQRTVWXYZ234679";

	private static final int CODE_LENGTH = 6;

	private final ReservationStore reservations;

	private final Holds holds;

	private final LendingCatalogue catalogue;

	private final LendingManagement lending;

	private final BorrowerManagement borrowers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Dates dates;

	private final Clock clock;

	private final int maxOpen;

	private final Duration waitlistPeriod;

	private final SecureRandom random = new SecureRandom();

	ReservationManagement(ReservationStore reservations, Holds holds, LendingCatalogue catalogue,
			LendingManagement lending, BorrowerManagement borrowers, AuditTrail audit, ApplicationEventPublisher events,
			Dates dates, Clock clock, @Value("${samskapa.lending.max-open-reservations:3}") int maxOpen,
			@Value("${samskapa.lending.waitlist-days:90}") int waitlistDays) {
		this.reservations = reservations;
		this.holds = holds;
		this.catalogue = catalogue;
		this.lending = lending;
		this.borrowers = borrowers;
		this.audit = audit;
		this.events = events;
		this.dates = dates;
		this.clock = clock;
		this.maxOpen = maxOpen;
		this.waitlistPeriod = Duration.ofDays(waitlistDays);
	}

	/** How many reservations and places in queues one borrower may have open at once. */
	public int maxOpen() {
		return maxOpen;
	}

	/** How many days a place in a queue lasts. */
	public int waitlistDays() {
		return (int) waitlistPeriod.toDays();
	}

	/** How many days the site holds a reserved item. */
	public int holdDays(long siteId) {
		catalogue.requireSite(siteId);
		return reservations.holdDays(siteId);
	}

	@Transactional
	public void setHoldDays(long siteId, Integer days, String actor) {
		catalogue.requireSite(siteId);
		if (days == null || days < 1 || days > 30) {
			throw new InvalidInput("holdDays", "lending.reservation.hold.days.range");
		}
		reservations.setHoldDays(siteId, days);
		audit.record(actor, "lending-site", siteId, "hold-days", String.valueOf(days));
	}

	/** The last day to collect an item reserved today at the site. */
	public LocalDate pickupDeadline(long siteId) {
		catalogue.requireSite(siteId);
		return holds.deadline(siteId);
	}

	/**
	 * A reservation on the public pages: the borrower is found by their mobile number or
	 * registered with the name, as at the counter.
	 * @see #reserve(long, long, String, long, boolean, String)
	 */
	@Transactional
	public ReservationView reserveOnline(long siteId, long typeId, String size, String name, String mobile,
			boolean joinWaitlist) {
		catalogue.requireSite(siteId);
		String cleanSize = blankToNull(size);
		requireStocked(siteId, typeId, cleanSize);
		BorrowerView borrower = borrowers.findOrRegister(name, mobile, siteId, ONLINE).borrower();
		return reserve(siteId, typeId, cleanSize, borrower.id(), joinWaitlist, ONLINE);
	}

	/**
	 * Reserves an item of the type and size at the site for the borrower: one that is in
	 * now is held for them ({@link ReservationStatus#READY}); when every one is out they
	 * join the queue ({@link ReservationStatus#WAITING}) if they want to, and otherwise
	 * the answer is {@link NoneAvailable}, which offers the queue.
	 * @param size the size, or {@code null} for a type without sizes
	 * @param joinWaitlist join the queue when none is in
	 */
	@Transactional
	public ReservationView reserve(long siteId, long typeId, String size, long borrowerId, boolean joinWaitlist,
			String actor) {
		catalogue.requireSite(siteId);
		String cleanSize = blankToNull(size);
		requireStocked(siteId, typeId, cleanSize);
		borrowers.borrower(borrowerId).orElseThrow(() -> new UnknownLendingThing("lending.borrower.unknown"));
		reservations.lockBorrower(borrowerId);
		if (reservations.hasOpen(borrowerId, siteId, typeId, cleanSize)) {
			throw new RuleViolation("lending.reservation.already");
		}
		if (reservations.openCount(borrowerId) >= maxOpen) {
			throw new RuleViolation("lending.reservation.too.many", maxOpen);
		}
		reservations.lockQueue(siteId, typeId, cleanSize);
		Instant now = clock.instant();
		Optional<Long> item = reservations.holdAvailableItem(siteId, typeId, cleanSize);
		long id;
		if (item.isPresent()) {
			LocalDate holdUntil = holds.deadline(siteId);
			id = insert(siteId, typeId, cleanSize, borrowerId, ReservationStatus.READY, false, item.get(), holdUntil,
					now, actor);
			audit.record(actor, "lending-reservation", id, "reserved", "held until " + holdUntil);
		}
		else if (joinWaitlist) {
			id = insert(siteId, typeId, cleanSize, borrowerId, ReservationStatus.WAITING, true, null, null, now, actor);
			audit.record(actor, "lending-reservation", id, "waitlisted", null);
		}
		else {
			throw new NoneAvailable();
		}
		events.publishEvent(new ReservationMade(id, item.isEmpty()));
		return reservations.find(id).orElseThrow();
	}

	private long insert(long siteId, long typeId, String size, long borrowerId, ReservationStatus status,
			boolean waitlisted, Long itemId, LocalDate holdUntil, Instant now, String actor) {
		for (int attempt = 0; attempt < 20; attempt++) {
			Optional<Long> id = reservations.insert(newCode(), siteId, typeId, size, borrowerId, status, waitlisted,
					itemId, holdUntil, now, actor);
			if (id.isPresent()) {
				return id.get();
			}
		}
		throw new IllegalStateException("No free reservation code after 20 attempts");
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private void requireStocked(long siteId, long typeId, String size) {
		if (!reservations.stocks(siteId, typeId, size)) {
			throw new UnknownLendingThing("lending.reservation.not.stocked");
		}
	}

	public Optional<ReservationView> reservation(long id) {
		return reservations.find(id);
	}

	public ReservationView requireReservation(long id) {
		return reservations.find(id).orElseThrow(() -> new UnknownLendingThing("lending.reservation.unknown"));
	}

	/** The reservation with this code, however it is typed (k7mq2x, K7M-Q2X). */
	public Optional<ReservationView> byCode(String code) {
		String clean = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return clean.matches("[A-Z0-9]{6}") ? reservations.findByCode(clean) : Optional.empty();
	}

	/** The reservation the item is held for, if it is. */
	public Optional<ReservationView> heldFor(long itemId) {
		return reservations.heldFor(itemId);
	}

	/** The borrower's reservations and places in queues that are open. */
	public List<ReservationView> openOf(long borrowerId) {
		return reservations.openOf(borrowerId);
	}

	/**
	 * What staff have to hand out: the site's held reservations, first deadline first.
	 */
	public List<ReservationView> awaitingPickup(long siteId) {
		return reservations.ready(siteId);
	}

	/** Everyone in the site's queues, per type and size in queue order. */
	public List<ReservationView> waiting(long siteId) {
		return reservations.waiting(siteId);
	}

	/** The site's queues, the one waiting longest first. */
	public List<WaitlistSummary> waitlists(long siteId) {
		return reservations.waitlists(siteId);
	}

	/**
	 * For the statistics: waitlist entries (demand that was not in stock) per month, site
	 * and top category, made on the days from {@code from} to {@code to}, both included.
	 * @param siteId one site, or {@code null} for every site
	 */
	public List<WaitlistDemand> waitlistDemand(LocalDate from, LocalDate to, Long siteId) {
		return reservations.demand(from.atStartOfDay(Dates.ZONE).toInstant(),
				to.plusDays(1).atStartOfDay(Dates.ZONE).toInstant(), siteId);
	}

	/** Staff have put the held item on the reservations shelf. */
	@Transactional
	public ReservationView setAside(long id, String actor) {
		ReservationView reservation = requireReservation(id);
		if (!reservations.setAside(id)) {
			throw new RuleViolation("lending.reservation.not.held", reservation.code());
		}
		audit.record(actor, "lending-reservation", id, "set-aside", reservation.itemNumber());
		return requireReservation(id);
	}

	/**
	 * Staff cancel a reservation (the borrower called, or asked at the counter). A held
	 * item goes to the next in the queue, or back on the shelf.
	 */
	@Transactional
	public ReservationView cancel(long id, String actor) {
		ReservationView reservation = requireReservation(id);
		if (!holds.close(reservation, ReservationStatus.CANCELLED, actor, "by staff")) {
			throw new RuleViolation("lending.reservation.closed", reservation.code());
		}
		return requireReservation(id);
	}

	/** The borrower cancels with the code they got. */
	@Transactional
	public ReservationView cancelByCode(String code) {
		ReservationView reservation = byCode(code)
			.orElseThrow(() -> new UnknownLendingThing("lending.reservation.code.unknown"));
		if (!holds.close(reservation, ReservationStatus.CANCELLED, ONLINE, "by the borrower with the code")) {
			throw new RuleViolation("lending.reservation.closed", reservation.code());
		}
		return requireReservation(reservation.id());
	}

	/**
	 * Lends the held item to the borrower it is held for, or another item of the same
	 * type and size that is in (the held one is then released): the reservation becomes
	 * the loan, due by the site's rule.
	 * @param itemCode the item scanned, or {@code null} for the held one
	 */
	@Transactional
	public LoanView pickUp(long id, String itemCode, String actor) {
		ReservationView reservation = requireReservation(id);
		if (!reservation.isReady()) {
			throw new RuleViolation("lending.reservation.not.held", reservation.code());
		}
		ItemView item = itemCode == null || itemCode.isBlank() ? catalogue.requireItem(reservation.itemNumber())
				: catalogue.requireItem(itemCode);
		if (item.id() == reservation.itemId()) {
			// Lending the held item to its borrower collects the reservation.
			return lending.checkout(reservation.siteId(), reservation.borrowerId(), List.of(item.number()), null, actor)
				.get(0);
		}
		if (item.siteId() != reservation.siteId() || item.typeId() != reservation.typeId()
				|| !Objects.equals(item.size(), reservation.size())) {
			throw new RuleViolation("lending.reservation.other.item", item.number(), reservation.description());
		}
		LoanView loan = lending
			.checkout(reservation.siteId(), reservation.borrowerId(), List.of(item.number()), null, actor)
			.get(0);
		if (!reservations.collect(id, loan.id(), clock.instant(), actor)) {
			throw new RuleViolation("lending.reservation.not.held", reservation.code());
		}
		audit.record(actor, "lending-reservation", id, "collected",
				item.number() + " instead of " + reservation.itemNumber());
		holds.release(reservation.itemId(), actor);
		return loan;
	}

	/**
	 * Releases held items not collected by their last day (to the next in the queue, or
	 * back on the shelf), and ends places in queues older than the waitlist period. Runs
	 * every night on one node ({@code internal.LendingJobs}).
	 * @return how many reservations ended
	 */
	@Transactional
	public int expireOverdue() {
		int ended = 0;
		for (long id : reservations.heldPast(dates.today())) {
			ReservationView reservation = requireReservation(id);
			if (holds.close(reservation, ReservationStatus.EXPIRED, "system",
					"not collected by " + reservation.holdUntil())) {
				ended++;
			}
		}
		for (long id : reservations.waitingSince(clock.instant().minus(waitlistPeriod))) {
			if (holds.close(requireReservation(id), ReservationStatus.EXPIRED, "system",
					"waited " + waitlistPeriod.toDays() + " days")) {
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} reservations not collected in time or waiting too long", ended);
		}
		return ended;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/**
	 * Every item of the type and size is out (or held for others): the borrower may join
	 * the queue instead.
	 */
	public static class NoneAvailable extends RuleViolation {

		NoneAvailable() {
			super("lending.reservation.none.available");
		}

	}

}
