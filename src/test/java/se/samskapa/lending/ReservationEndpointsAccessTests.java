package se.samskapa.lending;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reservation endpoint of the lending API tried as every role, as
 * {@link LendingEndpointsAccessTests} does for the counter. {held} is a reservation of
 * the fixture's site holding its skates in size 38 for another borrower.
 */
@SamskapaTest
@Transactional
@Import(LendingFixtures.class)
class ReservationEndpointsAccessTests extends AbstractApiAccessTests {

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
	ReservationManagement reservations;

	@Autowired
	BorrowerManagement borrowers;

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
	void membersAndCoordinatorsWithoutALendingRoleAreRefused(String endpoint) {
		assertRefused(request(endpoint, users.member()).exchange());
		assertRefused(request(endpoint, users.coordinator()).exchange());
	}

	@Override
	@ParameterizedTest
	@MethodSource({ "siteEndpoints", "adminEndpoints" })
	void staffOfAnotherSiteAreRefused(String endpoint) {
		super.staffOfAnotherSiteAreRefused(endpoint);
		assertThat(reservations.requireReservation(held.id()).status()).isEqualTo(ReservationStatus.READY);
	}

	@ParameterizedTest
	@MethodSource({ "siteEndpoints", "lookupEndpoints" })
	void staffWorkWithTheReservationsOfTheirSite(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.as(f.staff())).exchange());
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

}
