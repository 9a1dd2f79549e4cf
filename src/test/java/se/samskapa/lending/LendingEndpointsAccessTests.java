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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the lending API tried as every role: the anonymous visitor (401, no
 * redirect), accounts without a lending role (a member, a coordinator), staff of another
 * site, staff of the site, a lending admin and an administrator. Another site's staff do
 * not learn that the site's borrowers exist: 404, not 403. The rows of the matrix that
 * the reservations' endpoints share are in {@link AbstractApiAccessTests}.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class LendingEndpointsAccessTests extends AbstractApiAccessTests {

	/** The counter of one site: only its staff (and lending admins). */
	static Stream<String> siteEndpoints() {
		return Stream.of(
				"POST /api/v1/lending/sites/{site}/checkouts {\"borrowerId\":{borrower},\"items\":[\"AX-SKATES-40\"]}",
				"POST /api/v1/lending/returns {\"item\":\"AX-TENT-1\",\"condition\":\"GOOD\"}",
				"POST /api/v1/lending/loans/{loan}/renewals {\"dueOn\":\"2027-01-15\"}",
				"PUT /api/v1/lending/loans/{loan}/due {\"dueOn\":\"2027-01-20\"}",
				"POST /api/v1/lending/borrowers {\"name\":\"Ny Låntagare\",\"mobile\":\"0709990000\",\"siteId\":{site}}",
				"POST /api/v1/lending/sites/{site}/items {\"category\":\"Bollar\",\"type\":\"Fotboll\",\"number\":\"AX-BALL-1\",\"size\":\"5\"}",
				"GET /api/v1/lending/sites/{site}/borrowers?name=alva");
	}

	/**
	 * Looking up at the counter by the full mobile number or an item: staff of any site.
	 */
	static Stream<String> lookupEndpoints() {
		return Stream.of("GET /api/v1/lending/borrowers?mobile=0701000001", "GET /api/v1/lending/items/AX-SKATES-38",
				"POST /api/v1/lending/borrowers {\"name\":\"Utan Plats\",\"mobile\":\"0709990001\"}");
	}

	/**
	 * The site's own borrowers: its staff; another site's staff are told they do not
	 * exist.
	 */
	static Stream<String> ownBorrowerEndpoints() {
		return Stream.of("GET /api/v1/lending/borrowers/{borrower}", "GET /api/v1/lending/borrowers/{borrower}/loans",
				"PUT /api/v1/lending/borrowers/{borrower}/email {\"email\":\"alva@example.se\"}",
				"DELETE /api/v1/lending/borrowers/{free} {}");
	}

	/** Running the sites: lending admins only. */
	static Stream<String> adminEndpoints() {
		return Stream.of("POST /api/v1/lending/sites {\"name\":\"Fritidsbanken Ny\"}",
				"PUT /api/v1/lending/sites/{site}/opening-hours [{\"day\":\"MONDAY\",\"opens\":\"10:00\",\"closes\":\"12:00\"}]",
				"POST /api/v1/lending/sites/{site}/closed-days {\"day\":\"2026-12-24\",\"reason\":\"Julafton\"}",
				"PUT /api/v1/lending/sites/{site}/staff/{account} {}",
				"DELETE /api/v1/lending/sites/{site}/staff/{account} {}");
	}

	static Stream<String> allEndpoints() {
		return Stream.of(siteEndpoints(), lookupEndpoints(), ownBorrowerEndpoints(), adminEndpoints()).flatMap(s -> s);
	}

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@BeforeEach
	void fixture() {
		f = fixtures.create("ax");
		long loan = lending.checkout(f.site().id(), f.borrower().id(), List.of("AX-TENT-1"), null, f.staff())
			.get(0)
			.id();
		long free = borrowers.findOrRegister("Utan Lån", "0709990003", f.site().id(), f.staff()).borrower().id();
		ids = Map.of("site", f.site().id(), "borrower", f.borrower().id(), "loan", loan, "account",
				users.user("medlem").accountId(), "free", free);
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void membersWithoutALendingRoleAreRefused(String endpoint) {
		assertRefused(request(endpoint, users.member()).exchange());
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void coordinatorsWithoutALendingRoleAreRefused(String endpoint) {
		assertRefused(request(endpoint, users.coordinator()).exchange());
	}

	@ParameterizedTest
	@MethodSource("ownBorrowerEndpoints")
	void anotherSitesBorrowersAreNotFoundByItsStaff(String endpoint) {
		MvcTestResult result = request(endpoint, users.as(f.otherStaff())).exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Låntagaren finns inte");
	}

	@ParameterizedTest
	@MethodSource({ "siteEndpoints", "lookupEndpoints", "ownBorrowerEndpoints" })
	void staffWorkTheCounterOfTheirSite(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.as(f.staff())).exchange());
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefused() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/lending/sites/{site}/checkouts", f.site().id())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"borrowerId\":" + f.borrower().id() + ",\"items\":[\"AX-SKATES-40\"]}")
			.with(users.as(f.staff()))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(lending.openLoansOf(f.borrower().id())).extracting(LoanView::itemNumber)
			.containsExactly("AX-TENT-1");
	}

	@Test
	void anAnonymousCallLeavesNoSessionBehind() {
		MvcTestResult result = mvc.get().uri("/api/v1/lending/items/AX-SKATES-38").exchange();
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void theAvailabilityFeedIsOpenToEveryone() {
		assertThat(mvc.get().uri("/api/v1/lending/availability")).hasStatusOk();
	}

}
