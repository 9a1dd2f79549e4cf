package se.samskapa.lending;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page and its CSV files for every role: lending admins and administrators
 * see every site, staff their own sites and never another's, and accounts without a
 * lending role and anonymous visitors nothing. The public catalogue counts a search that
 * found nothing in, and nothing else.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingStatisticsControllerTests {

	static final String PAGE = "/fritidsbanken/statistik";

	/** The page and each table's CSV. */
	static Stream<String> addresses() {
		return Stream.of(PAGE, PAGE + "/lan-per-manad.csv", PAGE + "/lantagare-per-manad.csv",
				PAGE + "/lan-per-kategori.csv", PAGE + "/lan-per-plats.csv", PAGE + "/tomma-sokningar.csv");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	LendingStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	private Fixture f;

	@BeforeEach
	void fixture() {
		f = fixtures.create("sc");
		List<LoanView> loans = lending.checkout(f.site().id(), f.borrower().id(),
				List.of("SC-SKATES-38", "SC-SKATES-40", "SC-TENT-1"), null, f.staff());
		lending.renew(loans.get(2).id(), java.time.LocalDate.of(2026, 12, 16), f.staff());
		lending.checkout(f.otherSite().id(), f.borrower().id(), List.of("SC-HELMET-M"), null, f.otherStaff());
	}

	@ParameterizedTest
	@MethodSource("addresses")
	void anonymousVisitorsAreSentToLogin(String address) {
		MvcTestResult result = mvc.get().uri(address).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@ParameterizedTest
	@MethodSource("addresses")
	void accountsWithoutALendingRoleAreRefused(String address) {
		assertThat(mvc.get().uri(address).with(users.member())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(address).with(users.coordinator())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@MethodSource("addresses")
	void staffSeeTheirOwnSiteAndAreRefusedAnothersFigures(String address) {
		assertThat(get(address, users.as(f.staff()))).hasStatusOk();
		assertThat(get(address + "?plats=" + f.site().slug(), users.as(f.staff()))).hasStatusOk();
		assertThat(get(address + "?plats=" + f.otherSite().slug(), users.as(f.staff())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(address + "?plats=" + f.site().slug(), users.as(f.otherStaff())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(address + "?plats=fritidsbanken-helsingborg", users.as(f.staff())))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@MethodSource("addresses")
	void lendingAdminsAndAdministratorsSeeEverySite(String address) {
		for (RequestPostProcessor user : List.of(users.as(f.lendingAdmin()), users.admin())) {
			assertThat(get(address, user)).hasStatusOk();
			assertThat(get(address + "?plats=" + f.otherSite().slug(), user)).hasStatusOk();
		}
		assertThat(get(address + "?plats=finns-inte", users.admin())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void staffSeeTheirSitesFiguresAsChartsEachFollowedByItsTable() {
		MvcTestResult page = get(PAGE, users.as(f.staff()));

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("<option value=\"\">Alla mina platser</option>", "Fritidsbanken sc Centrum",
					"december 2025 – november 2026: Alla mina platser")
			.doesNotContain("Fritidsbanken sc Norr", "Fritidsbanken Helsingborg")
			.contains("<dt>Nya lån</dt><dd>3</dd>", "<dt>Förlängningar</dt><dd>1</dd>",
					"<dt>Unika låntagare</dt><dd>1</dd>")
			.contains("role=\"img\"", "aria-labelledby=\"chart-loans-title\"",
					"<title id=\"chart-loans-title\">Lån per månad</title>",
					"Stapeldiagram, december 2025 – november 2026: 3 nya lån och en förlängning. Flest nya lån i november 2026: 3. Siffrorna för varje månad finns i tabellen under diagrammet.",
					"fill=\"url(#chart-loans-hatch)\"", "<title>november 2026: 1 Förlängningar</title>")
			.contains("<th scope=\"row\">november 2026</th>", "<th scope=\"row\">Vintersport</th>")
			.contains("href=\"/fritidsbanken/statistik/lan-per-kategori.csv?fran=2025-12&amp;till=2026-11\"")
			.contains("<h3 id=\"vantelistor\">Väntelistor</h3>", "<h2 id=\"gavor\">Gåvor in och ut</h2>")
			// Nothing the Content-Security-Policy would block.
			.doesNotContain("style=", "<style", "<script>", "onclick");
		// One site: no chart of one bar per site, but its table.
		assertThat(page).bodyText()
			.doesNotContain("chart-sites")
			.contains("<th scope=\"row\">Fritidsbanken sc Centrum</th>");
	}

	@Test
	void aLendingAdminChoosesASiteAndAPeriod() {
		RequestPostProcessor admin = users.as(f.lendingAdmin());
		assertThat(get(PAGE, admin)).hasStatusOk()
			.bodyText()
			.contains("<option value=\"\">Alla platser</option>", "Fritidsbanken sc Centrum", "Fritidsbanken sc Norr",
					"Fritidsbanken Helsingborg", "aria-labelledby=\"chart-sites-title\"");

		assertThat(get(PAGE + "?plats=" + f.otherSite().slug() + "&fran=2026-11&till=2026-11", admin)).hasStatusOk()
			.bodyText()
			.contains(
					"<option value=\"" + f.otherSite().slug()
							+ "\" selected=\"selected\">Fritidsbanken sc Norr</option>",
					"november 2026 – november 2026: Fritidsbanken sc Norr", "<dt>Nya lån</dt><dd>1</dd>",
					"<th scope=\"row\">Skydd</th>", "value=\"2026-11\"");
	}

	@Test
	void eachTableIsACsvWithSwedishHeadersAndAByteOrderMarkForExcel() {
		statistics.recordEmptySearch(f.site().id(), "Kanot", false);
		statistics.recordEmptySearch(f.site().id(), "kanot", true);
		RequestPostProcessor admin = users.as(f.lendingAdmin());
		String period = "?fran=2026-10&till=2026-11";

		MvcTestResult months = get(PAGE + "/lan-per-manad.csv" + period + "&plats=" + f.site().slug(), admin);
		assertThat(months).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(months.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"statistik-lan-per-manad-2026-10-2026-11-" + f.site().slug() + ".csv\"");
		assertThat(months.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(months).bodyText().isEqualTo("\ufeffMånad;Nya lån;Förlängningar\r\n2026-10;0;0\r\n2026-11;3;1\r\n");
		assertThat(get(PAGE + "/lantagare-per-manad.csv" + period + "&plats=" + f.site().slug(), admin)).bodyText()
			.isEqualTo("\ufeffMånad;Unika låntagare\r\n2026-10;0\r\n2026-11;1\r\n");
		assertThat(get(PAGE + "/lan-per-kategori.csv" + period + "&plats=" + f.site().slug(), admin)).bodyText()
			.isEqualTo("\ufeffKategori;Nya lån\r\nVintersport;2\r\nFriluftsliv;1\r\n");
		assertThat(get(PAGE + "/tomma-sokningar.csv" + period + "&plats=" + f.site().slug(), admin)).bodyText()
			.isEqualTo("\ufeffSökord;Fanns inte;Allt utlånat;Totalt;Dagar\r\nkanot;1;1;2;1\r\n");
		assertThat(get(PAGE + "/lan-per-plats.csv" + period, users.as(f.staff()))).bodyText()
			.isEqualTo("\ufeffPlats;Nya lån;Förlängningar;Unika låntagare\r\n"
					+ "Fritidsbanken sc Centrum;3;1;1\r\nTotalt;3;1;1\r\n");
	}

	@Test
	void inEnglishTheChartsAndTheCsvHeadersAreEnglish() {
		RequestPostProcessor staff = users.as(f.staff());
		assertThat(get(PAGE + "?lang=en", staff)).hasStatusOk()
			.bodyText()
			.contains("<title id=\"chart-loans-title\">Loans per month</title>",
					"Bar chart, December 2025 – November 2026: 3 new loans and one renewal. Most new loans in November 2026: 3.",
					"<th scope=\"row\">November 2026</th>");
		assertThat(get(PAGE + "/lan-per-kategori.csv?fran=2026-11&till=2026-11&lang=en", staff)).bodyText()
			.startsWith("\ufeffCategory;New loans\r\n");
	}

	@Test
	void aMonthThatIsNotOneIsExplainedBesideItsField() {
		RequestPostProcessor staff = users.as(f.staff());
		assertThat(get(PAGE + "?fran=2026-13", staff)).hasStatusOk()
			.bodyText()
			.contains("Skriv månaden som ÅÅÅÅ-MM, till exempel 2026-01.", "aria-invalid=\"true\"",
					"aria-describedby=\"fran-hint fran-error\"", "value=\"2026-13\"",
					"Här visas de senaste tolv månaderna");
		assertThat(get(PAGE + "?fran=2026-11&till=2026-01", staff)).hasStatusOk()
			.bodyText()
			.contains("Till-månaden kan inte komma före från-månaden.");
		assertThat(get(PAGE + "?fran=2020-01&till=2026-11", staff)).bodyText()
			.contains("Välj en period på högst 60 månader.");
		assertThat(get(PAGE + "/lan-per-manad.csv?till=november", staff)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.isEqualTo("Skriv månaden som ÅÅÅÅ-MM, till exempel 2026-01.");
	}

	@Test
	void tablesThatAreNotThereAreNotFound() {
		RequestPostProcessor admin = users.admin();
		assertThat(get(PAGE + "/finns-inte.csv", admin)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theStaffSeeTheWayToTheStatisticsAndVisitorsDoNot() {
		assertThat(get("/fritidsbanken/" + f.site().slug(), users.as(f.staff()))).bodyText()
			.contains("href=\"/fritidsbanken/statistik?plats=" + f.site().slug() + "\"");
		assertThat(get("/fritidsbanken", users.as(f.staff()))).bodyText().contains("href=\"/fritidsbanken/statistik\"");
		assertThat(mvc.get().uri("/fritidsbanken")).bodyText().doesNotContain("/fritidsbanken/statistik");
		assertThat(get("/fritidsbanken", users.member())).bodyText().doesNotContain("/fritidsbanken/statistik");
	}

	@Test
	void anAnonymousSearchThatFindsNothingInIsCountedAndOneThatFindsSomethingIsNot() {
		String catalogue = "/fritidsbanken/" + f.site().slug();
		assertThat(mvc.get().uri(catalogue + "?q=Kanot!")).hasStatusOk().bodyText().contains("Inget matchar");
		// Both pairs of skates are out: the kind is there, none of it in.
		assertThat(mvc.get().uri(catalogue + "?q=skridsk")).hasStatusOk();
		// One comes back: a search that finds it is not counted.
		lending.takeBack("SC-SKATES-38", Condition.GOOD, List.of(), null, f.staff());
		assertThat(mvc.get().uri(catalogue + "?q=skridsk")).hasStatusOk();
		assertThat(mvc.get().uri(catalogue + "?q=Tält")).hasStatusOk().bodyText().contains("Tält, 2 personer");
		// Personal data is never counted.
		assertThat(mvc.get().uri(catalogue + "?q=070-123 45 67")).hasStatusOk();
		assertThat(mvc.get().uri(catalogue)).hasStatusOk();

		assertThat(
				jdbc.sql("SELECT term, no_match, none_in FROM lending_empty_search WHERE site_id = :site ORDER BY term")
					.param("site", f.site().id())
					.query()
					.listOfRows())
			.containsExactly(Map.of("term", "kanot", "no_match", 1, "none_in", 0),
					Map.of("term", "skridsk", "no_match", 0, "none_in", 1),
					Map.of("term", "tält", "no_match", 0, "none_in", 1));
	}

	/**
	 * The waitlists and the donations of the demo's Helsingborg: two families queue for a
	 * 20-inch bike; donations came in in October and November, and a pair of skates was
	 * discarded when they were sorted (today).
	 */
	@Test
	void waitlistsAndDonationsComeFromTheReservationsAndTheDonations() {
		RequestPostProcessor admin = users.admin();
		String helsingborg = "?fran=2026-10&till=2026-11&plats=fritidsbanken-helsingborg";
		assertThat(get(PAGE + helsingborg, admin)).hasStatusOk()
			.bodyText()
			.doesNotContain("Inga uppgifter ännu.")
			.contains("<th scope=\"row\">Barncykel</th>", "aria-labelledby=\"chart-donations-title\"");
		assertThat(get(PAGE + "/vantelistor.csv" + helsingborg, admin)).hasStatusOk()
			.bodyText()
			.startsWith("\ufeffKategori;Sort;Ställde sig i kö;Väntar fortfarande\r\n")
			.contains(";Barncykel;2;2\r\n");
		assertThat(get(PAGE + "/gavor.csv" + helsingborg, admin)).hasStatusOk()
			.bodyText()
			.isEqualTo("\ufeffMånad;Skänkt till oss;Lämnat vidare\r\n2026-10;6;0\r\n2026-11;12;1\r\n");
	}

	private MvcTestResult get(String address, RequestPostProcessor user) {
		return mvc.get().uri(address).with(user).exchange();
	}

}
