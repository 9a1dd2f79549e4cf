package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office pages (donations and their sorting, equipment, categories and types,
 * labels for chosen items) for every role: the site's staff and lending admins work them;
 * staff of another site, a member, a coordinator without a lending role are refused, and
 * an anonymous visitor is sent to log in.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingBackOfficeControllerTests {

	/**
	 * Every new page of the fixture's site; {d} is a donation, {line} its line, {cat} a
	 * category, {type} an item type.
	 */
	static Stream<String> backOfficePages() {
		return Stream.of("GET /gavor", "GET /gavor/ny", "POST /gavor/ny sak=Hockeyskridskor&antal=2&skick=GOOD",
				"POST /gavor/ny mottagen=2026-11-22&sak=Hockeyskridskor&storlek=38&antal=2&skick=GOOD&anteckning=&atgard=spara",
				"GET /gavor/{d}", "POST /gavor/{d}/rader/{line} utfall=CATALOGUE&antal=1",
				"POST /gavor/{d}/givare/radera", "GET /utrustning", "GET /utrustning?q=skates&status=AVAILABLE&sida=1",
				"GET /utrustning/BO-SKATES-38", "POST /utrustning/BO-SKATES-38 skick=WORN&storlek=38&anteckning=Repa",
				"POST /utrustning/BO-SKATES-38/lagning anteckning=Slö", "POST /utrustning/BO-TENT-1/lagad skick=GOOD",
				"POST /utrustning/BO-SKATES-40/utrangera orsak=Sönder", "GET /sorter",
				"POST /sorter/kategorier namn=BO Vattensport", "POST /sorter/kategorier/{cat} namn=BO Kategori 2",
				"POST /sorter/ny kategori={cat}&namn=BO Snowboard&delar=Bindningar", "GET /sorter/{type}",
				"POST /sorter/{type} kategori={cat}&namn=BO Pulka&delar=Dragsnöre",
				"GET /etiketter.pdf?nummer=BO-TENT-1");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingDonations donations;

	@Autowired
	CategoryManagement categories;

	@Autowired
	ItemManagement items;

	@Autowired
	LendingManagement lending;

	private Fixture f;

	private Donation donation;

	private LendingRequests pages;

	@BeforeEach
	void fixture() {
		f = fixtures.create("bo");
		donation = donations.receive(f.site().id(), LocalDate.of(2026, 11, 20), "Eva Ek", "eva@example.org",
				List.of(new DonatedThing(f.skates38().typeId(), null, "36", 5, Condition.GOOD, "Nyslipade"),
						new DonatedThing(null, "gammal kälke", null, 1, Condition.BROKEN, null)),
				"bo-disk");
		long category = categories.createCategory(null, "BO Kategori", "test");
		long type = categories.createType(category, "BO Pulka", List.of(), "test");
		items.toRepair(f.site().id(), "BO-TENT-1", "Söm", "test");
		pages = LendingRequests.sitePages(mvc, f.site(),
				Map.of("d", donation.id(), "line", donation.lines().get(0).id(), "cat", category, "type", type),
				users.as(f.staff()));
	}

	@ParameterizedTest
	@MethodSource("backOfficePages")
	void anonymousVisitorsAreSentToLogin(String endpoint) {
		pages.assertSentToLogIn(endpoint);
	}

	@ParameterizedTest
	@MethodSource("backOfficePages")
	void membersCoordinatorsAndOtherSitesStaffAreRefused(String endpoint) {
		pages.assertRefused(endpoint, users.member(), users.coordinator(), users.as(f.otherStaff()));
	}

	@ParameterizedTest
	@MethodSource("backOfficePages")
	void staffOfTheSiteAndLendingAdminsWorkTheBackOffice(String endpoint) {
		pages.assertWorks(endpoint, users.as(f.staff()), users.as(f.lendingAdmin()));
	}

	@Test
	void anotherSitesDonationOrItemIsNotFoundHere() {
		Donation elsewhere = donations.receive(f.otherSite().id(), LocalDate.of(2026, 11, 20), null, null,
				List.of(new DonatedThing(f.helmet().typeId(), null, "M", 1, Condition.GOOD, null)), "test");
		RequestPostProcessor admin = users.as(f.lendingAdmin());
		assertThat(mvc.get().uri(pages.base() + "/gavor/" + elsewhere.id()).with(admin))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(pages.base() + "/utrustning/BO-HELMET-M").with(admin)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(pages.base() + "/utrustning/FINNS-INTE").with(admin)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(pages.base() + "/sorter/999999999").with(admin)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theDonationFormStartsWithThreeLinesAndEnterAddsOneKeepingWhatWasTyped() {
		assertThat(pages.page("GET /gavor/ny")).hasStatusOk()
			.bodyText()
			.contains("id=\"sak-2\"", "value=\"2026-11-22\"", "<option value=\"Hockeyskridskor\"")
			.doesNotContain("id=\"sak-3\"");

		MvcTestResult added = pages.page(
				"POST /gavor/ny mottagen=2026-11-21&sak=Fotboll, junior&storlek=4&antal=3&skick=WORN&anteckning=Lite luft&givare=Eva");
		assertThat(added).hasStatusOk()
			.bodyText()
			.contains("value=\"Fotboll, junior\"", "value=\"Lite luft\"", "value=\"2026-11-21\"", "value=\"Eva\"")
			.containsPattern("id=\"sak-1\"[^>]*autofocus")
			.doesNotContain("id=\"sak-2\"");
		assertThat(pages.page("POST /gavor/ny sak=Fotboll&sak=&sak=Pulka&sak=&antal=1&antal=1&antal=1&antal=1"))
			.bodyText()
			.containsPattern("id=\"sak-3\"[^>]*autofocus")
			.doesNotContain("id=\"sak-4\"");
	}

	@Test
	void aSavedDonationLeadsToItsSortingAndAMistakeIsShownAtItsLine() {
		MvcTestResult wrong = pages.page(
				"POST /gavor/ny mottagen=2026-11-22&sak=Hockeyskridskor&sak=Kälke&antal=1&antal=500&skick=GOOD&skick=GOOD&atgard=spara");
		assertThat(wrong).hasStatusOk()
			.bodyText()
			.contains("Antalet ska vara mellan 1 och 100", "id=\"antal-1-error\"", "value=\"Kälke\"");
		assertThat(pages.page("POST /gavor/ny mottagen=2026-11-22&sak=&atgard=spara")).hasStatusOk()
			.bodyText()
			.contains("Skriv minst en sak som skänktes.");

		MvcTestResult saved = pages.page(
				"POST /gavor/ny mottagen=2026-11-22&sak=hockeyskridskor&storlek=40&antal=2&skick=GOOD&anteckning=&atgard=spara");
		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(saved).flash().containsEntry("received", 2);
		assertThat(saved.getResponse().getRedirectedUrl()).startsWith(pages.base() + "/gavor/");
	}

	@Test
	void sortingToTheCatalogueOffersLabelsForJustTheNewItems() throws Exception {
		MvcTestResult sorted = pages.page("POST /gavor/{d}/rader/{line} utfall=CATALOGUE&antal=2");
		assertThat(sorted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(pages.base() + "/gavor/" + donation.id());
		assertThat(sorted).flash().containsEntry("made", List.of("BOC-0001", "BOC-0002"));

		assertThat(pages.page("GET /gavor/{d}")).hasStatusOk()
			.bodyText()
			.contains("2 till utlåning", "BOC-0001", "4 väntar på sortering", "Eva Ek");
		MvcTestResult labels = pages.page("GET /etiketter.pdf?nummer=BOC-0001&nummer=BOC-0002");
		assertThat(labels).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		try (PDDocument pdf = Loader.loadPDF(labels.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("BOC-0001", "BOC-0002")
				.doesNotContain("BO-SKATES-38");
		}
	}

	@Test
	void aDiscardWithoutReasonOrABrokenThingToLendingIsExplainedAtItsLine() {
		long sled = donation.lines().get(1).id();
		assertThat(pages.page("POST /gavor/{d}/rader/" + sled + " utfall=DISCARD&antal=1&orsak=")).hasStatusOk()
			.bodyText()
			.contains("Skriv varför sakerna kasseras.", "id=\"fel-" + sled + "\"");
		assertThat(pages.page("POST /gavor/{d}/rader/" + sled + " utfall=CATALOGUE&antal=1")).hasStatusOk()
			.bodyText()
			.contains("Trasiga saker kan inte lånas ut.");
		assertThat(pages.page("POST /gavor/{d}/rader/" + sled + " utfall=REPAIR&antal=1")).hasStatusOk()
			.bodyText()
			.contains("Välj vilken sort det är.");
		assertThat(pages.page("POST /gavor/{d}/rader/" + sled + " utfall=DISCARD&antal=1&orsak=Rostig"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(pages.page("GET /gavor")).bodyText().contains("5 väntar", "namngiven");
	}

	@Test
	void theDonorIsErasedOnRequest() {
		assertThat(pages.page("POST /gavor/{d}/givare/radera")).hasStatus(HttpStatus.FOUND);
		assertThat(pages.page("GET /gavor/{d}")).bodyText()
			.contains("Givarens uppgifter är raderade.")
			.doesNotContain("Eva Ek", "eva@example.org");
	}

	@Test
	void theEquipmentIsSearchedByNumberTypeOrCategoryAndFilteredByStatus() {
		assertThat(pages.page("GET /utrustning?q=bo-skates")).hasStatusOk()
			.bodyText()
			.contains("BO-SKATES-38", "BO-SKATES-40", "2 saker")
			.doesNotContain("BO-TENT-1");
		assertThat(pages.page("GET /utrustning?q=Friluftsliv")).bodyText().contains("BO-TENT-1");
		assertThat(pages.page("GET /utrustning?q=BO-&status=IN_REPAIR")).bodyText()
			.contains("BO-TENT-1")
			.doesNotContain("BO-SKATES-38");
		assertThat(pages.page("GET /utrustning?q=finns-inte-alls")).bodyText().contains("Inget hittades");
	}

	@Test
	void theItemPageShowsItsLoansWithoutTheBorrowerAndTakesCorrections() {
		lending.checkout(f.site().id(), f.borrower().id(), List.of("BO-SKATES-38"), null, f.staff());
		lending.takeBack("BO-SKATES-38", Condition.WORN, List.of(), "Repa på skenan", f.staff());

		assertThat(pages.page("GET /utrustning/BO-SKATES-38")).hasStatusOk()
			.bodyText()
			.contains("Lån (1)", "Repa på skenan", "sliten", "Skicka till lagning", "Utrangera")
			.doesNotContain("Alva", "070-100");

		assertThat(pages.page("POST /utrustning/BO-SKATES-38 skick=GOOD&storlek=39&anteckning=&delar=Skydd, snören"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(pages.base() + "/utrustning/BO-SKATES-38");
		assertThat(pages.page("GET /utrustning/BO-SKATES-38")).bodyText()
			.contains("Hockeyskridskor, 39", "Delar: Skydd, Snören");
		assertThat(pages.page("POST /utrustning/BO-SKATES-40/utrangera orsak=")).hasStatusOk()
			.bodyText()
			.contains("Skriv varför utrustningen utrangeras.");
		assertThat(pages.page("POST /utrustning/BO-TENT-1/lagad skick=BROKEN")).hasStatusOk()
			.bodyText()
			.contains("Är den fortfarande trasig");
	}

	@Test
	void categoriesAndTypesAreCreatedAndRenamedWithClearRefusals() {
		assertThat(pages.page("GET /sorter")).hasStatusOk()
			.bodyText()
			.contains("BO Kategori", "BO Pulka", "Vintersport");
		assertThat(pages.page("POST /sorter/kategorier namn=Vintersport")).hasStatusOk()
			.bodyText()
			.contains("Det finns redan en kategori som heter Vintersport här.");
		assertThat(pages.page("POST /sorter/ny namn=Utan kategori")).hasStatusOk()
			.bodyText()
			.contains("Välj vilken kategori sorten hör till.", "value=\"Utan kategori\"");
		MvcTestResult created = pages
			.page("POST /sorter/ny kategori={cat}&namn=BO Tält&delar=tältduk, stänger, pinnar");
		assertThat(created).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri(created.getResponse().getRedirectedUrl()).with(users.as(f.staff()))).hasStatusOk()
			.bodyText()
			.contains("Tältduk\nStänger\nPinnar");
	}

}
