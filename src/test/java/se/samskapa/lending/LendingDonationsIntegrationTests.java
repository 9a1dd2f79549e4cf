package se.samskapa.lending;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.RuleViolation;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Donations against the embedded PostgreSQL, on the test date Sunday 22 November 2026:
 * sorting to the catalogue makes available items with new, unique numbers and barcodes;
 * to repair makes items that cannot be lent; a discard makes nothing; the statistics
 * count them by month; donors are wiped after the retention.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingDonationsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingDonations donations;

	@Autowired
	LendingCatalogue catalogue;

	@Autowired
	LendingManagement lending;

	@Autowired
	CategoryManagement categories;

	@Autowired
	ItemManagement items;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	private Fixture f;

	private long skates;

	private long tents;

	@BeforeEach
	void fixture() {
		f = fixtures.create("dn");
		skates = f.skates38().typeId();
		tents = f.tent().typeId();
		categories.updateType(tents, typeCategory(tents), "Tält, 2 personer", List.of("Tältduk", "Stänger", "Pinnar"),
				"test");
	}

	@Test
	void thingsSortedToTheCatalogueBecomeAvailableItemsWithNewUniqueNumbersAndBarcodes() {
		Donation donation = receive(new DonatedThing(skates, null, "36", 2, Condition.GOOD, "Nyslipade"));

		List<ItemView> made = donations.triage(line(donation, 0), TriageOutcome.CATALOGUE, 2, null, null, "dn-disk");

		assertThat(made).extracting(ItemView::number).containsExactly("DNC-0001", "DNC-0002");
		assertThat(made).allSatisfy(item -> {
			assertThat(item.status()).isEqualTo(ItemStatus.AVAILABLE);
			assertThat(item.barcode()).isEqualTo(item.number());
			assertThat(item.siteId()).isEqualTo(f.site().id());
			assertThat(item.size()).isEqualTo("36");
			assertThat(item.condition()).isEqualTo(Condition.GOOD);
			assertThat(catalogue.requireItem(item.barcode()).id()).isEqualTo(item.id());
		});
		Donation after = donations.donation(donation.id());
		assertThat(after.untriaged()).isZero();
		assertThat(after.lines().get(0).items()).containsExactly("DNC-0001", "DNC-0002");
		assertThat(items.details(f.site().id(), "DNC-0001").donationId()).isEqualTo(donation.id());
		// Lendable at once.
		assertThat(lending.checkout(f.site().id(), f.borrower().id(), List.of("DNC-0002"), null, "dn-disk")).hasSize(1);
		assertThat(audit.entries("lending-donation", donation.id())).extracting(AuditTrail.Entry::action)
			.containsExactly("received", "triaged");
	}

	@Test
	void aSecondSortingContinuesTheNumbersAndTheSitesOwnSeriesIsKept() {
		catalogue.registerItem(f.site().id(), skates, "DNX-0041", null, "40", Condition.GOOD, List.of(), "test");
		catalogue.registerItem(f.site().id(), skates, "DNX-0007", null, "40", Condition.GOOD, List.of(), "test");
		Donation donation = receive(new DonatedThing(skates, null, "38", 3, Condition.GOOD, null));

		List<ItemView> first = donations.triage(line(donation, 0), TriageOutcome.CATALOGUE, 1, null, null, "dn-disk");
		List<ItemView> second = donations.triage(line(donation, 0), TriageOutcome.CATALOGUE, 2, null, null, "dn-disk");

		assertThat(first).extracting(ItemView::number).containsExactly("DNX-0042");
		assertThat(second).extracting(ItemView::number).containsExactly("DNX-0043", "DNX-0044");
	}

	@Test
	void anItemOfATypeWithAPartsListInheritsIt() {
		Donation donation = receive(new DonatedThing(null, "tält, 2 personer", null, 1, Condition.WORN, null));
		assertThat(donation.lines().get(0).typeId()).as("an exact type name is that type").isEqualTo(tents);

		ItemView tent = donations.triage(line(donation, 0), TriageOutcome.CATALOGUE, 1, null, null, "dn-disk").get(0);

		assertThat(tent.parts()).containsExactly("Tältduk", "Stänger", "Pinnar");
		assertThat(tent.condition()).isEqualTo(Condition.WORN);
	}

	@Test
	void toRepairMakesAnItemThatCannotBeLentYet() {
		Donation donation = receive(new DonatedThing(skates, null, "40", 1, Condition.BROKEN, "Skenan lös"));
		assertThatThrownBy(() -> donations.triage(line(donation, 0), TriageOutcome.CATALOGUE, 1, null, null, "dn-disk"))
			.isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("messageKey", "lending.triage.broken");

		ItemView item = donations.triage(line(donation, 0), TriageOutcome.REPAIR, 1, null, null, "dn-disk").get(0);

		assertThat(item.status()).isEqualTo(ItemStatus.IN_REPAIR);
		assertThat(items.details(f.site().id(), item.number()).events())
			.extracting(ItemDetails.Event::kind, ItemDetails.Event::note)
			.containsExactly(tuple("TO_REPAIR", "Skenan lös"));
		RuleViolation refused = catchThrowableOfType(RuleViolation.class,
				() -> lending.checkout(f.site().id(), f.borrower().id(), List.of(item.number()), null, "dn-disk"));
		assertThat(refused.messageKey()).isEqualTo("lending.item.in.repair");
	}

	@Test
	void aDiscardIsRecordedWithItsReasonAndMakesNoItem() {
		Donation donation = receive(new DonatedThing(null, "gammal kälke", null, 2, Condition.BROKEN, null));
		int itemsBefore = itemCount();
		assertThatThrownBy(() -> donations.triage(line(donation, 0), TriageOutcome.DISCARD, 1, null, " ", "dn-disk"))
			.isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("field", "reason");

		List<ItemView> made = donations.triage(line(donation, 0), TriageOutcome.DISCARD, 2, null, "Rostig", "dn-disk");

		assertThat(made).isEmpty();
		assertThat(itemCount()).isEqualTo(itemsBefore);
		DonationLine line = donations.donation(donation.id()).lines().get(0);
		assertThat(line.remaining()).isZero();
		assertThat(line.sorted()).singleElement().satisfies(sorted -> {
			assertThat(sorted.outcome()).isEqualTo(TriageOutcome.DISCARD);
			assertThat(sorted.reason()).isEqualTo("Rostig");
			assertThat(sorted.on()).isEqualTo(TODAY);
		});
	}

	@Test
	void aLineWithoutATypeNeedsOneAndNothingIsSortedTwice() {
		Donation donation = receive(new DonatedThing(null, "barnskidor med stavar", "120 cm", 2, Condition.GOOD, null));
		long line = line(donation, 0);
		assertThatThrownBy(() -> donations.triage(line, TriageOutcome.CATALOGUE, 1, null, null, "dn-disk"))
			.hasFieldOrPropertyWithValue("field", "typeId");

		donations.triage(line, TriageOutcome.CATALOGUE, 1, skates, null, "dn-disk");
		assertThat(donations.donation(donation.id()).lines().get(0).typeId()).isEqualTo(skates);
		assertThatThrownBy(() -> donations.triage(line, TriageOutcome.REPAIR, 2, null, null, "dn-disk"))
			.hasFieldOrPropertyWithValue("field", "count");
		donations.triage(line, TriageOutcome.REPAIR, 1, null, null, "dn-disk");
		assertThatThrownBy(() -> donations.triage(line, TriageOutcome.DISCARD, 1, null, "x", "dn-disk"))
			.hasFieldOrPropertyWithValue("messageKey", "lending.triage.done");
	}

	@Test
	void aDonationNeedsAThingADayNotInTheFutureAndSensibleCounts() {
		assertThatThrownBy(() -> donations.receive(f.site().id(), TODAY, null, null,
				List.of(new DonatedThing(null, " ", null, 1, Condition.GOOD, null)), "dn-disk"))
			.hasFieldOrPropertyWithValue("field", "things");
		assertThatThrownBy(() -> donations.receive(f.site().id(), TODAY.plusDays(1), null, null,
				List.of(new DonatedThing(skates, null, null, 1, Condition.GOOD, null)), "dn-disk"))
			.hasFieldOrPropertyWithValue("field", "receivedOn");
		assertThatThrownBy(() -> donations.receive(f.site().id(), TODAY, null, null,
				List.of(new DonatedThing(skates, null, null, 1, Condition.GOOD, null),
						new DonatedThing(skates, null, null, 101, Condition.GOOD, null)),
				"dn-disk"))
			.hasFieldOrPropertyWithValue("field", "things[1].count");

		Donation anonymous = receive(new DonatedThing(skates, null, null, 1, null, null));
		assertThat(anonymous.anonymous()).isTrue();
		assertThat(anonymous.lines().get(0).condition()).isEqualTo(Condition.GOOD);
	}

	@Test
	void countsPerMonthGiveDonationsInAndOut() {
		Donation october = donations.receive(f.site().id(), LocalDate.of(2026, 10, 5), null, null,
				List.of(new DonatedThing(skates, null, "38", 4, Condition.GOOD, null),
						new DonatedThing(null, "trasigt nät", null, 1, Condition.BROKEN, null)),
				"dn-disk");
		Donation november = receive(new DonatedThing(skates, null, "40", 2, Condition.WORN, null));
		donations.triage(line(october, 0), TriageOutcome.CATALOGUE, 3, null, null, "dn-disk");
		donations.triage(line(october, 0), TriageOutcome.REPAIR, 1, null, null, "dn-disk");
		donations.triage(line(october, 1), TriageOutcome.DISCARD, 1, null, "Hål överallt", "dn-disk");
		donations.triage(line(november, 0), TriageOutcome.CATALOGUE, 1, null, null, "dn-disk");
		items.retire(f.site().id(), f.skates40().number(), "Skenan av", "dn-disk");

		List<DonationCounts> counts = donations.countsPerMonth(f.site().id(), YearMonth.of(2026, 10),
				YearMonth.of(2026, 12));

		assertThat(counts).containsExactly(new DonationCounts(YearMonth.of(2026, 10), 5, 0, 0, 0, 0),
				new DonationCounts(YearMonth.of(2026, 11), 2, 4, 1, 1, 1),
				new DonationCounts(YearMonth.of(2026, 12), 0, 0, 0, 0, 0));
		assertThat(counts.get(1).out()).isEqualTo(2);
		assertThat(donations.countsPerMonth(f.otherSite().id(), YearMonth.of(2026, 11), YearMonth.of(2026, 11)))
			.containsExactly(new DonationCounts(YearMonth.of(2026, 11), 0, 0, 0, 0, 0));
		assertThat(donations.donations(f.site().id())).extracting(DonationSummary::id, DonationSummary::untriaged)
			.containsExactly(tuple(november.id(), 1), tuple(october.id(), 0));
	}

	@Test
	void donorsAreWipedAfterTheRetentionOrOnRequest() {
		Donation old = donations.receive(f.site().id(), TODAY.minusDays(91), "Eva Ek", "eva@example.org",
				List.of(new DonatedThing(skates, null, null, 1, Condition.GOOD, null)), "dn-disk");
		Donation recent = donations.receive(f.site().id(), TODAY.minusDays(89), "Per Ek", null,
				List.of(new DonatedThing(skates, null, null, 1, Condition.GOOD, null)), "dn-disk");
		Donation asked = donations.receive(f.site().id(), TODAY, null, "070-174 06 50",
				List.of(new DonatedThing(skates, null, null, 1, Condition.GOOD, null)), "dn-disk");

		assertThat(donations.wipeOldDonors()).isGreaterThanOrEqualTo(1);
		donations.eraseDonor(asked.id(), "dn-disk");

		assertThat(donations.donation(old.id())).satisfies(d -> {
			assertThat(d.donorName()).isNull();
			assertThat(d.donorContact()).isNull();
			assertThat(d.donorWiped()).isTrue();
		});
		assertThat(donations.donation(recent.id()).donorName()).isEqualTo("Per Ek");
		assertThat(donations.donation(asked.id()).donorWiped()).isTrue();
		assertThat(donations.donation(old.id()).lines()).hasSize(1);
	}

	private Donation receive(DonatedThing thing) {
		return donations.receive(f.site().id(), TODAY, null, null, List.of(thing), "dn-disk");
	}

	private static long line(Donation donation, int index) {
		return donation.lines().get(index).id();
	}

	private long typeCategory(long typeId) {
		return categories.type(typeId, f.site().id()).categoryId();
	}

	private int itemCount() {
		return jdbc.sql("SELECT count(*) FROM lending_item").query(Integer.class).single();
	}

}
