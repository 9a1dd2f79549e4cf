package se.samskapa.lending;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reservation endpoints of the JSON API answer: reservations with their deadline
 * and code, the queue offered as a 409 with {@code waitlistPossible}, a return that says
 * whom to put the item aside for, the public state by code without personal data, the
 * availability feed's queue lengths and links, and the OpenAPI description.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class ReservationApiControllerTests {

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

	private Fixture f;

	private long bo;

	private LendingRequests api;

	@BeforeEach
	void fixture() {
		f = fixtures.create("rj");
		bo = borrowers.findOrRegister("Bo Ek", "073-200 00 02", f.site().id(), f.staff()).borrower().id();
		api = LendingRequests.api(mvc, users.as(f.staff()));
	}

	@Test
	void staffReserveForABorrowerAndGetTheDeadlineAndCode() {
		MvcTestResult result = api.post("/api/v1/lending/sites/" + f.site().id() + "/reservations",
				"{\"borrowerId\":" + bo + ",\"typeId\":" + f.skates38().typeId() + ",\"size\":\"38\"}");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("READY");
		assertThat(result).bodyJson().extractingPath("$.holdUntil").isEqualTo("2026-11-25");
		assertThat(result).bodyJson().extractingPath("$.itemNumber").isEqualTo("RJ-SKATES-38");
		assertThat(result).bodyJson().extractingPath("$.borrowerName").isEqualTo("Bo Ek");
		assertThat(result).bodyJson().extractingPath("$.code").asString().matches("[A-Z0-9]{6}");
	}

	@Test
	void whenNoneIsInTheAnswerOffersTheQueueInSwedish() {
		lend("RJ-SKATES-38");
		String body = "{\"borrowerId\":" + bo + ",\"typeId\":" + f.skates38().typeId() + ",\"size\":\"38\"}";

		MvcTestResult refused = api.post("/api/v1/lending/sites/" + f.site().id() + "/reservations", body);

		assertThat(refused).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Någon hann före: just nu finns inget sådant inne.");
		assertThat(refused).bodyJson().extractingPath("$.waitlistPossible").isEqualTo(true);

		MvcTestResult queued = api.post("/api/v1/lending/sites/" + f.site().id() + "/reservations",
				body.replace("}", ",\"waitlist\":true}"));
		assertThat(queued).hasStatus(HttpStatus.CREATED);
		assertThat(queued).bodyJson().extractingPath("$.status").isEqualTo("WAITING");
		assertThat(queued).bodyJson().extractingPath("$.position").isEqualTo(1);

		assertThat(mvc.get().uri("/api/v1/lending/sites/" + f.site().id() + "/waitlists").with(users.as(f.staff())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].waiting")
			.isEqualTo(1);
	}

	@Test
	void aReturnSaysWhomToPutTheItemAsideFor() {
		lend("RJ-SKATES-38");
		ReservationView waiting = reservations.reserve(f.site().id(), f.skates38().typeId(), "38", bo, true, f.staff());

		MvcTestResult result = api.post("/api/v1/lending/returns",
				"{\"item\":\"RJ-SKATES-38\",\"condition\":\"GOOD\"}");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.itemNumber").isEqualTo("RJ-SKATES-38");
		assertThat(result).bodyJson().extractingPath("$.returnCondition").isEqualTo("GOOD");
		assertThat(result).bodyJson().extractingPath("$.heldFor.borrowerName").isEqualTo("Bo Ek");
		assertThat(result).bodyJson().extractingPath("$.heldFor.code").isEqualTo(waiting.code());
		assertThat(result).bodyJson().extractingPath("$.heldFor.holdUntil").isEqualTo("2026-11-25");

		lend("RJ-SKATES-40");
		assertThat(api.post("/api/v1/lending/returns", "{\"item\":\"RJ-SKATES-40\",\"condition\":\"GOOD\"}")).bodyJson()
			.extractingPath("$.heldFor")
			.isNull();
	}

	@Test
	void pickingUpAnswersWithTheLoanAndAHeldItemIsRefusedToOthers() {
		ReservationView held = reservations.reserve(f.site().id(), f.skates38().typeId(), "38", bo, false, f.staff());

		MvcTestResult other = api.post("/api/v1/lending/sites/" + f.site().id() + "/checkouts",
				"{\"borrowerId\":" + f.borrower().id() + ",\"items\":[\"RJ-SKATES-38\"]}");
		assertThat(other).hasStatus(HttpStatus.CONFLICT);
		assertThat(other).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo(
					"RJ-SKATES-38 är reserverad för en annan låntagare och ligger undan till och med onsdag 25 november. Låna ut en annan.");

		MvcTestResult picked = api.post("/api/v1/lending/reservations/" + held.id() + "/pickup", "{}");
		assertThat(picked).hasStatus(HttpStatus.CREATED);
		assertThat(picked).bodyJson().extractingPath("$.borrowerId").isEqualTo((int) bo);
		assertThat(picked).bodyJson().extractingPath("$.dueOn").isEqualTo("2026-12-09");

		MvcTestResult again = api.post("/api/v1/lending/reservations/" + held.id() + "/pickup", "{}");
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(again).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Reservationen " + held.code() + " har inget undanlagt att hämta.");
	}

	@Test
	void theBorrowersOpenReservationsAndTheSitesList() {
		ReservationView held = reservations.reserve(f.site().id(), f.skates38().typeId(), "38", bo, false, f.staff());

		assertThat(mvc.get().uri("/api/v1/lending/borrowers/" + bo + "/reservations").with(users.as(f.staff())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.containsExactly(held.code());
		assertThat(mvc.get().uri("/api/v1/lending/sites/" + f.site().id() + "/reservations").with(users.as(f.staff())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].mobile")
			.isEqualTo("+46732000002");
		LendingRequests admin = LendingRequests.api(mvc, users.as(f.lendingAdmin()));
		String holdDays = "/api/v1/lending/sites/" + f.site().id() + "/hold-days";
		assertThat(admin.put(holdDays, "{\"holdDays\":0}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("holdDays");
		assertThat(admin.put(holdDays, "{\"holdDays\":7}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.pickupDeadline")
			.isEqualTo("2026-12-01");
	}

	@Test
	void theStateByCodeIsPublicWithoutPersonalData() {
		lend("RJ-TENT-1");
		ReservationView waiting = reservations.reserve(f.site().id(), f.tent().typeId(), null, bo, true, f.staff());

		MvcTestResult result = mvc.get()
			.uri("/api/v1/lending/reservation-codes/" + waiting.code().toLowerCase())
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("WAITING");
		assertThat(result).bodyJson().extractingPath("$.position").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("Tält, 2 personer");
		assertThat(result).bodyText().doesNotContain("Bo Ek").doesNotContain("4673").doesNotContain("borrower");
		assertThat(mvc.get().uri("/api/v1/lending/reservation-codes/QQQQQQ")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Ingen reservation har den koden. Kontrollera koden och försök igen.");
	}

	@Test
	void theFeedCountsTheQueuesAndLinksToTheReservationPage() {
		lend("RJ-TENT-1");
		reservations.reserve(f.site().id(), f.tent().typeId(), null, bo, true, f.staff());

		MvcTestResult result = mvc.get().uri("/api/v1/lending/availability?site=" + f.site().slug()).exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.sites[0].items[?(@.type == 'Tält, 2 personer')].waiting")
			.asArray()
			.containsExactly(1);
		assertThat(result).bodyJson()
			.extractingPath("$.sites[0].items[?(@.size == '40')].reserveUrl")
			.asArray()
			.containsExactly("http://localhost/fritidsbanken/" + f.site().slug() + "/reservera?sort="
					+ f.skates40().typeId() + "&storlek=40");
		assertThat(result).bodyText().doesNotContain("Bo Ek");
	}

	@Test
	void theOpenApiDescriptionDocumentsTheReservationEndpoints() {
		MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/lending/reservations/{reservationId}/pickup'].post.summary")
			.asString()
			.startsWith("Hämta ut");
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/lending/reservation-codes/{code}'].get.summary")
			.asString()
			.contains("öppet för alla");
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/lending/sites/{siteId}/waitlists'].get.tags[0]")
			.isEqualTo("Fritidsbanken: reservationer");
		assertThat(docs).bodyText().contains("heldFor", "waitlistPossible");
	}

	private void lend(String number) {
		lending.checkout(f.site().id(), f.borrower().id(), List.of(number), null, f.staff());
	}

}
