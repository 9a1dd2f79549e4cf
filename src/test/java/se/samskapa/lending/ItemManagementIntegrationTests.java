package se.samskapa.lending;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The back office's rules for items and the catalogue's tree: repair and back, retiring
 * with a reason and never while lent, corrections in the item's history, loans without
 * the borrower, categories of two levels with unique names.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class ItemManagementIntegrationTests {

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	ItemManagement items;

	@Autowired
	CategoryManagement categories;

	@Autowired
	LendingManagement lending;

	@Autowired
	LendingCatalogue catalogue;

	private Fixture f;

	@BeforeEach
	void fixture() {
		f = fixtures.create("im");
	}

	@Test
	void anItemGoesToRepairAndComesBackInTheConditionItHasThen() {
		ItemView sent = items.toRepair(f.site().id(), "IM-SKATES-38", "Slö skena", "im-disk");
		assertThat(sent.status()).isEqualTo(ItemStatus.IN_REPAIR);
		assertThatThrownBy(() -> items.toRepair(f.site().id(), "IM-SKATES-38", null, "im-disk"))
			.hasFieldOrPropertyWithValue("messageKey", "lending.item.repair.not.in");
		assertThatThrownBy(() -> items.repaired(f.site().id(), "IM-SKATES-38", Condition.BROKEN, null, "im-disk"))
			.hasFieldOrPropertyWithValue("field", "condition");

		ItemView back = items.repaired(f.site().id(), "IM-SKATES-38", Condition.WORN, "Slipad", "im-disk");

		assertThat(back.status()).isEqualTo(ItemStatus.AVAILABLE);
		assertThat(back.condition()).isEqualTo(Condition.WORN);
		assertThat(items.details(f.site().id(), "IM-SKATES-38").events()).extracting(ItemDetails.Event::kind)
			.containsExactly("REPAIRED", "TO_REPAIR");
	}

	@Test
	void retiringNeedsAReasonAndNotWhileLent() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("IM-TENT-1"), null, "im-disk");
		assertThatThrownBy(() -> items.retire(f.site().id(), "IM-TENT-1", "Trasig", "im-disk"))
			.hasFieldOrPropertyWithValue("messageKey", "lending.item.retire.not.now");
		assertThatThrownBy(() -> items.retire(f.site().id(), "IM-SKATES-40", "  ", "im-disk"))
			.hasFieldOrPropertyWithValue("field", "reason");

		ItemView retired = items.retire(f.site().id(), "IM-SKATES-40", "Skenan av", "im-disk");

		assertThat(retired.status()).isEqualTo(ItemStatus.RETIRED);
		assertThat(catalogue.items(f.site())).extracting(ItemView::number).doesNotContain("IM-SKATES-40");
		assertThat(items.search(f.site().id(), "IM-SKATES", null, 1).items()).extracting(ItemView::number)
			.containsExactly("IM-SKATES-38");
		assertThat(items.search(f.site().id(), "IM-SKATES", ItemStatus.RETIRED, 1).items()).extracting(ItemView::number)
			.containsExactly("IM-SKATES-40");
		assertThatThrownBy(
				() -> items.edit(f.site().id(), "IM-SKATES-40", Condition.GOOD, null, null, List.of(), "im-disk"))
			.hasFieldOrPropertyWithValue("messageKey", "lending.item.retired.edit");
	}

	@Test
	void correctionsAreKeptInTheItemsHistory() {
		ItemView edited = items.edit(f.site().id(), "im-tent-1", Condition.WORN, "2 personer", "Lagad söm",
				List.of("Tältduk", "Stänger", "pinnar", "Stänger"), "im-disk");

		assertThat(edited.condition()).isEqualTo(Condition.WORN);
		assertThat(edited.size()).isEqualTo("2 personer");
		assertThat(edited.parts()).containsExactly("Tältduk", "Stänger", "Pinnar");
		ItemDetails details = items.details(f.site().id(), "IM-TENT-1");
		assertThat(details.note()).isEqualTo("Lagad söm");
		assertThat(details.events()).singleElement().satisfies(event -> {
			assertThat(event.kind()).isEqualTo("EDITED");
			assertThat(event.actor()).isEqualTo("im-disk");
			assertThat(event.note()).contains("condition GOOD -> WORN");
		});
		// Nothing changed, nothing recorded.
		items.edit(f.site().id(), "IM-TENT-1", Condition.WORN, "2 personer", "Lagad söm",
				List.of("Tältduk", "Stänger", "Pinnar"), "im-disk");
		assertThat(items.details(f.site().id(), "IM-TENT-1").events()).hasSize(1);
	}

	@Test
	void anItemsLoansShowDatesAndConditionsOnly() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("IM-TENT-1"), null, "im-disk");
		lending.takeBack("IM-TENT-1", Condition.WORN, List.of("Tältpinnar"), "Pinnarna borta", "im-disk");

		ItemDetails details = items.details(f.site().id(), "IM-TENT-1");

		assertThat(details.loans()).singleElement().satisfies(loan -> {
			assertThat(loan.returnCondition()).isEqualTo(Condition.WORN);
			assertThat(loan.missingParts()).containsExactly("Tältpinnar");
			assertThat(loan.returnNote()).isEqualTo("Pinnarna borta");
		});
		assertThat(ItemDetails.Loan.class.getRecordComponents()).extracting(c -> c.getName())
			.doesNotContain("borrowerId", "borrowerName", "mobile");
	}

	@Test
	void anotherSitesItemIsUnknownHere() {
		assertThatThrownBy(() -> items.details(f.site().id(), "IM-HELMET-M")).isInstanceOf(UnknownLendingThing.class);
		assertThatThrownBy(() -> items.retire(f.site().id(), "IM-HELMET-M", "x", "im-disk"))
			.isInstanceOf(UnknownLendingThing.class);
	}

	@Test
	void categoriesHaveTwoLevelsAndUniqueNamesAndTypesGiveTheirPartsToNewItems() {
		long top = categories.createCategory(null, "IM Vattensport", "test");
		long sub = categories.createCategory(top, "Kanoter", "test");
		assertThatThrownBy(() -> categories.createCategory(sub, "Paddlar", "test"))
			.hasFieldOrPropertyWithValue("messageKey", "lending.category.too.deep");
		assertThatThrownBy(() -> categories.createCategory(top, "kanoter", "test"))
			.hasFieldOrPropertyWithValue("messageKey", "lending.category.taken");
		categories.renameCategory(sub, "Kanoter och kajaker", "test");

		long canoe = categories.createType(sub, "Kanot", List.of("Paddlar", "flytvästar", "paddlar"), "test");
		assertThatThrownBy(() -> categories.createType(sub, "KANOT", List.of(), "test"))
			.hasFieldOrPropertyWithValue("messageKey", "lending.type.taken");
		ItemView item = catalogue.registerItem(f.site().id(), canoe, "IM-CANOE-1", null, null, Condition.GOOD, null,
				"test");

		assertThat(item.parts()).containsExactly("Paddlar", "Flytvästar");
		assertThat(item.category()).isEqualTo("Kanoter och kajaker");
		assertThat(categories.type(canoe, f.site().id())).satisfies(type -> {
			assertThat(type.category()).isEqualTo("IM Vattensport – Kanoter och kajaker");
			assertThat(type.items()).isEqualTo(1);
		});
		assertThat(categories.tree(f.site().id())).filteredOn(c -> c.id() == top)
			.singleElement()
			.satisfies(c -> assertThat(c.children()).extracting(CategoryView::name)
				.containsExactly("Kanoter och kajaker"));
	}

}
