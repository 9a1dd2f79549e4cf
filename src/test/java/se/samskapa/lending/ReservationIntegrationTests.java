package se.samskapa.lending;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.lending.ReservationManagement.NoneAvailable;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reservations and waitlists against the embedded PostgreSQL, on the test date Sunday 22
 * November 2026. The fixture's site is open Tuesday to Saturday and holds for the default
 * three days, so an item reserved today is to be collected by Wednesday 25 November; it
 * has one pair of skates in size 38, one in 40 and one tent.
 */
@SamskapaTest
@Transactional
@RecordApplicationEvents
@Import(LendingFixtures.class)
class ReservationIntegrationTests {

	private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

	private static final Instant NOW = TestClock.NOW.atZone(TestClock.STOCKHOLM).toInstant();

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	ReservationManagement reservations;

	@Autowired
	LendingManagement lending;

	@Autowired
	LendingCatalogue catalogue;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	private Fixture f;

	private long skates;

	@BeforeEach
	void fixture() {
		f = fixtures.create("rv");
		skates = f.skates38().typeId();
	}

	@Test
	void anItemThatIsInIsHeldForTheBorrowerWithADeadlineAndACode() {
		ReservationView r = reservations.reserveOnline(f.site().id(), skates, "38", "Sara Holm", "073-555 12 34",
				false);

		assertThat(r.status()).isEqualTo(ReservationStatus.READY);
		assertThat(r.itemId()).isEqualTo(f.skates38().id());
		assertThat(r.itemNumber()).isEqualTo("RV-SKATES-38");
		assertThat(r.holdUntil()).isEqualTo(WEDNESDAY);
		assertThat(r.code()).matches("[CDFGHJKMNPQRTVWXYZ234679]{6}");
		assertThat(r.description()).isEqualTo("Hockeyskridskor, 38");
		assertThat(r.waitlisted()).isFalse();
		assertThat(r.setAside()).isFalse();
		assertThat(status(f.skates38())).isEqualTo(ItemStatus.RESERVED);
		// The counter's rule: found by the number, or registered with name and number.
		BorrowerView borrower = borrowers.findByMobile("0735551234").orElseThrow();
		assertThat(borrower.name()).isEqualTo("Sara Holm");
		assertThat(r.borrowerId()).isEqualTo(borrower.id());
		assertThat(audit.entries("lending-reservation", r.id())).extracting(AuditTrail.Entry::actor)
			.containsExactly("web");
		assertThat(events.stream(ReservationMade.class)).containsExactly(new ReservationMade(r.id(), false));
		assertThat(events.stream(ReservationReadyForPickup.class)).isEmpty();
		assertThat(reservations.byCode(r.code().toLowerCase())).contains(r);
		assertThat(reservations.byCode(r.code().substring(0, 3) + "-" + r.code().substring(3))).contains(r);
	}

	@Test
	void anExistingBorrowerIsFoundByTheirNumberHoweverItIsWritten() {
		ReservationView r = reservations.reserveOnline(f.site().id(), skates, "38", "Alva L", "+46 70 100 00 01",
				false);
		assertThat(r.borrowerId()).isEqualTo(f.borrower().id());
		assertThat(borrowers.borrower(f.borrower().id()).orElseThrow().name()).isEqualTo("Alva Lind");
	}

	@Test
	void aTypeWithoutSizesIsReservedWithoutOne() {
		ReservationView tent = reservations.reserve(f.site().id(), f.tent().typeId(), "", f.borrower().id(), false,
				f.staff());
		assertThat(tent.size()).isNull();
		assertThat(tent.itemNumber()).isEqualTo("RV-TENT-1");
		assertThat(tent.description()).isEqualTo("Tält, 2 personer");
	}

	@Test
	void aHeldItemIsNotLentToAnyoneElse() {
		ReservationView r = reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff());
		long other = register("Bo Ek", "073-200 00 02");

		// The reader's language, as a page or the API has it.
		LocaleContextHolder.setLocale(Dates.SWEDISH);
		RuleViolation refused;
		try {
			refused = refusal(() -> lending.checkout(f.site().id(), other, List.of("RV-SKATES-38"), null, f.staff()));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		assertThat(refused.messageKey()).isEqualTo("lending.item.reserved.for.other");
		assertThat(refused.arguments()).containsExactly("RV-SKATES-38", "onsdag 25 november");
		assertThat(reservations.requireReservation(r.id()).status()).isEqualTo(ReservationStatus.READY);
	}

	@Test
	void theDatabaseRefusesALoanOfAHeldItemToAnotherBorrowerEvenInPlainSql() {
		reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff());
		long other = register("Bo Ek", "073-200 00 02");
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO lending_loan (item_id, borrower_id, site_id, lent_at, lent_by, due_on)
				VALUES (:item, :borrower, :site, now(), 'sql', DATE '2026-12-09')
				""").param("item", f.skates38().id()).param("borrower", other).param("site", f.site().id()).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("held for another borrower");
	}

	@Test
	void anItemIsHeldForOneReservationAtMostByThePartialUniqueIndex() {
		ReservationView r = reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff());
		long other = register("Bo Ek", "073-200 00 02");
		assertThatThrownBy(() -> jdbc
			.sql("""
					INSERT INTO lending_reservation (code, site_id, item_type_id, size, borrower_id, status, waitlisted,
					                                 item_id, hold_until, created_at, created_by, ready_at)
					SELECT 'ZZZZZZ', site_id, item_type_id, size, :other, 'READY', FALSE, item_id, hold_until, now(), 'sql', now()
					FROM lending_reservation WHERE id = :id
					""")
			.param("other", other)
			.param("id", r.id())
			.update()).isInstanceOf(DuplicateKeyException.class)
			.hasMessageContaining("lending_reservation_held_item_uq");
	}

	@Test
	void pickingUpTurnsTheReservationIntoALoanInOneStep() {
		ReservationView r = reservations.reserveOnline(f.site().id(), skates, "38", "Sara Holm", "073-555 12 34",
				false);

		LoanView loan = reservations.pickUp(r.id(), null, f.staff());

		assertThat(loan.itemNumber()).isEqualTo("RV-SKATES-38");
		assertThat(loan.borrowerId()).isEqualTo(r.borrowerId());
		assertThat(loan.dueOn()).isEqualTo(LocalDate.of(2026, 12, 9));
		ReservationView collected = reservations.requireReservation(r.id());
		assertThat(collected.status()).isEqualTo(ReservationStatus.COLLECTED);
		assertThat(collected.loanId()).isEqualTo(loan.id());
		assertThat(status(f.skates38())).isEqualTo(ItemStatus.ON_LOAN);
		assertThat(reservations.openOf(r.borrowerId())).isEmpty();
		assertThat(refusal(() -> reservations.pickUp(r.id(), null, f.staff())).messageKey())
			.isEqualTo("lending.reservation.not.held");
	}

	@Test
	void scanningTheHeldItemForItsBorrowerAtTheCounterCollectsTheReservation() {
		ReservationView r = reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff());

		List<LoanView> loans = lending.checkout(f.site().id(), f.borrower().id(),
				List.of("RV-SKATES-38", "RV-SKATES-40"), null, f.staff());

		assertThat(loans).extracting(LoanView::itemNumber).containsExactly("RV-SKATES-38", "RV-SKATES-40");
		assertThat(reservations.requireReservation(r.id()).status()).isEqualTo(ReservationStatus.COLLECTED);
		assertThat(reservations.requireReservation(r.id()).loanId()).isEqualTo(loans.get(0).id());
	}

	@Test
	void anotherItemOfTheSameTypeAndSizeMayBeHandedOutAndTheHeldOneGoesBack() {
		ItemView newer = catalogue.registerItem(f.site().id(), skates, "RV-SKATES-38B", null, "38", Condition.NEW,
				List.of(), "test");
		ReservationView r = reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff());
		// The one in the best condition is held.
		assertThat(r.itemNumber()).isEqualTo("RV-SKATES-38B");

		LoanView loan = reservations.pickUp(r.id(), "rv-skates-38", f.staff());

		assertThat(loan.itemNumber()).isEqualTo("RV-SKATES-38");
		assertThat(reservations.requireReservation(r.id()).status()).isEqualTo(ReservationStatus.COLLECTED);
		assertThat(status(newer)).isEqualTo(ItemStatus.AVAILABLE);
		assertThat(refusal(() -> reservations.pickUp(
				reservations.reserve(f.site().id(), skates, "38", register("Bo Ek", "073-200 00 02"), false, f.staff())
					.id(),
				"RV-SKATES-40", f.staff()))
			.messageKey()).isEqualTo("lending.reservation.other.item");
	}

	@Test
	void whenNoneIsInTheBorrowerIsOfferedTheQueueAndNothingIsSaved() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-SKATES-38"), null, f.staff());

		NoneAvailable none = catchThrowableOfType(NoneAvailable.class,
				() -> reservations.reserveOnline(f.site().id(), skates, "38", "Sara Holm", "073-555 12 34", false));

		assertThat(none.messageKey()).isEqualTo("lending.reservation.none.available");
		assertThat(count("SELECT count(*) FROM lending_reservation WHERE site_id = " + f.site().id())).isZero();
	}

	@Test
	void theQueueGetsAReturnedItemInTheSameTransactionFirstComeFirstServed() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-SKATES-38"), null, f.staff());
		ReservationView first = reservations.reserveOnline(f.site().id(), skates, "38", "Sara Holm", "073-555 12 34",
				true);
		ReservationView second = reservations.reserveOnline(f.site().id(), skates, "38", "Ture Sten", "073-555 56 78",
				true);
		assertThat(first.status()).isEqualTo(ReservationStatus.WAITING);
		assertThat(first.waitlisted()).isTrue();
		assertThat(first.position()).isEqualTo(1);
		assertThat(second.position()).isEqualTo(2);
		assertThat(events.stream(ReservationMade.class)).containsExactly(new ReservationMade(first.id(), true),
				new ReservationMade(second.id(), true));
		assertThat(reservations.waitlists(f.site().id()))
			.extracting(WaitlistSummary::description, WaitlistSummary::waiting)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hockeyskridskor, 38", 2));

		lending.takeBack("RV-SKATES-38", Condition.GOOD, List.of(), null, f.staff());

		ReservationView ready = reservations.requireReservation(first.id());
		assertThat(ready.status()).isEqualTo(ReservationStatus.READY);
		assertThat(ready.itemId()).isEqualTo(f.skates38().id());
		assertThat(ready.holdUntil()).isEqualTo(WEDNESDAY);
		// Staff had it in their hands and were told to put it aside.
		assertThat(ready.setAside()).isTrue();
		assertThat(status(f.skates38())).isEqualTo(ItemStatus.RESERVED);
		assertThat(reservations.heldFor(f.skates38().id())).map(ReservationView::borrowerName).contains("Sara Holm");
		assertThat(events.stream(ReservationReadyForPickup.class))
			.containsExactly(new ReservationReadyForPickup(first.id()));
		assertThat(reservations.requireReservation(second.id()).position()).isEqualTo(1);
		// Not back on the shelf: no one else can reserve it or borrow it.
		assertThat(catalogue.availability(f.site().slug())).filteredOn(a -> "38".equals(a.size()))
			.extracting(Availability::available)
			.containsExactly(0);
	}

	@Test
	void aBrokenReturnGoesToRepairAndTheQueueKeepsWaiting() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-SKATES-38"), null, f.staff());
		ReservationView waiting = reservations.reserve(f.site().id(), skates, "38", register("Bo Ek", "073-200 00 02"),
				true, f.staff());

		lending.takeBack("RV-SKATES-38", Condition.BROKEN, List.of(), "Skenan lös", f.staff());

		assertThat(status(f.skates38())).isEqualTo(ItemStatus.IN_REPAIR);
		assertThat(reservations.requireReservation(waiting.id()).status()).isEqualTo(ReservationStatus.WAITING);
	}

	@Test
	void aDonatedItemGoesToTheFirstInTheQueue() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-SKATES-40"), null, f.staff());
		ReservationView waiting = reservations.reserve(f.site().id(), skates, "40", register("Bo Ek", "073-200 00 02"),
				true, f.staff());

		ItemView donated = catalogue.registerItem(f.site().id(), skates, "RV-SKATES-40B", null, "40", Condition.GOOD,
				List.of(), f.staff());

		assertThat(donated.status()).isEqualTo(ItemStatus.RESERVED);
		ReservationView ready = reservations.requireReservation(waiting.id());
		assertThat(ready.itemNumber()).isEqualTo("RV-SKATES-40B");
		assertThat(ready.setAside()).isFalse();
		assertThat(events.stream(ReservationReadyForPickup.class))
			.containsExactly(new ReservationReadyForPickup(waiting.id()));
	}

	@Test
	void holdsNotCollectedInTimeExpireAndTheItemGoesToTheNextInTheQueueThenBackOnTheShelf() {
		ReservationView held = reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff());
		ReservationView waiting = reservations.reserve(f.site().id(), skates, "38", register("Bo Ek", "073-200 00 02"),
				true, f.staff());
		assertThat(waiting.status()).isEqualTo(ReservationStatus.WAITING);
		// On the last day the hold stands.
		assertThat(reservations.expireOverdue()).isZero();

		// The last day was yesterday.
		holdUntil(held.id(), LocalDate.of(2026, 11, 21));
		assertThat(reservations.expireOverdue()).isEqualTo(1);

		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.EXPIRED);
		ReservationView next = reservations.requireReservation(waiting.id());
		assertThat(next.status()).isEqualTo(ReservationStatus.READY);
		assertThat(next.itemId()).isEqualTo(f.skates38().id());
		assertThat(next.holdUntil()).isEqualTo(WEDNESDAY);
		// Found at night, not in anyone's hands: it is on the list of what to fetch.
		assertThat(next.setAside()).isFalse();
		assertThat(events.stream(ReservationReadyForPickup.class))
			.containsExactly(new ReservationReadyForPickup(waiting.id()));
		assertThat(audit.entries("lending-reservation", held.id())).extracting(AuditTrail.Entry::action)
			.containsExactly("reserved", "expired");

		holdUntil(waiting.id(), LocalDate.of(2026, 11, 21));
		assertThat(reservations.expireOverdue()).isEqualTo(1);
		assertThat(status(f.skates38())).isEqualTo(ItemStatus.AVAILABLE);
	}

	@Test
	void placesInAQueueLapseAfterTheWaitlistPeriod() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-SKATES-38"), null, f.staff());
		ReservationView old = reservations.reserve(f.site().id(), skates, "38", register("Bo Ek", "073-200 00 02"),
				true, f.staff());
		ReservationView recent = reservations.reserve(f.site().id(), skates, "38", register("Cy Holm", "073-200 00 03"),
				true, f.staff());
		jdbc.sql("UPDATE lending_reservation SET created_at = :at WHERE id = :id")
			.param("at", Timestamp.from(NOW.minus(Duration.ofDays(91))))
			.param("id", old.id())
			.update();

		assertThat(reservations.expireOverdue()).isEqualTo(1);

		assertThat(reservations.requireReservation(old.id()).status()).isEqualTo(ReservationStatus.EXPIRED);
		assertThat(reservations.requireReservation(recent.id()).status()).isEqualTo(ReservationStatus.WAITING);
	}

	@Test
	void staffCancelAndTheHeldItemGoesToTheNextInTheQueue() {
		ReservationView held = reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff());
		ReservationView waiting = reservations.reserve(f.site().id(), skates, "38", register("Bo Ek", "073-200 00 02"),
				true, f.staff());

		assertThat(reservations.cancel(held.id(), f.staff()).status()).isEqualTo(ReservationStatus.CANCELLED);

		assertThat(reservations.requireReservation(waiting.id()).itemId()).isEqualTo(f.skates38().id());
		assertThat(refusal(() -> reservations.cancel(held.id(), f.staff())).messageKey())
			.isEqualTo("lending.reservation.closed");
	}

	@Test
	void theBorrowerCancelsWithTheCodeAndTheItemIsBackOnTheShelf() {
		ReservationView held = reservations.reserveOnline(f.site().id(), skates, "38", "Sara Holm", "073-555 12 34",
				false);

		ReservationView cancelled = reservations.cancelByCode(" " + held.code().toLowerCase() + " ");

		assertThat(cancelled.status()).isEqualTo(ReservationStatus.CANCELLED);
		assertThat(status(f.skates38())).isEqualTo(ItemStatus.AVAILABLE);
		assertThat(
				catchThrowableOfType(UnknownLendingThing.class, () -> reservations.cancelByCode("QQQQQQ")).messageKey())
			.isEqualTo("lending.reservation.code.unknown");
	}

	@Test
	void aBorrowerHasAtMostThreeOpenReservationsAndOnePerTypeAndSize() {
		long borrower = f.borrower().id();
		reservations.reserve(f.site().id(), skates, "38", borrower, false, f.staff());
		assertThat(refusal(() -> reservations.reserve(f.site().id(), skates, "38", borrower, true, f.staff()))
			.messageKey()).isEqualTo("lending.reservation.already");
		reservations.reserve(f.site().id(), skates, "40", borrower, false, f.staff());
		reservations.reserve(f.site().id(), f.tent().typeId(), null, borrower, false, f.staff());

		RuleViolation refused = refusal(
				() -> reservations.reserve(f.otherSite().id(), f.helmet().typeId(), "M", borrower, false, f.staff()));

		assertThat(refused.messageKey()).isEqualTo("lending.reservation.too.many");
		assertThat(refused.arguments()).containsExactly(3);
	}

	@Test
	void onlyWhatTheSiteHasCanBeReserved() {
		assertThat(catchThrowableOfType(UnknownLendingThing.class,
				() -> reservations.reserve(f.site().id(), skates, "44", f.borrower().id(), true, f.staff()))
			.messageKey()).isEqualTo("lending.reservation.not.stocked");
		assertThat(catchThrowableOfType(UnknownLendingThing.class,
				() -> reservations.reserve(f.site().id(), f.helmet().typeId(), "M", f.borrower().id(), true, f.staff()))
			.messageKey()).isEqualTo("lending.reservation.not.stocked");
	}

	@Test
	void theHoldPeriodIsTheSitesOwn() {
		reservations.setHoldDays(f.site().id(), 7, f.lendingAdmin());
		assertThat(reservations.holdDays(f.site().id())).isEqualTo(7);
		// Sunday + 7 = Sunday, closed; Monday closed; so Tuesday 1 December.
		assertThat(reservations.reserve(f.site().id(), skates, "38", f.borrower().id(), false, f.staff()).holdUntil())
			.isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> reservations.setHoldDays(f.site().id(), 0, f.lendingAdmin()))
			.field()).isEqualTo("holdDays");
	}

	@Test
	void theStatisticsCountWaitlistEntriesPerMonthSiteAndCategory() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-SKATES-38", "RV-TENT-1"), null, f.staff());
		long bo = register("Bo Ek", "073-200 00 02");
		long cy = register("Cy Holm", "073-200 00 03");
		ReservationView october = reservations.reserve(f.site().id(), skates, "38", bo, true, f.staff());
		reservations.reserve(f.site().id(), skates, "38", cy, true, f.staff());
		reservations.reserve(f.site().id(), f.tent().typeId(), null, cy, true, f.staff());
		// Reserved from the shelf: not demand that was out of stock.
		reservations.reserve(f.site().id(), skates, "40", bo, false, f.staff());
		jdbc.sql("UPDATE lending_reservation SET created_at = TIMESTAMPTZ '2026-10-31 23:30:00+01' WHERE id = :id")
			.param("id", october.id())
			.update();
		// Ended entries count: it was asked for.
		reservations.cancel(october.id(), f.staff());

		List<WaitlistDemand> demand = reservations.waitlistDemand(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30),
				f.site().id());

		assertThat(demand)
			.extracting(WaitlistDemand::month, WaitlistDemand::siteName, WaitlistDemand::category,
					WaitlistDemand::entries)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 10), f.site().name(), "Vintersport", 1L),
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 11), f.site().name(), "Friluftsliv", 1L),
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 11), f.site().name(), "Vintersport", 1L));
		assertThat(reservations.waitlistDemand(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null))
			.filteredOn(d -> d.siteId() == f.site().id())
			.extracting(WaitlistDemand::entries)
			.containsExactly(1L, 1L);
	}

	@Test
	void aBorrowerWithAnOpenReservationOrPlaceInAQueueIsNotWiped() {
		long waiter = register("Bo Ek", "073-200 00 02");
		long holder = register("Cy Holm", "073-200 00 03");
		long ended = register("Di Lund", "073-200 00 04");
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-TENT-1"), null, f.staff());
		reservations.reserve(f.site().id(), f.tent().typeId(), null, waiter, true, f.staff());
		reservations.reserve(f.site().id(), skates, "38", holder, false, f.staff());
		ReservationView old = reservations.reserve(f.site().id(), skates, "40", ended, false, f.staff());
		reservations.cancel(old.id(), f.staff());
		jdbc.sql("UPDATE lending_borrower SET created_at = :at WHERE id IN (:ids)")
			.param("at", Timestamp.from(NOW.minus(Duration.ofDays(200))))
			.param("ids", List.of(waiter, holder, ended))
			.update();
		jdbc.sql("UPDATE lending_reservation SET created_at = :at, closed_at = :at WHERE id = :id")
			.param("at", Timestamp.from(NOW.minus(Duration.ofDays(60))))
			.param("id", old.id())
			.update();

		// Registered 200 days ago, but the reservation ended 60 days ago.
		assertThat(borrowers.wipeInactive()).isZero();

		jdbc.sql("UPDATE lending_reservation SET closed_at = :at WHERE id = :id")
			.param("at", Timestamp.from(NOW.minus(Duration.ofDays(91))))
			.param("id", old.id())
			.update();
		assertThat(borrowers.wipeInactive()).isEqualTo(1);
		assertThat(borrowers.borrower(ended)).isEmpty();
		assertThat(borrowers.borrower(waiter)).isPresent();
		assertThat(borrowers.borrower(holder)).isPresent();
		// The ended reservation stays for the statistics, without a name or number.
		ReservationView kept = reservations.requireReservation(old.id());
		assertThat(kept.borrowerName()).isNull();
		assertThat(kept.mobile()).isNull();
	}

	@Test
	void anErasedBorrowerLeavesTheQueuesAndTheirHeldItemGoesToTheNext() {
		long erased = register("Bo Ek", "073-200 00 02");
		long next = register("Cy Holm", "073-200 00 03");
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RV-TENT-1"), null, f.staff());
		ReservationView inQueue = reservations.reserve(f.site().id(), f.tent().typeId(), null, erased, true, f.staff());
		ReservationView held = reservations.reserve(f.site().id(), skates, "38", erased, false, f.staff());
		ReservationView behind = reservations.reserve(f.site().id(), skates, "38", next, true, f.staff());

		borrowers.erase(erased, f.staff());

		assertThat(borrowers.borrower(erased)).isEmpty();
		assertThat(reservations.openOf(erased)).isEmpty();
		assertThat(reservations.requireReservation(inQueue.id()).status()).isEqualTo(ReservationStatus.CANCELLED);
		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.CANCELLED);
		assertThat(reservations.waitlists(f.site().id())).isEmpty();
		assertThat(reservations.requireReservation(behind.id()).status()).isEqualTo(ReservationStatus.READY);
		assertThat(reservations.requireReservation(behind.id()).itemId()).isEqualTo(f.skates38().id());
	}

	private long register(String name, String mobile) {
		return borrowers.findOrRegister(name, mobile, f.site().id(), f.staff()).borrower().id();
	}

	private void holdUntil(long reservationId, LocalDate day) {
		jdbc.sql("UPDATE lending_reservation SET hold_until = :day WHERE id = :id")
			.param("day", day)
			.param("id", reservationId)
			.update();
	}

	private ItemStatus status(ItemView item) {
		return catalogue.requireItem(item.number()).status();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static RuleViolation refusal(ThrowingCallable call) {
		RuleViolation violation = catchThrowableOfType(RuleViolation.class, call);
		assertThat(violation).as("refused").isNotNull().isNotInstanceOf(InvalidInput.class);
		return violation;
	}

}
