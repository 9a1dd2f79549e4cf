package se.samskapa.lending;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The statistics against PostgreSQL: a renewal is not a loan, borrowers are counted by
 * pseudonym and stay counted when their name and number are wiped, loans are grouped by
 * main category and site, and months are Swedish months. Past loans are written through
 * {@link LendingHistory}, which refuses history that cannot have happened. Empty searches
 * are counted per day and term.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingStatisticsIntegrationTests {

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingStatistics statistics;

	@Autowired
	LendingHistory history;

	@Autowired
	LendingCatalogue catalogue;

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private Fixture f;

	@BeforeEach
	void fixture() {
		f = fixtures.create("st");
	}

	@Test
	void aRenewalIsCountedApartAndNeverAsALoan() {
		history.importLoans(f.site().id(),
				List.of(new PastLoan("ST-TENT-1", f.borrower().id(), Instant.parse("2026-10-20T12:00:00Z"),
						LocalDate.of(2026, 11, 3),
						List.of(new PastLoan.Renewal(Instant.parse("2026-11-02T12:00:00Z"),
								LocalDate.of(2026, 11, 17))),
						Instant.parse("2026-11-10T12:00:00Z"), Condition.GOOD)),
				"test");
		LoanView today = lending.checkout(f.site().id(), f.borrower().id(), List.of("ST-SKATES-38"), null, f.staff())
			.get(0);
		lending.renew(today.id(), LocalDate.of(2026, 12, 16), f.staff());

		StatisticsReport report = report("2026-10", "2026-11", f.site());

		assertThat(report.months()).extracting(StatisticsReport.Month::loans).containsExactly(1L, 1L);
		assertThat(report.months()).extracting(StatisticsReport.Month::renewals).containsExactly(0L, 2L);
		assertThat(report.loans()).isEqualTo(2);
		assertThat(report.renewals()).isEqualTo(2);
		assertThat(report.sites()).singleElement().satisfies(site -> {
			assertThat(site.loans()).isEqualTo(2);
			assertThat(site.renewals()).isEqualTo(2);
		});
		assertThat(report.categories()).extracting(StatisticsReport.Category::loans).containsExactly(1L, 1L);
	}

	@Test
	void borrowersAreCountedByPseudonymAndStayCountedWhenTheirNameAndNumberAreWiped() {
		long alva = f.borrower().id();
		long bo = borrowers.findOrRegister("Bo Ek", "0702000002", f.site().id(), f.staff()).borrower().id();
		history.importLoans(f.site().id(),
				List.of(returned("ST-SKATES-38", alva, "2026-07-01T12:00:00Z", "2026-07-10T12:00:00Z"),
						returned("ST-SKATES-40", alva, "2026-07-15T12:00:00Z", "2026-07-20T12:00:00Z"),
						returned("ST-TENT-1", alva, "2026-08-03T12:00:00Z", "2026-08-12T12:00:00Z"),
						returned("ST-SKATES-38", bo, "2026-08-01T12:00:00Z", "2026-08-10T12:00:00Z")),
				"test");
		StatisticsReport before = report("2026-07", "2026-08", f.site());
		assertThat(before.months()).extracting(StatisticsReport.Month::loans).containsExactly(2L, 2L);
		assertThat(before.months()).extracting(StatisticsReport.Month::borrowers).containsExactly(1L, 2L);
		assertThat(before.borrowers()).isEqualTo(2);

		// Both came back more than 90 days ago: the nightly job wipes them.
		assertThat(borrowers.wipeInactive()).isGreaterThanOrEqualTo(2);

		assertThat(borrowers.borrower(alva)).isEmpty();
		assertThat(borrowers.borrower(bo)).isEmpty();
		assertThat(
				jdbc.sql("SELECT count(*) FROM lending_borrower WHERE id IN (:ids) AND name IS NULL AND mobile IS NULL")
					.param("ids", List.of(alva, bo))
					.query(Long.class)
					.single())
			.isEqualTo(2);
		assertThat(report("2026-07", "2026-08", f.site())).isEqualTo(before);
	}

	@Test
	void loansAreGroupedByMainCategoryAndBySite() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("ST-SKATES-38", "ST-SKATES-40", "ST-TENT-1"), null,
				f.staff());
		lending.checkout(f.otherSite().id(), f.borrower().id(), List.of("ST-HELMET-M"), null, f.otherStaff());

		StatisticsReport both = report("2026-11", "2026-11", f.site(), f.otherSite());
		assertThat(both.categories()).containsExactly(new StatisticsReport.Category("Vintersport", 2),
				new StatisticsReport.Category("Friluftsliv", 1), new StatisticsReport.Category("Skydd", 1));
		assertThat(both.sites())
			.extracting(StatisticsReport.Site::name, StatisticsReport.Site::loans, StatisticsReport.Site::borrowers)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Fritidsbanken st Centrum", 3L, 1L),
					org.assertj.core.groups.Tuple.tuple("Fritidsbanken st Norr", 1L, 1L));
		// One borrower at two sites is one borrower.
		assertThat(both.borrowers()).isEqualTo(1);
		assertThat(both.loans()).isEqualTo(4);

		StatisticsReport one = report("2026-11", "2026-11", f.site());
		assertThat(one.categories()).extracting(StatisticsReport.Category::name)
			.containsExactly("Vintersport", "Friluftsliv");
		assertThat(one.sites()).extracting(StatisticsReport.Site::name).containsExactly("Fritidsbanken st Centrum");
	}

	@Test
	void monthsAreSwedishMonthsOnBothSidesOfTheSummerTime() {
		history.importLoans(f.site().id(), List.of(
				// 30 September 23.59 in summer time (UTC+2)
				returned("ST-SKATES-38", f.borrower().id(), "2026-09-30T21:59:00Z", "2026-09-30T22:10:00Z"),
				// 1 October 00.30
				returned("ST-SKATES-38", f.borrower().id(), "2026-09-30T22:30:00Z", "2026-10-05T12:00:00Z"),
				// 31 October 23.59 in winter time (UTC+1)
				returned("ST-SKATES-40", f.borrower().id(), "2026-10-31T22:59:00Z", "2026-11-05T12:00:00Z"),
				// 1 November 00.30
				returned("ST-TENT-1", f.borrower().id(), "2026-10-31T23:30:00Z", "2026-11-06T12:00:00Z")), "test");

		assertThat(report("2026-09", "2026-11", f.site()).months()).extracting(StatisticsReport.Month::loans)
			.containsExactly(1L, 2L, 1L);
		assertThat(report("2026-11", "2026-11", f.site()).loans()).isEqualTo(1);
		assertThat(new StatisticsScope(YearMonth.of(2026, 11), YearMonth.of(2026, 11), Set.of()).start())
			.isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
	}

	@Test
	void historyThatCannotHaveHappenedIsRefusedWhole() {
		long site = f.site().id();
		long alva = f.borrower().id();
		assertThat(refused(site, returned("ST-TENT-1", alva, "2026-08-01T12:00:00Z", "2026-08-10T12:00:00Z"),
				returned("ST-TENT-1", alva, "2026-08-09T12:00:00Z", "2026-08-20T12:00:00Z")))
			.isEqualTo("lending.history.overlap");
		assertThat(refused(site, returned("ST-TENT-1", alva, "2026-11-20T12:00:00Z", "2026-11-23T12:00:00Z")))
			.isEqualTo("lending.history.future");
		assertThat(refused(site, returned("ST-HELMET-M", alva, "2026-08-01T12:00:00Z", "2026-08-10T12:00:00Z")))
			.isEqualTo("lending.history.item.unknown");
		assertThat(refused(site,
				new PastLoan("ST-TENT-1", alva, Instant.parse("2026-08-01T12:00:00Z"), LocalDate.of(2026, 8, 15),
						List.of(new PastLoan.Renewal(Instant.parse("2026-07-30T12:00:00Z"), LocalDate.of(2026, 8, 29))),
						Instant.parse("2026-08-20T12:00:00Z"), Condition.GOOD)))
			.isEqualTo("lending.history.order");
		assertThat(report("2026-07", "2026-11", f.site()).loans()).isZero();

		// Against what is stored: a summer loan, and a loan at the counter this morning.
		history.importLoans(site, List.of(returned("ST-TENT-1", alva, "2026-08-01T12:00:00Z", "2026-08-10T12:00:00Z")),
				"test");
		lending.checkout(site, alva, List.of("ST-SKATES-38"), null, f.staff());
		assertThat(refused(site, returned("ST-TENT-1", alva, "2026-08-05T12:00:00Z", "2026-08-12T12:00:00Z")))
			.isEqualTo("lending.history.overlap");
		assertThat(
				refused(site,
						new PastLoan("ST-SKATES-38", alva, Instant.parse("2026-08-01T12:00:00Z"),
								LocalDate.of(2026, 8, 15), List.of(), null, null)))
			.isEqualTo("lending.history.item.not.in");
		assertThat(report("2026-07", "2026-11", f.site()).loans()).isEqualTo(2);
	}

	@Test
	void aSiteCalledStatistikGetsAnotherAddressThanTheStatisticsPage() {
		assertThat(catalogue.createSite("Statistik", null, null, "test").slug()).isEqualTo("statistik-2");
	}

	@Test
	void pastLoansStillOutAreOnLoanAndOverdueAndTheImportIsOneAuditEntry() {
		int written = history.importLoans(f.site().id(),
				List.of(new PastLoan("st-tent-1", f.borrower().id(), Instant.parse("2026-10-20T12:00:00Z"),
						LocalDate.of(2026, 11, 3), List.of(), null, null),
						returned("ST-SKATES-38", f.borrower().id(), "2026-10-01T12:00:00Z", "2026-10-10T12:00:00Z")),
				"import");

		assertThat(written).isEqualTo(2);
		assertThat(lending.overdue(f.site().id())).extracting(OverdueLoan::itemNumber, OverdueLoan::daysOverdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ST-TENT-1", 19L));
		assertThat(lending.openLoansOf(f.borrower().id())).extracting(LoanView::itemNumber)
			.containsExactly("ST-TENT-1");
		assertThat(audit.entries("lending-site", f.site().id())).extracting(AuditTrail.Entry::action)
			.containsOnlyOnce("history-imported");
		// Registered no later than the first loan.
		assertThat(jdbc.sql("SELECT created_at FROM lending_borrower WHERE id = :id")
			.param("id", f.borrower().id())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));
	}

	@Test
	void emptySearchesAreCountedPerDayAndTermAndATermSearchedOnceIsNotListed() {
		long site = f.site().id();
		assertThat(statistics.recordEmptySearch(site, "Kanot!", false)).isTrue();
		statistics.recordEmptySearch(site, "  kanot ", false);
		statistics.recordEmptySearch(site, "KANOT", true);
		statistics.recordEmptySearch(site, "kajak", false);
		assertThat(statistics.recordEmptySearch(site, "070-123 45 67", false)).isFalse();

		assertThat(jdbc.sql("SELECT term, day, no_match, none_in FROM lending_empty_search WHERE site_id = :site")
			.param("site", site)
			.query()
			.listOfRows()).containsExactlyInAnyOrder(
					Map.of("term", "kanot", "day", java.sql.Date.valueOf("2026-11-22"), "no_match", 2, "none_in", 1),
					Map.of("term", "kajak", "day", java.sql.Date.valueOf("2026-11-22"), "no_match", 1, "none_in", 0));
		StatisticsReport.EmptySearches searches = report("2026-11", "2026-11", f.site()).emptySearches();
		assertThat(searches.terms()).containsExactly(new StatisticsReport.Term("kanot", 2, 1, 1));
		assertThat(searches.noMatch()).isEqualTo(3);
		assertThat(searches.noneIn()).isEqualTo(1);
		assertThat(searches.unlistedSearches()).isEqualTo(1);
		assertThat(report("2026-10", "2026-10", f.site()).emptySearches().total()).isZero();
	}

	/**
	 * The message key of the refusal. The import runs in a savepoint, as it would in a
	 * transaction of its own, so that what a refused import wrote is undone.
	 */
	private String refused(long siteId, PastLoan... loans) {
		TransactionTemplate own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		return catchThrowableOfType(RuleViolation.class,
				() -> own.executeWithoutResult(status -> history.importLoans(siteId, List.of(loans), "test")))
			.messageKey();
	}

	private StatisticsReport report(String from, String to, SiteView... sites) {
		return statistics.report(new StatisticsScope(YearMonth.parse(from), YearMonth.parse(to),
				java.util.Arrays.stream(sites).map(SiteView::id).collect(java.util.stream.Collectors.toSet())));
	}

	private static PastLoan returned(String item, long borrower, String lentAt, String returnedAt) {
		Instant lent = Instant.parse(lentAt);
		return new PastLoan(item, borrower, lent, LocalDate.ofInstant(lent, Dates.ZONE).plusDays(14), List.of(),
				Instant.parse(returnedAt), Condition.GOOD);
	}

}
