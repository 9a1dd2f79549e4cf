package se.samskapa.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.samskapa.lending.Availability;
import se.samskapa.lending.DonationSummary;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingDonations;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.SiteView;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's Fritidsbanken Helsingborg: about 300 items across the categories, items out
 * on loan, two back in repair, and a demo account that works its counter.
 */
@SamskapaTest
class DemoLendingIntegrationTests {

	@Autowired
	LendingCatalogue catalogue;

	@Autowired
	LendingManagement lending;

	@Autowired
	LendingDonations donations;

	@Autowired
	LendingPermissions permissions;

	@Autowired
	TestUsers users;

	@Test
	void helsingborgHasAboutThreeHundredItemsAcrossTheCategories() {
		List<Availability> lines = catalogue.availability("fritidsbanken-helsingborg");

		// 300 on the shelves, and 8 made from the demo's donations.
		assertThat(lines.stream().mapToInt(Availability::total).sum()).isEqualTo(300 + 8);
		assertThat(lines).extracting(Availability::category)
			.contains("Vintersport", "Friluftsliv", "Bollsport", "Skydd", "Vatten", "Cykel", "Spel och lek");
		int out = lines.stream().mapToInt(a -> a.total() - a.available()).sum();
		assertThat(out).isBetween(20 + 2 + 1, 60 + 2 + 1);
	}

	@Test
	void aTentCameBackWithoutItsPegsAndWaitsForRepair() {
		var tent = catalogue.requireItem("HBG-0141");
		assertThat(tent.typeName()).isEqualTo("Tält, 2 personer");
		assertThat(tent.status()).isEqualTo(ItemStatus.IN_REPAIR);
		assertThat(lending.openLoanOf(tent.id())).isEmpty();
	}

	@Test
	void donationsAreSortedOrWaitAndTheirItemsContinueTheSeries() {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		List<DonationSummary> list = donations.donations(site.id());

		assertThat(list).hasSize(3);
		assertThat(list).extracting(DonationSummary::untriaged).containsExactly(8, 1, 0);
		assertThat(catalogue.requireItem("HBG-0301").typeName()).isEqualTo("Hockeyskridskor");
		assertThat(catalogue.requireItem("HBG-0306").status()).isEqualTo(ItemStatus.IN_REPAIR);
		assertThat(catalogue.requireItem("HBG-0306").parts()).contains("Tältpinnar");
		assertThat(catalogue.item("HBG-0309")).isEmpty();
	}

	@Test
	void theDemoStaffAccountWorksTheCounterOfHelsingborgOnly() {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		assertThat(site.hours()).hasSize(5);
		assertThat(permissions.isStaff(users.user("fritidsbanken"), site.id())).isTrue();
		assertThat(permissions.isAdmin(users.user("fritidsbanken"))).isFalse();
		assertThat(permissions.isStaffAnywhere(users.user("medlem"))).isFalse();
	}

}
