package se.samskapa.lending;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the counter's JSON API answers: loans with their due dates, refusals as 409 with a
 * message in Swedish (English when chosen), bad input as 400 naming the field, and never
 * a stack trace; and the public availability feed.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
@RecordApplicationEvents
class LendingApiControllerTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	private Fixture f;

	private LendingRequests api;

	@BeforeEach
	void fixture() {
		f = fixtures.create("rt");
		api = LendingRequests.api(mvc, users.as(f.staff()));
	}

	@Test
	void aCheckoutAnswersWithTheLoansAndTheirDueDate() {
		MvcTestResult result = api.post("/api/v1/lending/sites/" + f.site().id() + "/checkouts",
				"{\"borrowerId\":" + f.borrower().id() + ",\"items\":[\"RT-SKATES-38\",\"RT-BARCODE-40\"]}");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson()
			.extractingPath("$[*].itemNumber")
			.asArray()
			.containsExactly("RT-SKATES-38", "RT-SKATES-40");
		assertThat(result).bodyJson().extractingPath("$[0].dueOn").isEqualTo("2026-12-09");
		assertThat(result).bodyJson().extractingPath("$[0].item").isEqualTo("Hockeyskridskor, 38");
	}

	@Test
	void anItemAlreadyLentIsRefusedWithASwedishMessage() {
		lend("RT-SKATES-38");

		MvcTestResult result = api.post("/api/v1/lending/sites/" + f.site().id() + "/checkouts",
				"{\"borrowerId\":" + f.borrower().id() + ",\"items\":[\"RT-SKATES-38\"]}");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("RT-SKATES-38 är redan utlånad. Den måste lämnas tillbaka innan den kan lånas ut igen.");
	}

	@Test
	void theMessageIsInEnglishForAReaderWhoChoseEnglish() {
		lend("RT-SKATES-38");

		MvcTestResult result = api.post("/api/v1/lending/sites/" + f.site().id() + "/checkouts?lang=en",
				"{\"borrowerId\":" + f.borrower().id() + ",\"items\":[\"RT-SKATES-38\"]}");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("RT-SKATES-38 is already on loan");
	}

	@Test
	void aNumberThatIsNotAMobileNumberIsNamedAsTheFieldToCorrect() {
		MvcTestResult result = api.post("/api/v1/lending/borrowers", "{\"name\":\"Eva\",\"mobile\":\"08-123 456 78\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("mobile");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Det är inte ett mobilnummer (kanske ett fast nummer). "
					+ "Skriv ett svenskt mobilnummer, till exempel 070-123 45 67.");
		MvcTestResult foreign = api.post("/api/v1/lending/borrowers",
				"{\"name\":\"Eva\",\"mobile\":\"+47 901 23 456\"}");
		assertThat(foreign).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(foreign).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Det är ett utländskt nummer. Fritidsbanken kan bara registrera svenska mobilnummer, "
					+ "till exempel 070-123 45 67.");
	}

	@Test
	void missingFieldsAreListedEachWithItsMessage() {
		MvcTestResult result = api.post("/api/v1/lending/sites/" + f.site().id() + "/checkouts", "{\"items\":[]}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Uppgifterna är inte fullständiga. Rätta fälten som anges.");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("borrowerId", "items");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].message")
			.asArray()
			.contains("Skanna minst en sak att låna ut.");
	}

	@Test
	void unreadableJsonAndUnknownConditionsAreBadRequestsWithoutAStackTrace() {
		for (String body : List.of("{not json", "{\"item\":\"RT-TENT-1\",\"condition\":\"BRA\"}")) {
			MvcTestResult result = api.post("/api/v1/lending/returns", body);
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Begäran kunde inte läsas.");
			assertThat(result).bodyText().doesNotContain("Exception").doesNotContain("at se.samskapa");
		}
	}

	@Test
	void anUnknownSiteIsNotFoundAndSaysSoEvenToAnAdministrator() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/lending/borrowers")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Eva\",\"mobile\":\"0705556677\",\"siteId\":999999}")
			.with(csrf())
			.with(users.admin())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Det finns ingen Fritidsbank");
	}

	/** Method, path, body and the status it must get; {site} is the fixture's site. */
	static Stream<String> badRequests() {
		return Stream.of("POST /api/v1/lending/sites/{site}/checkouts {\"borrowerId\":1,\"items\":null} 400",
				"POST /api/v1/lending/sites/{site}/checkouts {\"borrowerId\":-5,\"items\":[\"RT-SKATES-38\"]} 404",
				"POST /api/v1/lending/sites/999999/checkouts {\"borrowerId\":1,\"items\":[\"X\"]} 404",
				"POST /api/v1/lending/returns {} 400", "POST /api/v1/lending/returns [] 400",
				"POST /api/v1/lending/returns {\"item\":\"NOPE\",\"condition\":\"GOOD\"} 404",
				"PUT /api/v1/lending/sites/{site}/opening-hours [{}] 400",
				"PUT /api/v1/lending/sites/{site}/opening-hours [{\"day\":\"FUNDAY\"}] 400",
				"PUT /api/v1/lending/sites/{site}/opening-hours [{\"day\":\"MONDAY\",\"opens\":\"18:00\",\"closes\":\"10:00\"}] 400",
				"POST /api/v1/lending/sites/{site}/closed-days {} 400", "POST /api/v1/lending/sites {} 400",
				"POST /api/v1/lending/sites {\"name\":\"X\",\"loanDays\":0} 400",
				"POST /api/v1/lending/sites/{site}/items {} 400",
				"POST /api/v1/lending/sites/{site}/items {\"category\":\"Bollar\",\"type\":\"Boll\"} 400",
				"POST /api/v1/lending/sites/{site}/items {\"category\":\"Bollar\",\"type\":\"Boll\",\"number\":\"rt-skates-38\"} 409",
				"POST /api/v1/lending/loans/abc/renewals {} 400", "POST /api/v1/lending/loans/999999/renewals {} 404",
				"PUT /api/v1/lending/loans/999999/due {} 400", "PUT /api/v1/lending/sites/{site}/staff/999999 {} 404",
				"GET /api/v1/lending/borrowers 400", "GET /api/v1/lending/borrowers/999999/loans 404");
	}

	@ParameterizedTest
	@MethodSource("badRequests")
	void badInputGetsAClearAnswerAndNeverAServerError(String line) {
		String[] parts = line.replace("{site}", String.valueOf(f.site().id())).split(" ");
		MockMvcRequestBuilder request = mvc.method(HttpMethod.valueOf(parts[0]))
			.uri(parts[1])
			.with(csrf())
			.with(users.admin());
		if (parts.length == 4) {
			request.contentType(MediaType.APPLICATION_JSON).content(parts[2]);
		}
		MvcTestResult result = request.exchange();

		assertThat(result.getResponse().getStatus()).as(line).isEqualTo(Integer.parseInt(parts[parts.length - 1]));
		assertThat(result).bodyJson().extractingPath("$.detail").asString().as(line).isNotBlank();
		assertThat(result).bodyText().doesNotContain("Exception");
	}

	@Test
	void anUnknownNumberIsNotFoundAndSaysSo() {
		MvcTestResult result = mvc.get().uri("/api/v1/lending/items/XYZ-404").with(users.as(f.staff())).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Ingen utrustning har numret XYZ-404. Kontrollera numret eller skanna igen.");
	}

	@Test
	void aReturnNotesTheConditionAndTheMissingParts() {
		lend("RT-TENT-1");

		MvcTestResult result = api.post("/api/v1/lending/returns",
				"{\"item\":\"RT-TENT-1\",\"condition\":\"WORN\",\"missingParts\":[\"Tältpinnar\"]}");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.returnCondition").isEqualTo("WORN");
		assertThat(result).bodyJson().extractingPath("$.missingParts").asArray().containsExactly("Tältpinnar");
		assertThat(lending.openLoansOf(f.borrower().id())).isEmpty();
	}

	@Test
	void aRenewalKeepsTheLoanAndCountsTheRenewal() {
		long loan = lending
			.checkout(f.site().id(), f.borrower().id(), List.of("RT-SKATES-38"), java.time.LocalDate.of(2026, 11, 27),
					f.staff())
			.get(0)
			.id();

		MvcTestResult result = api.post("/api/v1/lending/loans/" + loan + "/renewals", "");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.id").asNumber().isEqualTo((int) loan);
		assertThat(result).bodyJson().extractingPath("$.renewals").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.dueOn").isEqualTo("2026-12-09");
	}

	@Test
	void aKnownNumberFindsTheBorrowerAndANewOneRegistersThem() {
		assertThat(
				api.post("/api/v1/lending/borrowers", "{\"name\":\"Vem som helst\",\"mobile\":\"+46 70 100 00 01\"}"))
			.hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Alva Lind");
		MvcTestResult created = api.post("/api/v1/lending/borrowers",
				"{\"name\":\"Sam Holm\",\"mobile\":\"0792223344\"}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.mobile").isEqualTo("+46792223344");
		assertThat(mvc.get().uri("/api/v1/lending/borrowers?mobile=079-222 33 44").with(users.as(f.staff())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Sam Holm");
	}

	@Test
	void thePublicFeedCountsWhatIsInPerTypeAndSizeWithoutPersonalData() {
		lend("RT-SKATES-38");

		MvcTestResult result = mvc.get().uri("/api/v1/lending/availability?site=" + f.site().slug()).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=60").contains("public");
		assertThat(result).bodyJson().extractingPath("$.sites[*].slug").asArray().containsExactly(f.site().slug());
		assertThat(result).bodyJson()
			.extractingPath("$.sites[0].items[?(@.size == '38')].available")
			.asArray()
			.containsExactly(0);
		assertThat(result).bodyJson()
			.extractingPath("$.sites[0].items[?(@.size == '40')].available")
			.asArray()
			.containsExactly(1);
		assertThat(result).bodyText().doesNotContain("Alva").doesNotContain("+4670");
	}

	@Test
	void theOpenApiDescriptionDocumentsTheFeed() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths['/api/v1/lending/availability'].get.summary")
			.asString()
			.startsWith("Vad som finns att låna nu");
	}

	@Test
	void anEmailAddressForRemindersIsRegisteredChangedAndRemoved() {
		MvcTestResult registered = api.post("/api/v1/lending/borrowers",
				"{\"name\":\"Eva Ek\",\"mobile\":\"0709990077\",\"email\":\"eva.ek@Example.se\"}");
		assertThat(registered).hasStatus(HttpStatus.CREATED);
		assertThat(registered).bodyJson().extractingPath("$.email").isEqualTo("eva.ek@example.se");

		MvcTestResult bad = api.put("/api/v1/lending/borrowers/" + f.borrower().id() + "/email",
				"{\"email\":\"eva@\"}");
		assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(bad).bodyJson().extractingPath("$.field").isEqualTo("email");

		assertThat(
				api.put("/api/v1/lending/borrowers/" + f.borrower().id() + "/email", "{\"email\":\"alva@example.se\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isEqualTo("alva@example.se");
		assertThat(api.put("/api/v1/lending/borrowers/" + f.borrower().id() + "/email", "{}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isNull();
	}

	@Test
	void aReceiptBySmsAskedForWithoutAGatewayIsNotSent() {
		MvcTestResult result = api.post("/api/v1/lending/sites/" + f.site().id() + "/checkouts",
				"{\"borrowerId\":" + f.borrower().id() + ",\"items\":[\"RT-SKATES-38\"],\"smsReceipt\":true}");
		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(events.stream(se.samskapa.lending.internal.ReceiptRequested.class)).isEmpty();
	}

	private void lend(String number) {
		lending.checkout(f.site().id(), f.borrower().id(), List.of(number), null, f.staff());
	}

}
