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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Staff see the borrowers of their own sites: those registered there or lent something
 * there. Another site's borrower is found by the full mobile number at the counter (the
 * person stands there and says it), may then be lent to in the same session, and becomes
 * one of the site's own by borrowing; otherwise their page is a 404, on the counter pages
 * and in the API alike, and no page shows another site's loans. A {@link SessionCookie}
 * is one login session.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class BorrowerScopeControllerTests {

	private static final String BO_MOBILE = "0701000077";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	ReservationManagement reservations;

	private Fixture f;

	/** Bo Berg registered at the other site and borrowed its helmet. */
	private BorrowerView bo;

	@BeforeEach
	void fixture() {
		f = fixtures.create("sc");
		bo = borrowers.findOrRegister("Bo Berg", BO_MOBILE, f.otherSite().id(), f.otherStaff()).borrower();
		lending.checkout(f.otherSite().id(), bo.id(), List.of("SC-HELMET-M"), null, f.otherStaff());
	}

	@Test
	void anotherSitesBorrowerPageIsNotFound() {
		assertThat(counter("GET /disk/" + bo.id(), staff(), null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(counter("GET /disk/" + bo.id() + "/kvitto", staff(), null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(counter("POST /disk/" + bo.id() + "/lana", staff(), null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(counter("POST /disk/" + bo.id() + "/uppgiftslank", staff(), null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(counter("GET /disk/" + bo.id() + "/uppgiftslank", staff(), null)).hasStatus(HttpStatus.NOT_FOUND);
		// A borrower who does not exist looks the same.
		assertThat(counter("GET /disk/99999999", staff(), null)).hasStatus(HttpStatus.NOT_FOUND);
		// The other site's staff do not see this site's Alva either.
		assertThat(mvc.get()
			.uri("/fritidsbanken/" + f.otherSite().slug() + "/disk/" + f.borrower().id())
			.with(users.as(f.otherStaff()))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theSitesBorrowerListAndNameSearchShowOnlyItsOwn() {
		assertThat(counter("GET /lantagare", staff(), null)).hasStatusOk()
			.bodyText()
			.contains("Alva Lind", "070-100 00 01")
			.doesNotContain("Bo Berg");
		assertThat(counter("GET /lantagare?namn=berg", staff(), null)).hasStatusOk()
			.bodyText()
			.contains("Ingen av låntagarna här har ”berg” i namnet.")
			.doesNotContain("Bo Berg");
		assertThat(counter("GET /lantagare?namn=LIND", staff(), null)).bodyText().contains("Alva Lind");
		assertThat(counter("GET /lantagare", users.as(f.otherStaff()), null)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theFullMobileNumberAtTheCounterLetsStaffLendToAnotherSitesBorrower() {
		SessionCookie session = new SessionCookie();
		assertThat(counter("GET /disk?mobil=070-1000077", staff(), session)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(base() + "/disk/" + bo.id());

		// Their page, without the other site's loan.
		assertThat(counter("GET /disk/" + bo.id(), staff(), session)).hasStatusOk()
			.bodyText()
			.contains("Bo Berg", "Inget just nu.")
			.doesNotContain("SC-HELMET-M");
		assertThat(counter("POST /disk/" + bo.id() + "/lana?saker=SC-SKATES-38", staff(), session))
			.hasStatus(HttpStatus.FOUND);
		assertThat(counter("GET /disk/" + bo.id() + "/kvitto", staff(), session)).bodyText()
			.contains("SC-SKATES-38")
			.doesNotContain("SC-HELMET-M");

		// Having borrowed here, Bo is one of the site's own, in any session.
		assertThat(counter("GET /disk/" + bo.id(), staff(), null)).hasStatusOk()
			.bodyText()
			.contains("SC-SKATES-38")
			.doesNotContain("SC-HELMET-M");
		assertThat(counter("GET /lantagare?namn=berg", staff(), null)).bodyText().contains("Bo Berg");
	}

	@Test
	void registeringAnExistingNumberFindsTheOtherSitesBorrowerForThisSession() {
		SessionCookie session = new SessionCookie();
		assertThat(counter("POST /disk/lantagare?namn=Någon&mobil=" + BO_MOBILE, staff(), session))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(base() + "/disk/" + bo.id());
		assertThat(counter("GET /disk/" + bo.id(), staff(), session)).hasStatusOk().bodyText().contains("Bo Berg");
	}

	@Test
	void aBorrowerWhoReservesHereIsOneOfTheSitesOwn() {
		assertThat(counter("GET /disk/" + bo.id(), staff(), null)).hasStatus(HttpStatus.NOT_FOUND);

		reservations.reserve(f.site().id(), f.skates38().typeId(), "38", bo.id(), false, ReservationManagement.ONLINE);

		assertThat(counter("GET /disk/" + bo.id(), staff(), null)).hasStatusOk().bodyText().contains("Bo Berg");
		assertThat(counter("GET /lantagare?namn=berg", staff(), null)).bodyText().contains("Bo Berg");
	}

	@Test
	void lendingAdminsSeeEveryBorrowerAndEveryLoan() {
		assertThat(counter("GET /disk/" + bo.id(), users.as(f.lendingAdmin()), null)).hasStatusOk()
			.bodyText()
			.contains("Bo Berg");
		assertThat(api("GET /api/v1/lending/borrowers/" + bo.id() + "/loans", users.as(f.lendingAdmin()), null))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].itemNumber")
			.asArray()
			.containsExactly("SC-HELMET-M");
	}

	@Test
	void theApiAnswers404ForAnotherSitesBorrowerUntilTheMobileNumberIsGiven() {
		for (String endpoint : List.of("GET /api/v1/lending/borrowers/" + bo.id(),
				"GET /api/v1/lending/borrowers/" + bo.id() + "/loans",
				"PUT /api/v1/lending/borrowers/" + bo.id() + "/email {\"email\":\"bo@example.se\"}",
				"DELETE /api/v1/lending/borrowers/" + bo.id())) {
			MvcTestResult result = api(endpoint, staff(), null);
			assertThat(result).as(endpoint).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Låntagaren finns inte");
		}
		assertThat(api("POST /api/v1/lending/sites/" + f.site().id() + "/checkouts {\"borrowerId\":" + bo.id()
				+ ",\"items\":[\"SC-SKATES-40\"]}", staff(), null))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(borrowers.borrower(bo.id())).get().extracting(BorrowerView::email).isNull();

		SessionCookie session = new SessionCookie();
		assertThat(api("GET /api/v1/lending/borrowers?mobile=" + BO_MOBILE, staff(), session)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Bo Berg");
		assertThat(api("GET /api/v1/lending/borrowers/" + bo.id() + "/loans", staff(), session)).hasStatusOk()
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
		assertThat(api("POST /api/v1/lending/sites/" + f.site().id() + "/checkouts {\"borrowerId\":" + bo.id()
				+ ",\"items\":[\"SC-SKATES-40\"]}", staff(), session))
			.hasStatus(HttpStatus.CREATED);
		assertThat(api("GET /api/v1/lending/borrowers/" + bo.id() + "/loans", staff(), null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].itemNumber")
			.asArray()
			.containsExactly("SC-SKATES-40");
	}

	@Test
	void theApiListsTheSitesOwnBorrowersByName() {
		assertThat(api("GET /api/v1/lending/sites/" + f.site().id() + "/borrowers", staff(), null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].borrower.name")
			.asArray()
			.containsExactly("Alva Lind");
		assertThat(api("GET /api/v1/lending/sites/" + f.site().id() + "/borrowers?name=bo", staff(), null))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
		assertThat(api("GET /api/v1/lending/sites/" + f.otherSite().id() + "/borrowers?name=bo", staff(), null))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(api("GET /api/v1/lending/sites/" + f.otherSite().id() + "/borrowers?name=bo",
				users.as(f.otherStaff()), null))
			.bodyJson()
			.extractingPath("$[*].borrower.name")
			.asArray()
			.containsExactly("Bo Berg");
	}

	private RequestPostProcessor staff() {
		return users.as(f.staff());
	}

	private String base() {
		return "/fritidsbanken/" + f.site().slug();
	}

	private MvcTestResult counter(String line, RequestPostProcessor user, SessionCookie session) {
		String[] parts = line.split(" ", 2);
		var request = mvc.method(org.springframework.http.HttpMethod.valueOf(parts[0])).uri(base() + parts[1]);
		if (parts[0].equals("POST")) {
			request.with(csrf());
		}
		request.with(user);
		return session == null ? request.exchange() : session.exchange(request);
	}

	private MvcTestResult api(String line, RequestPostProcessor user, SessionCookie session) {
		String[] parts = line.split(" ", 3);
		var request = mvc.method(org.springframework.http.HttpMethod.valueOf(parts[0])).uri(parts[1]);
		if (parts.length == 3) {
			request.contentType(MediaType.APPLICATION_JSON).content(parts[2]);
		}
		if (!parts[0].equals("GET")) {
			request.with(csrf());
		}
		request.with(user);
		return session == null ? request.exchange() : session.exchange(request);
	}

}
