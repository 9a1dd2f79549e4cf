package se.samskapa.lending;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
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
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What every endpoint of the lending API answers to the roles that the counter's and the
 * reservations' endpoints treat alike. A subclass lists its endpoints in static methods
 * {@code siteEndpoints()} (one site's staff), {@code lookupEndpoints()} (staff of any
 * site), {@code adminEndpoints()} (lending admins) and {@code allEndpoints()}, one a line
 * such as {@code POST /api/v1/lending/returns {"item":"AX-TENT-1"}}; it sets {@link #f}
 * and the {@link #ids} its placeholders stand for, known only at run time. Changes carry
 * a CSRF token, so that what is tested is the role and nothing else.
 * <p>
 * {@code @Transactional} is repeated here because Spring looks for it on the class that
 * declares a test method; without it the changes these tests make would stay.
 */
@Transactional
abstract class AbstractApiAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	LendingFixtures fixtures;

	Fixture f;

	Map<String, Long> ids;

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void anonymousCallersAreAskedToLogIn(String endpoint) {
		assertThat(request(endpoint, null)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@ParameterizedTest
	@MethodSource({ "siteEndpoints", "adminEndpoints" })
	void staffOfAnotherSiteAreRefused(String endpoint) {
		assertRefused(request(endpoint, users.as(f.otherStaff())).exchange());
	}

	@ParameterizedTest
	@MethodSource("lookupEndpoints")
	void staffOfAnySiteMayLookUp(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.as(f.otherStaff())).exchange());
	}

	@ParameterizedTest
	@MethodSource("adminEndpoints")
	void staffDoNotRunTheSites(String endpoint) {
		assertRefused(request(endpoint, users.as(f.staff())).exchange());
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void lendingAdminsMayUseEveryEndpoint(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.as(f.lendingAdmin())).exchange());
	}

	@ParameterizedTest
	@MethodSource("allEndpoints")
	void administratorsMayUseEveryEndpoint(String endpoint) {
		assertAllowed(endpoint, request(endpoint, users.admin()).exchange());
	}

	static void assertRefused(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("Du har inte behörighet");
	}

	static void assertAllowed(String endpoint, MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as(endpoint).isBetween(200, 299);
	}

	/**
	 * @param user {@code null} for an anonymous caller
	 */
	MockMvcRequestBuilder request(String endpoint, RequestPostProcessor user) {
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
