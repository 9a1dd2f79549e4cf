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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reservation pages: reserving and joining a queue on the public catalogue without a
 * login, the confirmation and cancelling with the code; the staff's list of what is held
 * and the queues, picking up at the counter, and the return that tells staff to put an
 * item aside; with every refusal. The fixture's skates in size 38 are held for Bo Ek
 * ({held}), and the tent is out with Cy Holm waiting for it ({waiting}).
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class ReservationPagesControllerTests {

	/** The staff's pages; {held} is the reservation holding the skates. */
	static Stream<String> staffPages() {
		return Stream.of("GET /reservationer", "POST /reservationer/{held}/undanlagd",
				"POST /reservationer/{held}/avboka", "POST /reservationer/{held}/hamta");
	}

	/** The public pages: anyone, without a login. */
	static Stream<String> publicPages() {
		return Stream.of("GET ", "GET /reservera?sort={skates}&storlek=40", "GET /reservera?sort={tent}",
				"POST /reservera sort={skates}&storlek=40&namn=Ny Låntagare&mobil=0709990005",
				"POST /reservera sort={tent}&namn=Ny Låntagare&mobil=0709990006&ko=true", "GET /reservation",
				"GET /reservation?kod={code}", "GET /reservation/{code}", "POST /reservation/{code}/avboka");
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
	ReservationManagement reservations;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	LendingCatalogue catalogue;

	private Fixture f;

	private ReservationView held;

	private ReservationView waiting;

	private LendingRequests pages;

	@BeforeEach
	void fixture() {
		f = fixtures.create("rs");
		long bo = borrowers.findOrRegister("Bo Ek", "073-200 00 02", f.site().id(), f.staff()).borrower().id();
		long cy = borrowers.findOrRegister("Cy Holm", "073-200 00 03", f.site().id(), f.staff()).borrower().id();
		held = reservations.reserve(f.site().id(), f.skates38().typeId(), "38", bo, false, f.staff());
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RS-TENT-1"), null, f.staff());
		waiting = reservations.reserve(f.site().id(), f.tent().typeId(), null, cy, true, f.staff());
		pages = LendingRequests.sitePages(mvc, f.site(), Map.of("held", held.id(), "skates", f.skates38().typeId(),
				"tent", f.tent().typeId(), "helmet", f.helmet().typeId(), "code", held.code()), users.as(f.staff()));
	}

	@Test
	void theCatalogueOffersToReserveWhatIsInAndToQueueForWhatIsOut() {
		MvcTestResult result = mvc.get().uri(pages.base()).exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("href=\"" + pages.base() + "/reservera?sort=" + f.skates40().typeId() + "&amp;storlek=40\"",
					"aria-label=\"Reservera Hockeyskridskor, 40\"",
					"aria-label=\"Ställ dig i kö för Tält, 2 personer\"",
					"aria-label=\"Ställ dig i kö för Hockeyskridskor, 38\"", "(1 i kö)", "hämta det inom 3 dagar",
					"Se din reservation")
			.doesNotContain("Bo Ek")
			.doesNotContain("Cy Holm");
	}

	@Test
	void aVisitorReservesWithNameAndNumberAndGetsTheDeadlineAndACode() {
		assertThat(mvc.get().uri(pages.base() + "/reservera?sort=" + f.skates40().typeId() + "&storlek=40"))
			.hasStatusOk()
			.bodyText()
			.contains("Reservera: Hockeyskridskor, 40", "1 inne nu",
					"Vi lägger undan en åt dig, och du hämtar den senast onsdag 25 november",
					"Vi sparar bara namn och mobilnummer", "högst 3 reservationer", "name=\"_csrf\"",
					"name=\"ko\" value=\"false\"");

		MvcTestResult reserved = pages
			.anonymous("POST /reservera sort={skates}&storlek=40&namn=Sara Holm&mobil=073-555 12 34");

		assertThat(reserved).hasStatus(HttpStatus.FOUND);
		String confirmation = reserved.getResponse().getRedirectedUrl();
		assertThat(confirmation).matches(pages.base() + "/reservation/[A-Z0-9]{6}");
		String code = confirmation.substring(confirmation.lastIndexOf('/') + 1);
		assertThat(mvc.get().uri(confirmation)).hasStatusOk()
			.bodyText()
			.contains("Reserverat!", "Hockeyskridskor, 40 ligger undan för dig på Fritidsbanken rs Centrum",
					"Hämta senast onsdag 25 november.", code, "Avboka", "Tisdag 12.00–18.00")
			.doesNotContain("Sara")
			.doesNotContain("555");
		assertThat(reservations.byCode(code).orElseThrow().itemNumber()).isEqualTo("RS-SKATES-40");
	}

	@Test
	void whenAllAreOutTheVisitorJoinsTheQueueAndSeesTheirPlace() {
		assertThat(mvc.get().uri(pages.base() + "/reservera?sort=" + f.tent().typeId())).hasStatusOk()
			.bodyText()
			.contains("Ställ dig i kö: Tält, 2 personer", "Alla är utlånade just nu", "Ställ mig i kö",
					"name=\"ko\" value=\"true\"");

		MvcTestResult queued = pages.anonymous("POST /reservera sort={tent}&namn=Sara Holm&mobil=0735551234&ko=true");

		assertThat(queued).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri(queued.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains("Du står i kö", "Du är nummer 2 i kön för Tält, 2 personer", "Lämna kön");
	}

	@Test
	void whenSomeoneWasQuickerTheQueueIsOfferedAndWhatWasTypedKept() {
		// The form said one was in; before it was sent, the counter lent it.
		lending.checkout(f.site().id(), f.borrower().id(), List.of("RS-SKATES-40"), null, f.staff());

		MvcTestResult result = pages
			.anonymous("POST /reservera sort={skates}&storlek=40&namn=Sara Holm&mobil=0735551234&ko=false");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Någon hann före", "Ställ mig i kö", "name=\"ko\" value=\"true\"", "value=\"Sara Holm\"",
					"value=\"0735551234\"");
		// (Outside this test's transaction the registration is rolled back as well.)
		assertThat(borrowers.findByMobile("0735551234").map(b -> reservations.openOf(b.id())).orElse(List.of()))
			.isEmpty();
	}

	@Test
	void badInputIsShownAtItsFieldAndTheLimitInWords() {
		assertThat(pages.anonymous("POST /reservera sort={skates}&storlek=40&namn=&mobil=0735551234")).hasStatusOk()
			.bodyText()
			.contains("Skriv ditt namn.", "href=\"#namn\"", "aria-invalid=\"true\"", "value=\"0735551234\"");
		assertThat(pages.anonymous("POST /reservera sort={skates}&storlek=40&namn=Sara&mobil=08-123 45")).hasStatusOk()
			.bodyText()
			.contains("Skriv ett svenskt mobilnummer", "aria-describedby=\"mobil-error mobil-hint\"");

		// Bo Ek has one reservation; two more, and the fourth is refused.
		assertThat(pages.anonymous("POST /reservera sort={skates}&storlek=40&namn=Bo Ek&mobil=0732000002"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(pages.anonymous("POST /reservera sort={tent}&namn=Bo Ek&mobil=0732000002&ko=true"))
			.hasStatus(HttpStatus.FOUND);
		long sled = catalogue.itemType(catalogue.category("Vintersport", "Pulkor"), "Pulka");
		catalogue.registerItem(f.site().id(), sled, "RS-SLED-1", null, null, Condition.GOOD, List.of(), "test");
		assertThat(pages.anonymous("POST /reservera sort=" + sled + "&namn=Bo Ek&mobil=0732000002")).hasStatusOk()
			.bodyText()
			.contains("Du har redan 3 reservationer eller platser i köer");
		assertThat(reservations.openOf(held.borrowerId())).hasSize(3);
	}

	@Test
	void aVisitorCancelsWithTheCode() {
		MvcTestResult cancelled = pages.anonymous("POST /reservation/{code}/avboka");

		assertThat(cancelled).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(pages.base() + "/reservation/" + held.code());
		assertThat(cancelled).flash().containsEntry("message", "lending.reservation.cancelled.done");
		assertThat(mvc.get().uri(pages.base() + "/reservation/" + held.code())).hasStatusOk()
			.bodyText()
			.contains("avbokad", "Reservationen är avbokad.")
			.doesNotContain("name=\"_csrf\" value");
		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.CANCELLED);
		assertThat(lending.openLoanOf(f.skates38().id())).isEmpty();
		// Cancelled twice: the page just says it is cancelled.
		assertThat(pages.anonymous("POST /reservation/{code}/avboka")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aReservationIsFoundByItsCodeHoweverItIsTyped() {
		assertThat(mvc.get().uri(pages.base() + "/reservation?kod=" + held.code().toLowerCase()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(pages.base() + "/reservation/" + held.code());
		assertThat(mvc.get().uri(pages.base() + "/reservation?kod=QQQQQQ")).hasStatusOk()
			.bodyText()
			.contains("Ingen reservation har den koden", "aria-invalid=\"true\"");
		assertThat(mvc.get().uri(pages.base() + "/reservation/QQQQQQ")).hasStatus(HttpStatus.NOT_FOUND);
		// A code is looked up at its own site only.
		assertThat(mvc.get().uri("/fritidsbanken/" + f.otherSite().slug() + "/reservation/" + held.code()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(pages.base() + "/reservera?sort=" + f.skates40().typeId() + "&storlek=44"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void withoutTheFormsTokenNothingIsReserved() {
		MvcTestResult result = mvc.post()
			.uri(pages.base() + "/reservera")
			.param("sort", String.valueOf(f.skates40().typeId()))
			.param("storlek", "40")
			.param("namn", "Sara Holm")
			.param("mobil", "0735551234")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(borrowers.findByMobile("0735551234")).isEmpty();
	}

	@Test
	void staffSeeWhatIsHeldWithShelfInstructionsAndTheQueues() {
		MvcTestResult list = pages.page("GET /reservationer");

		assertThat(list).hasStatusOk()
			.bodyText()
			.contains("Att hämta (1)", held.code(), "Bo Ek", "href=\"tel:+46732000002\"",
					"RS-SKATES-38 Hockeyskridskor, 38", "onsdag 25 november",
					"Plocka fram RS-SKATES-38 ur hyllan och lägg den på reservationshyllan, märkt " + held.code()
							+ " Bo Ek.",
					"Köer (1)", "Tält, 2 personer", "22 november 2026 kl. 10.00");

		MvcTestResult setAside = pages.page("POST /reservationer/{held}/undanlagd");
		assertThat(setAside).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(pages.base() + "/reservationer");
		assertThat(pages.page("GET /reservationer")).bodyText()
			.contains("På reservationshyllan, märkt " + held.code() + " Bo Ek.");

		assertThat(pages.page("POST /reservationer/{held}/avboka")).hasStatus(HttpStatus.FOUND);
		assertThat(pages.page("GET /reservationer")).bodyText().contains("Inget ligger undan.");
	}

	@Test
	void atTheCounterTheBorrowersReservationsShowAndPickingUpLendsInOneStep() {
		String counter = "/disk/" + held.borrowerId();
		assertThat(pages.page("GET " + counter)).hasStatusOk()
			.bodyText()
			.contains("Reserverat",
					"RS-SKATES-38 Hockeyskridskor, 38, ligger undan till och med onsdag 25 november (kod " + held.code()
							+ ")",
					"aria-label=\"Låna ut RS-SKATES-38 som ligger undan\"");

		MvcTestResult picked = pages.page("POST /reservationer/{held}/hamta");

		assertThat(picked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(pages.base() + counter + "/kvitto");
		assertThat(pages.page("GET " + counter + "/kvitto")).bodyText()
			.contains("Lånat av Bo Ek", "RS-SKATES-38 Hockeyskridskor, 38, lämnas senast onsdag 9 december");
		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.COLLECTED);
	}

	@Test
	void theHeldItemScannedForItsBorrowerIsAddedAndForAnyoneElseRefusedAtTheScan() {
		assertThat(pages.page("GET /disk/" + held.borrowerId() + "?skanna=RS-SKATES-38")).hasStatusOk()
			.bodyText()
			.contains("Att låna ut (1)", "reserverad för låntagaren");
		assertThat(pages.page("GET /disk/" + f.borrower().id() + "?skanna=RS-SKATES-38")).hasStatusOk()
			.bodyText()
			.contains(
					"RS-SKATES-38 är reserverad för en annan låntagare och ligger undan till och med onsdag 25 november.",
					"Att låna ut (0)");
		assertThat(pages.page("POST /disk/" + f.borrower().id() + "/lana saker=RS-SKATES-38")).hasStatusOk()
			.bodyText()
			.contains("RS-SKATES-38 är reserverad för en annan låntagare");
	}

	@Test
	void aReturnForWhichSomeoneWaitsTellsStaffToPutItAside() {
		MvcTestResult returned = pages.page("POST /aterlamning nummer=RS-TENT-1&skick=GOOD");

		assertThat(returned).hasStatus(HttpStatus.FOUND);
		assertThat(returned).flash()
			.containsEntry("heldFor", "Lägg undan för Cy Holm, väntelista. Märk den " + waiting.code()
					+ "; den hämtas senast onsdag 25 november.");
		assertThat(reservations.requireReservation(waiting.id()).status()).isEqualTo(ReservationStatus.READY);
	}

	@ParameterizedTest
	@MethodSource("publicPages")
	void anyoneMayReserveWithoutALogin(String endpoint) {
		MvcTestResult result = pages.anonymous(endpoint);
		assertThat(result.getResponse().getStatus()).as(endpoint).isIn(200, 302);
		assertThat(String.valueOf(result.getResponse().getRedirectedUrl())).as(endpoint).doesNotEndWith("/login");
	}

	@ParameterizedTest
	@MethodSource("staffPages")
	void anonymousVisitorsAreSentToLogin(String endpoint) {
		pages.assertSentToLogIn(endpoint);
	}

	@ParameterizedTest
	@MethodSource("staffPages")
	void accountsWithoutALendingRoleAndOtherSitesStaffAreRefused(String endpoint) {
		pages.assertRefused(endpoint, users.member(), users.coordinator(), users.as(f.otherStaff()));
		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.READY);
	}

	@ParameterizedTest
	@MethodSource("staffPages")
	void staffOfTheSiteAndLendingAdminsManageReservations(String endpoint) {
		pages.assertWorks(endpoint, users.as(f.staff()), users.as(f.lendingAdmin()));
	}

	@Test
	void aReservationOfAnotherSiteIsNotFoundThere() {
		MvcTestResult result = mvc.post()
			.uri("/fritidsbanken/" + f.otherSite().slug() + "/reservationer/" + held.id() + "/avboka")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(users.as(f.otherStaff()))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

}
