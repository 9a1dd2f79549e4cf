package se.samskapa.lending;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.AccountView;
import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.shared.AuditTrail;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site administration pages: every page for every role (lending admins and
 * administrators allowed; staff, members, coordinators refused; anonymous visitors sent
 * to log in), and each form with its errors next to the fields and nothing typed lost.
 * The fixture's site is open Tuesday to Saturday and closed on Tuesday 8 December, so a
 * loan made on the test date, Sunday 22 November 2026, falls due on Wednesday 9 December.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingAdminPagesControllerTests {

	/** Running the sites: lending admins and administrators. */
	static Stream<String> adminPages() {
		return Stream.of("GET /fritidsbanken/admin", "GET /fritidsbanken/admin/ny",
				"POST /fritidsbanken/admin/ny name=Fritidsbanken Väster&address=&loanDays=14",
				"GET /fritidsbanken/admin/{site}", "GET /fritidsbanken/admin/{site} sok=herbert",
				"POST /fritidsbanken/admin/{site} name=Fritidsbanken Centrum&address=Torget 1&loanDays=21",
				"POST /fritidsbanken/admin/{site}/oppettider days[0].weekday=MONDAY&days[0].open=true&days[0].opens=10.00&days[0].closes=12.00",
				"POST /fritidsbanken/admin/{site}/stangda-dagar day=2026-12-31&reason=Nyårsafton",
				"POST /fritidsbanken/admin/{site}/stangda-dagar/2026-12-08/ta-bort",
				"POST /fritidsbanken/admin/{site}/helgdagar dag=2026-12-24",
				"POST /fritidsbanken/admin/{site}/personal konto={account}",
				"POST /fritidsbanken/admin/{site}/personal/{account}/ta-bort");
	}

	/** Who runs Fritidsbanken: administrators only. */
	static Stream<String> administratorPages() {
		return Stream.of("GET /fritidsbanken/admin/administratorer",
				"GET /fritidsbanken/admin/administratorer sok=medlem",
				"POST /fritidsbanken/admin/administratorer konto={account}",
				"POST /fritidsbanken/admin/administratorer/{account}/ta-bort");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingCatalogue catalogue;

	@Autowired
	LendingPermissions permissions;

	@Autowired
	AuditTrail audit;

	private Fixture f;

	private LendingRequests pages;

	@BeforeEach
	void fixture() {
		f = fixtures.create("ad");
		pages = LendingRequests.pages(mvc, Map.of("site", f.site().id(), "account", users.user("medlem").accountId()),
				users.as(f.lendingAdmin()));
	}

	@ParameterizedTest
	@MethodSource({ "adminPages", "administratorPages" })
	void anonymousVisitorsAreSentToLogIn(String endpoint) {
		pages.assertSentToLogIn(endpoint);
	}

	@ParameterizedTest
	@MethodSource({ "adminPages", "administratorPages" })
	void staffMembersAndCoordinatorsAreRefused(String endpoint) {
		pages.assertRefused(endpoint, users.as(f.staff()), users.as(f.otherStaff()), users.member(),
				users.coordinator());
	}

	@ParameterizedTest
	@MethodSource("adminPages")
	void lendingAdminsAndAdministratorsRunTheSites(String endpoint) {
		for (RequestPostProcessor user : List.of(users.as(f.lendingAdmin()), users.admin())) {
			assertThat(pages.request(endpoint, user).exchange().getResponse().getStatus()).as(endpoint).isIn(200, 302);
		}
	}

	@ParameterizedTest
	@MethodSource("administratorPages")
	void onlyAdministratorsAppointLendingAdmins(String endpoint) {
		assertThat(pages.request(endpoint, users.as(f.lendingAdmin()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(pages.request(endpoint, users.admin()).exchange().getResponse().getStatus()).as(endpoint)
			.isIn(200, 302);
	}

	@Test
	void theListShowsEverySiteWithItsLoanPeriod() {
		assertThat(pages.page("GET /fritidsbanken/admin")).hasStatusOk()
			.bodyText()
			.contains("Administrera Fritidsbanken", "Fritidsbanken ad Centrum", "Fritidsbanken ad Norr", "21 dagar",
					"Öppet 5 dagar i veckan", "Ny Fritidsbank");
		assertThat(pages.page("GET /fritidsbanken")).bodyText().contains("href=\"/fritidsbanken/admin\"");
		assertThat(mvc.get().uri("/fritidsbanken")).bodyText().doesNotContain("href=\"/fritidsbanken/admin\"");
	}

	@Test
	void aNewSiteNeedsANameAndALoanPeriodInDigitsAndKeepsWhatWasTyped() {
		MvcTestResult refused = pages
			.page("POST /fritidsbanken/admin/ny name= &address=Storgatan 9&loanDays=två veckor");
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Skriv vad Fritidsbanken heter.", "Skriv antalet dagar med siffror", "value=\"Storgatan 9\"",
					"value=\"tv&aring; veckor\"", "aria-invalid=\"true\"", "Rätta det här");
		assertThat(pages.page("POST /fritidsbanken/admin/ny name=X&loanDays=400")).bodyText()
			.contains("Lånetiden ska vara mellan 1 och 365 dagar.");

		MvcTestResult created = pages
			.page("POST /fritidsbanken/admin/ny name=Fritidsbanken Väster&address=&loanDays=21");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		SiteView site = catalogue.siteBySlug("fritidsbanken-vaster").orElseThrow();
		assertThat(created).hasRedirectedUrl("/fritidsbanken/admin/" + site.id());
		assertThat(site.loanDays()).isEqualTo(21);
		assertThat(audit.entries("lending-site", site.id()))
			.extracting(AuditTrail.Entry::actor, AuditTrail.Entry::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(f.lendingAdmin(), "created"));
	}

	@Test
	void theSitePageShowsWhenALoanMadeTodayFallsDueAndSuggestsTheHolidays() {
		assertThat(pages.page("GET /fritidsbanken/admin/{site}")).hasStatusOk()
			.bodyText()
			.contains("Lån idag går tillbaka onsdag 9 december.", "14 dagar, flyttat till närmaste dag",
					"tisdag 8 december", "Personalutbildning", "Julafton, torsdag 24 december", "value=\"2026-12-24\"",
					"Annandag jul, lördag 26 december", "Långfredagen, fredag 26 mars 2027", "ad-disk")
			// Christmas Day is a Friday the site is open; New Year's Day too; Easter
			// Sunday is not.
			.contains("Juldagen", "Nyårsdagen")
			.doesNotContain("Påskdagen");
	}

	@Test
	void openingHoursWithMistakesComeBackAsTypedWithTheErrorNextToEachField() {
		MvcTestResult refused = pages
			.page("POST /fritidsbanken/admin/{site}/oppettider " + hours("MONDAY,true,14.00,12.00",
					"TUESDAY,true,25.00,18", "WEDNESDAY,true,,18.00", "THURSDAY,false,,"));
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("En dag måste stänga senare än den öppnar.", "Skriv tiden som timmar och minuter",
					"Skriv en tid, till exempel 12.00.", "id=\"closes-0-error\"", "id=\"opens-1-error\"",
					"id=\"opens-2-error\"", "value=\"25.00\"", "value=\"14.00\"", "href=\"#closes-0\"");
		assertThat(catalogue.requireSite(f.site().id()).hours()).hasSize(5);

		assertThat(pages.page("POST /fritidsbanken/admin/{site}/oppettider "
				+ hours("MONDAY,true,9,12.30", "TUESDAY,false,12.00,18.00", "WEDNESDAY,true,12:00,18:00")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/fritidsbanken/admin/" + f.site().id() + "#oppettider");
		assertThat(catalogue.requireSite(f.site().id()).hours()).containsExactly(
				new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
				new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(18, 0)));
		// Open Monday and Wednesday only: 6 December is a Sunday, so Monday the 7th.
		assertThat(pages.page("GET /fritidsbanken/admin/{site}")).bodyText()
			.contains("Lån idag går tillbaka måndag 7 december.", "value=\"09.00\"");
	}

	@Test
	void closedDaysAreAddedRemovedAndTakenFromTheHolidays() {
		assertThat(pages.page("POST /fritidsbanken/admin/{site}/stangda-dagar day=2026-11-01&reason=Sent"))
			.hasStatusOk()
			.bodyText()
			.contains("Välj en dag från och med idag.", "value=\"Sent\"");
		assertThat(pages.page("POST /fritidsbanken/admin/{site}/stangda-dagar day=&reason=Utbildning")).hasStatusOk()
			.bodyText()
			.contains("Välj vilken dag Fritidsbanken har stängt.", "value=\"Utbildning\"");
		assertThat(pages.page("POST /fritidsbanken/admin/{site}/stangda-dagar day=den första&reason=")).hasStatusOk()
			.bodyText()
			.contains("Skriv datumet som år-månad-dag");

		assertThat(pages.page("POST /fritidsbanken/admin/{site}/stangda-dagar day=2026-12-09&reason=Inventering"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(pages.page("POST /fritidsbanken/admin/{site}/stangda-dagar/2026-12-08/ta-bort"))
			.hasStatus(HttpStatus.FOUND);
		// A holiday is added with its name; a day that is no holiday is left out.
		assertThat(
				pages.page("POST /fritidsbanken/admin/{site}/helgdagar dag=2026-12-24&dag=2026-12-31&dag=2026-12-15"))
			.hasStatus(HttpStatus.FOUND);

		assertThat(catalogue.closedDays(f.site().id(), LocalDate.of(2026, 11, 22))).containsExactly(
				new ClosedDay(LocalDate.of(2026, 12, 9), "Inventering"),
				new ClosedDay(LocalDate.of(2026, 12, 24), "Julafton"),
				new ClosedDay(LocalDate.of(2026, 12, 31), "Nyårsafton"));
		// No longer closed on Tuesday the 8th: the loan falls due then.
		assertThat(pages.page("GET /fritidsbanken/admin/{site}")).bodyText()
			.contains("Lån idag går tillbaka tisdag 8 december.")
			.doesNotContain("value=\"2026-12-24\"");
		assertThat(audit.entries("lending-site", f.site().id())).extracting(AuditTrail.Entry::action)
			.contains("closed-day-removed");
	}

	@Test
	void theSiteDetailsAreChangedButItsAddressOnTheWebStays() {
		assertThat(pages.page("POST /fritidsbanken/admin/{site} name=&address=Torget 1&loanDays=")).hasStatusOk()
			.bodyText()
			.contains("Skriv vad Fritidsbanken heter.", "Skriv hur många dagar ett lån varar", "value=\"Torget 1\"");
		assertThat(pages.page("POST /fritidsbanken/admin/{site} name=Fritidsbanken Söder&address=Torget 1&loanDays=21"))
			.hasStatus(HttpStatus.FOUND);
		SiteView site = catalogue.requireSite(f.site().id());
		assertThat(site.name()).isEqualTo("Fritidsbanken Söder");
		assertThat(site.slug()).isEqualTo(f.site().slug());
		assertThat(site.loanDays()).isEqualTo(21);
		assertThat(audit.entries("lending-site", site.id())).extracting(AuditTrail.Entry::action).contains("updated");
	}

	@Test
	void staffAreFoundByNameOrUsernameAddedAndRemoved() {
		long member = users.user("medlem").accountId();
		assertThat(pages.page("GET /fritidsbanken/admin/{site} sok=herbert tinz")).bodyText()
			.contains("Herbert Tinz", "(medlem)", "Lägg till medlem som personal");
		assertThat(pages.page("GET /fritidsbanken/admin/{site} sok=ad-disk")).bodyText()
			.doesNotContain("Lägg till ad-disk som personal");
		assertThat(pages.page("GET /fritidsbanken/admin/{site} sok=ingen-sådan")).bodyText()
			.contains("Inget konto matchar ”ingen-sådan”.");

		assertThat(pages.page("POST /fritidsbanken/admin/{site}/personal konto=" + member)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/fritidsbanken/admin/" + f.site().id() + "#personal");
		assertThat(permissions.staffOf(f.site().id())).extracting(AccountView::username)
			.containsExactlyInAnyOrder("ad-disk", "medlem");
		assertThat(pages.page("POST /fritidsbanken/admin/{site}/personal/" + member + "/ta-bort"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(permissions.staffOf(f.site().id())).extracting(AccountView::username).containsExactly("ad-disk");
		assertThat(audit.entries("lending-site", f.site().id())).extracting(AuditTrail.Entry::action)
			.contains("staff-appointed", "staff-dismissed");
	}

	@Test
	void administratorsAppointAndRemoveLendingAdmins() {
		long member = users.user("medlem").accountId();
		assertThat(pages.request("GET /fritidsbanken/admin/administratorer sok=tinz", users.admin())).hasStatusOk()
			.bodyText()
			.contains("ad-fbadmin", "Administratörer av Samskapa", "Utse medlem till administratör");
		assertThat(pages.request("POST /fritidsbanken/admin/administratorer konto=" + member, users.admin()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(permissions.isAdmin(users.user("medlem"))).isTrue();
		assertThat(pages.request("POST /fritidsbanken/admin/administratorer/" + member + "/ta-bort", users.admin()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(permissions.isAdmin(users.user("medlem"))).isFalse();
		assertThat(audit.entries("lending-admin", member)).extracting(AuditTrail.Entry::action)
			.containsExactly("appointed", "revoked");
	}

	/** Form parameters for the opening hours: WEEKDAY,open,opens,closes per row. */
	private static String hours(String... rows) {
		StringBuilder params = new StringBuilder();
		for (int i = 0; i < rows.length; i++) {
			String[] row = rows[i].split(",", -1);
			params.append(i == 0 ? "" : "&")
				.append("days[" + i + "].weekday=" + row[0])
				.append("&days[" + i + "].open=" + row[1])
				.append("&days[" + i + "].opens=" + row[2])
				.append("&days[" + i + "].closes=" + row[3]);
		}
		return params.toString();
	}

}
