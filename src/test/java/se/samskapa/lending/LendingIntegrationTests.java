package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.RuleViolation;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The counter's rules against the embedded PostgreSQL, on the test date Sunday 22
 * November 2026. The fixture's site is open Tuesday to Saturday and closed for training
 * on Tuesday 8 December, so a loan made today falls due on Wednesday 9 December.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingIntegrationTests {

	private static final LocalDate DUE_BY_RULE = LocalDate.of(2026, 12, 9);

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	LendingCatalogue catalogue;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	private Fixture f;

	@BeforeEach
	void fixture() {
		f = fixtures.create("it");
	}

	@Test
	void severalItemsAreLentAtOnceAndFallDueOnTheNextOpenDay() {
		List<LoanView> loans = lending.checkout(f.site().id(), f.borrower().id(),
				List.of(f.skates38().number(), "it-tent-1"), null, "it-disk");

		assertThat(loans).extracting(LoanView::itemNumber).containsExactly("IT-SKATES-38", "IT-TENT-1");
		assertThat(loans).allSatisfy(loan -> {
			assertThat(loan.dueOn()).isEqualTo(DUE_BY_RULE);
			assertThat(loan.dueOverridden()).isFalse();
			assertThat(loan.borrowerId()).isEqualTo(f.borrower().id());
		});
		assertThat(status(f.skates38())).isEqualTo(ItemStatus.ON_LOAN);
		assertThat(audit.entries("lending-loan", loans.get(0).id())).extracting(AuditTrail.Entry::actor)
			.containsExactly("it-disk");
	}

	@Test
	void theBarcodeValueFindsTheItemAsWellAsItsNumber() {
		List<LoanView> loans = lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-BARCODE-40"), null,
				"it-disk");
		assertThat(loans).extracting(LoanView::itemNumber).containsExactly("IT-SKATES-40");
	}

	@Test
	void staffMayChooseTheDueDateButNotOneInThePast() {
		LoanView loan = lending
			.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), LocalDate.of(2026, 12, 20), "it-disk")
			.get(0);
		assertThat(loan.dueOn()).isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(loan.dueOverridden()).isTrue();

		InvalidInput past = catchThrowableOfType(InvalidInput.class, () -> lending.checkout(f.site().id(),
				f.borrower().id(), List.of("IT-SKATES-40"), LocalDate.of(2026, 11, 21), "it-disk"));
		assertThat(past.messageKey()).isEqualTo("lending.due.in.past");
		assertThat(past.field()).isEqualTo("dueOn");
	}

	@Test
	void anItemOnLoanIsRefusedAndTheOthersOfTheSameCheckoutAreNotLent() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk");
		BorrowerView other = borrowers.findOrRegister("Bo Ek", "073-200 00 02", null, "it-disk").borrower();

		RuleViolation refusal = refusal(() -> lending.checkout(f.site().id(), other.id(),
				List.of("IT-SKATES-40", "IT-SKATES-38"), null, "it-disk"));

		assertThat(refusal.messageKey()).isEqualTo("lending.item.on.loan");
		assertThat(refusal.arguments()).containsExactly("IT-SKATES-38");
	}

	@Test
	void theDatabaseRefusesASecondOpenLoanEvenWhenTheItemsStatusIsWrong() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk");
		// Something other than the counter (a hand edit, a bug) has put the item back on
		// the shelf while its loan is open.
		jdbc.sql("UPDATE lending_item SET status = 'AVAILABLE' WHERE id = :id").param("id", f.skates38().id()).update();

		RuleViolation refusal = refusal(
				() -> lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk"));

		assertThat(refusal.messageKey()).isEqualTo("lending.item.on.loan");
		assertThat(refusal.getCause()).isNull();
	}

	@Test
	void thePartialUniqueIndexHoldsForPlainSql() {
		LoanView loan = lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-TENT-1"), null, "it-disk")
			.get(0);
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO lending_loan (item_id, borrower_id, site_id, lent_at, lent_by, due_on)
				SELECT item_id, borrower_id, site_id, lent_at, lent_by, due_on FROM lending_loan WHERE id = :id
				""").param("id", loan.id()).update()).isInstanceOf(DuplicateKeyException.class)
			.hasMessageContaining("lending_loan_open_item_uq");
	}

	@Test
	void itemsOfAnotherSiteUnknownItemsAndItemsInRepairAreRefused() {
		assertThat(refusal(
				() -> lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-HELMET-M"), null, "it-disk"))
			.messageKey()).isEqualTo("lending.item.other.site");
		UnknownLendingThing unknown = catchThrowableOfType(UnknownLendingThing.class,
				() -> lending.checkout(f.site().id(), f.borrower().id(), List.of("NO-SUCH-ITEM"), null, "it-disk"));
		assertThat(unknown.messageKey()).isEqualTo("lending.item.unknown");
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> lending.checkout(f.site().id(), f.borrower().id(), List.of(" ", ""), null, "it-disk"))
			.messageKey()).isEqualTo("lending.checkout.no.items");

		lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk");
		lending.takeBack("IT-SKATES-38", Condition.BROKEN, List.of(), "Skenan lös", "it-disk");
		assertThat(refusal(
				() -> lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk"))
			.messageKey()).isEqualTo("lending.item.in.repair");
	}

	@Test
	void aReturnNotesConditionAndMissingPartsAndSendsAnIncompleteItemToRepair() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-TENT-1", "IT-SKATES-38"), null, "it-disk");

		LoanView tent = lending.takeBack("it-tent-1", Condition.WORN, List.of("Tältpinnar"), "Fyra pinnar saknas",
				"it-disk");
		LoanView skates = lending.takeBack("IT-SKATES-38", Condition.GOOD, null, null, "it-disk");

		assertThat(tent.isOpen()).isFalse();
		assertThat(tent.returnCondition()).isEqualTo(Condition.WORN);
		assertThat(tent.missingParts()).containsExactly("Tältpinnar");
		assertThat(tent.returnNote()).isEqualTo("Fyra pinnar saknas");
		ItemView tentNow = catalogue.requireItem("IT-TENT-1");
		assertThat(tentNow.status()).isEqualTo(ItemStatus.IN_REPAIR);
		assertThat(tentNow.condition()).isEqualTo(Condition.WORN);
		assertThat(skates.missingParts()).isEmpty();
		assertThat(status(f.skates38())).isEqualTo(ItemStatus.AVAILABLE);
		// Back on the shelf, it can be lent again: only open loans are unique per item.
		assertThat(lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk"))
			.hasSize(1);
	}

	@Test
	void aReturnIsRefusedForAnItemNotOnLoanOrAPartTheItemDoesNotHave() {
		assertThat(
				refusal(() -> lending.takeBack("IT-TENT-1", Condition.GOOD, List.of(), null, "it-disk")).messageKey())
			.isEqualTo("lending.return.not.lent");
		lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-TENT-1"), null, "it-disk");
		InvalidInput part = catchThrowableOfType(InvalidInput.class,
				() -> lending.takeBack("IT-TENT-1", Condition.GOOD, List.of("Paddel"), null, "it-disk"));
		assertThat(part.field()).isEqualTo("missingParts");
		assertThat(part.arguments()).containsExactly("Paddel", "IT-TENT-1");
	}

	@Test
	void aRenewalExtendsTheSameLoanAndIsCountedApart() {
		LoanView loan = lending
			.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), LocalDate.of(2026, 11, 28), "it-disk")
			.get(0);

		LoanView renewed = lending.renew(loan.id(), null, "it-disk");

		assertThat(renewed.id()).isEqualTo(loan.id());
		assertThat(renewed.dueOn()).isEqualTo(DUE_BY_RULE);
		assertThat(renewed.renewals()).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM lending_loan WHERE item_id = " + f.skates38().id())).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM lending_renewal WHERE loan_id = " + loan.id())).isEqualTo(1);
		// Renewing again today would not give a later date.
		assertThat(
				catchThrowableOfType(InvalidInput.class, () -> lending.renew(loan.id(), null, "it-disk")).messageKey())
			.isEqualTo("lending.renew.not.later");
	}

	@Test
	void staffMoveADueDateOfAnOpenLoanOnly() {
		LoanView loan = lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk")
			.get(0);
		LoanView moved = lending.changeDue(loan.id(), LocalDate.of(2027, 1, 12), "it-disk");
		assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThat(moved.dueOverridden()).isTrue();

		lending.takeBack("IT-SKATES-38", Condition.GOOD, List.of(), null, "it-disk");
		assertThat(refusal(() -> lending.changeDue(loan.id(), LocalDate.of(2027, 1, 19), "it-disk")).messageKey())
			.isEqualTo("lending.loan.returned");
	}

	@Test
	void aBorrowerIsFoundByTheirNumberHoweverItIsWritten() {
		BorrowerManagement.Registration again = borrowers.findOrRegister("Någon Annan", "+46 70 100 00 01", null,
				"it-disk");
		assertThat(again.created()).isFalse();
		assertThat(again.borrower()).isEqualTo(f.borrower());
		assertThat(borrowers.findByMobile("0701000001")).contains(f.borrower());

		BorrowerManagement.Registration created = borrowers.findOrRegister(" Cleo Berg ", "076-300 00 03",
				f.site().id(), "it-disk");
		assertThat(created.created()).isTrue();
		assertThat(created.borrower().name()).isEqualTo("Cleo Berg");
		assertThat(created.borrower().mobile()).isEqualTo("+46763000003");

		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> borrowers.findOrRegister("Dan", "08-123 456 78", null, "it-disk"))
			.field()).isEqualTo("mobile");
		assertThat(catchThrowableOfType(InvalidInput.class,
				() -> borrowers.findOrRegister("  ", "079-400 00 04", null, "it-disk"))
			.field()).isEqualTo("name");
	}

	@Test
	void availabilityCountsWhatIsInPerTypeAndSize() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("IT-SKATES-38"), null, "it-disk");

		List<Availability> lines = catalogue.availability(f.site().slug());

		assertThat(lines)
			.extracting(Availability::category, Availability::subCategory, Availability::type, Availability::size,
					Availability::available, Availability::total)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Friluftsliv", "Tält", "Tält, 2 personer", null, 1, 1),
					org.assertj.core.groups.Tuple.tuple("Vintersport", "Skridskor", "Hockeyskridskor", "38", 0, 1),
					org.assertj.core.groups.Tuple.tuple("Vintersport", "Skridskor", "Hockeyskridskor", "40", 1, 1));
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
