package se.samskapa.lending;

import java.util.Map;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.EndpointLines;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every reservation endpoint of the lending API tried as every role, as
 * {@link LendingEndpointsAccessTests} does for the counter. {held} is a reservation of
 * the fixture's site holding its skates in size 38 for another borrower.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class ReservationEndpointsAccessTests {

	/** The reservations of one site: only its staff (and lending admins). */
	static Stream<String> siteEndpoints() {
		return Stream.of("GET /api/v1/lending/sites/{site}/reservations",
				"POST /api/v1/lending/sites/{site}/reservations {\"borrowerId\":{borrower},\"typeId\":{skates},\"size\":\"40\",\"waitlist\":false}",
				"GET /api/v1/lending/sites/{site}/waitlists", "POST /api/v1/lending/reservations/{held}/set-aside {}",
				"POST /api/v1/lending/reservations/{held}/pickup {}", "DELETE /api/v1/lending/reservations/{held} {}");
	}

	/** Looking up at the counter: staff of any site. */
	static Stream<String> lookupEndpoints() {
		return Stream.of("GET /api/v1/lending/borrowers/{borrower}/reservations");
	}

	/** Running the sites: lending admins only. */
	static Stream<String> adminEndpoints() {
		return Stream.of("PUT /api/v1/lending/sites/{site}/hold-days {\"holdDays\":5}");
	}

	static Stream<String> allEndpoints() {
		return Stream.of(siteEndpoints(), lookupEndpoints(), adminEndpoints()).flatMap(s -> s);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	ReservationManagement reservations;

	@Autowired
	BorrowerManagement borrowers;

	private Fixture f;

	private Map<String, Long> ids;

	private ReservationView held;

	@BeforeEach
	void fixture() {
		f = fixtures.create("ra");
		long bo = borrowers.findOrRegister("Bo Ek", "073-200 00 02", f.site().id(), f.staff()).borrower().id();
		held = reservations.reserve(f.site().id(), f.skates38().typeId(), "38", bo, false, f.staff());
		ids = Map.of("site", f.site().id(), "borrower", f.borrower().id(), "held", held.id(), "skates",
				f.skates38().typeId());
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void anonymousCallersAreAskedToLogIn(String endpoint) {
		assertThat(request(endpoint, null)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void membersAndCoordinatorsWithoutALendingRoleAreRefused(String endpoint) {
		assertRefused(request(endpoint, users.member()).exchange());
		assertRefused(request(endpoint, users.coordinator()).exchange());
	}

	@ParameterizedTest
	@MethodSource({ "siteEndpoints", "adminEndpoints" })
	void staffOfAnotherSiteAreRefused(String endpoint) {
		assertRefused(request(endpoint, users.as(f.otherStaff())).exchange());
		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.READY);
	}

	@ParameterizedTest
	@MethodSource("lookupEndpoints")
	void staffOfAnySiteMayLookUp(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.as(f.otherStaff())).exchange());
	}

	@ParameterizedTest
	@MethodSource({ "siteEndpoints", "lookupEndpoints" })
	void staffWorkWithTheReservationsOfTheirSite(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.as(f.staff())).exchange());
	}

	@ParameterizedTest
	@MethodSource("adminEndpoints")
	void staffDoNotSetTheHoldPeriod(String endpoint) {
		assertRefused(request(endpoint, users.as(f.staff())).exchange());
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void lendingAdminsAndAdministratorsMayUseEveryEndpoint(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.as(f.lendingAdmin())).exchange());
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void administratorsMayUseEveryEndpoint(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.admin()).exchange());
	}

	@Test
	void aReservationsStateByItsCodeIsOpenToEveryoneAndLeavesNoSession() {
		MvcTestResult result = mvc.get().uri("/api/v1/lending/reservation-codes/{code}", held.code()).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void aCancellationWithoutTheCsrfTokenIsRefused() {
		MvcTestResult result = mvc.delete()
			.uri("/api/v1/lending/reservations/{id}", held.id())
			.with(users.as(f.staff()))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.READY);
	}

	private void assertRefused(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Du har inte behörighet");
	}

	private static void assertAllowed(String endpoint, MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as(endpoint).isBetween(200, 299);
	}

	private MockMvcRequestBuilder request(String endpoint, RequestPostProcessor user) {
		String[] parts = EndpointLines.resolve(endpoint, ids).split(" ", 3);
		HttpMethod method = HttpMethod.valueOf(parts[0]);
		MockMvcRequestBuilder request = mvc.method(method).uri(parts[1]);
		if (parts.length == 3) {
			request.contentType(MediaType.APPLICATION_JSON).content(parts[2]);
		}
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		return user == null ? request : request.with(user);
	}

}
