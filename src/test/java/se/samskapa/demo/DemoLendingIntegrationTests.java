package se.samskapa.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samskapa.lending.Availability;
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.DonationStatistics;
import se.samskapa.lending.DonationSummary;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingDonations;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.LendingStatistics;
import se.samskapa.lending.OverdueLoan;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.StatisticsReport;
import se.samskapa.lending.StatisticsScope;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's Fritidsbanken Helsingborg: about 300 items across the categories, items out
 * on loan, two back in repair, a demo account that works its counter, and half a year of
 * loans before today, with the seasons in them, renewals, a few overdue loans and empty
 * searches.
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

	@Autowired
	LendingStatistics statistics;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void helsingborgHasAboutThreeHundredItemsAcrossTheCategories() {
		List<Availability> lines = catalogue.availability("fritidsbanken-helsingborg");

		// 300 on the shelves, and 8 made from the demo's donations.
		assertThat(lines.stream().mapToInt(Availability::total).sum()).isEqualTo(300 + 8);
		assertThat(lines).extracting(Availability::category)
			.contains("Vintersport", "Friluftsliv", "Bollsport", "Skydd", "Vatten", "Cykel", "Spel och lek");
		// Out: twenty borrowers' loans of today, the season's loans still out, and two
		// items in repair.
		int out = lines.stream().mapToInt(a -> a.total() - a.available()).sum();
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		long open = jdbc.sql("SELECT count(*) FROM lending_loan WHERE site_id = :site AND returned_at IS NULL")
			.param("site", site.id())
			.query(Long.class)
			.single();
		assertThat(open).isGreaterThan(20);
		// Besides what is lent: two items back in repair, a donated tent to repair, and
		// two
		// held for reservations.
		assertThat(out).isEqualTo(open + 2 + 1 + 2);
	}

	@Test
	void aSeasonOfLoansByEightyBorrowersWithRenewalsLoansStillOutAndAFewOverdue() {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		StatisticsReport season = statistics
			.report(new StatisticsScope(YearMonth.of(2026, 5), YearMonth.of(2026, 11), Set.of(site.id())));

		assertThat(season.loans()).isBetween(300L, 700L);
		assertThat(season.renewals()).isGreaterThanOrEqualTo(20);
		assertThat(season.borrowers()).isBetween(70L, 80L);
		assertThat(season.months()).allSatisfy(month -> {
			if (!month.month().isBefore(YearMonth.of(2026, 6))) {
				assertThat(month.loans()).as("loans in %s", month.month()).isGreaterThan(20);
			}
		});
		List<OverdueLoan> overdue = lending.overdue(site.id());
		assertThat(overdue).hasSizeBetween(3, 6).allSatisfy(loan -> {
			assertThat(loan.borrowerName()).isNotBlank();
			assertThat(loan.mobile()).startsWith("+46701740");
		});
		// The spring's borrowers who have not been back for 90 days are wiped, as the
		// nightly job would have done, and still counted.
		long wiped = jdbc.sql("""
				SELECT count(DISTINCT b.id) FROM lending_borrower b JOIN lending_loan l ON l.borrower_id = b.id
				WHERE l.site_id = :site AND b.wiped_at IS NOT NULL
				""").param("site", site.id()).query(Long.class).single();
		assertThat(wiped).isPositive();
		assertThat(borrowers.wipeInactive()).as("nothing left for tonight's job").isZero();
	}

	@Test
	void theStatisticsCountTheQueueForBikesAndTheDonationsInAndOut() {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		StatisticsReport report = statistics
			.report(new StatisticsScope(YearMonth.of(2025, 12), YearMonth.of(2026, 11), Set.of(site.id())));

		assertThat(report.waitlists())
			.hasValueSatisfying(demand -> assertThat(demand).singleElement().satisfies(bikes -> {
				assertThat(bikes.type()).isEqualTo("Barncykel");
				assertThat(bikes.requests()).isEqualTo(2);
				assertThat(bikes.stillWaiting()).isEqualTo(2);
			}));
		// In: 4 + 2 skates and helmets, 1 + 3 tent and skis, 5 + 1 + 2 balls, roller skis
		// and life jackets; out: the skates with a cracked blade.
		assertThat(report.donations()).hasValueSatisfying(months -> {
			assertThat(months).hasSize(12);
			assertThat(months.stream().mapToLong(DonationStatistics.Month::itemsIn).sum()).isEqualTo(18);
			assertThat(months.stream().mapToLong(DonationStatistics.Month::itemsOut).sum()).isEqualTo(1);
		});
	}

	@Test
	void theSeasonsShowSkatesAndSkisInWinterTentsAndBallsInSummer() {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		Map<String, Long> july = categories(site, YearMonth.of(2026, 7));
		Map<String, Long> november = categories(site, YearMonth.of(2026, 11));

		assertThat(july.getOrDefault("Vintersport", 0L)).isZero();
		assertThat(november.get("Vintersport")).isGreaterThan(20);
		assertThat(july.get("Friluftsliv")).isGreaterThan(3 * november.getOrDefault("Friluftsliv", 0L));
		assertThat(july.get("Bollsport") + july.get("Vatten")).isGreaterThan(november.getOrDefault("Vatten", 0L));
	}

	@Test
	void peopleSearchedForWhatIsNotThereAndForWhatWasAllOut() {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		StatisticsReport.EmptySearches searches = statistics
			.report(new StatisticsScope(YearMonth.of(2026, 5), YearMonth.of(2026, 11), Set.of(site.id())))
			.emptySearches();

		assertThat(searches.terms()).extracting(StatisticsReport.Term::term).contains("kanot", "snowboard");
		assertThat(searches.noneIn()).isPositive();
		// What "did not exist" really is not in the catalogue.
		List<String> catalogueText = catalogue.availability(site.slug())
			.stream()
			.map(a -> (a.category() + " " + a.subCategory() + " " + a.type() + " " + a.size()).toLowerCase())
			.toList();
		assertThat(searches.terms()).filteredOn(term -> term.noMatch() > 0)
			.allSatisfy(term -> assertThat(catalogueText).noneMatch(text -> text.contains(term.term())));
	}

	@Test
	void aTentCameBackWithoutItsPegsAndWaitsForRepair() {
		var tent = catalogue.requireItem("HBG-0141");
		assertThat(tent.typeName()).isEqualTo("Tält, 2 personer");
		assertThat(tent.status()).isEqualTo(ItemStatus.IN_REPAIR);
		assertThat(lending.openLoanOf(tent.id())).isEmpty();
	}

	private Map<String, Long> categories(SiteView site, YearMonth month) {
		return statistics.report(new StatisticsScope(month, month, Set.of(site.id())))
			.categories()
			.stream()
			.collect(Collectors.toMap(StatisticsReport.Category::name, StatisticsReport.Category::loans));
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
