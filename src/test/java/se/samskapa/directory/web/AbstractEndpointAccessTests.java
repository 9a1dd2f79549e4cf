package se.samskapa.directory.web;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.support.EndpointLines;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tries every endpoint of a controller test as every role. A subclass lists its endpoints
 * in a static {@code endpoints()} method, one a line such as {@code POST
 * /katalog/personer/{person}/alias alias=Cissi}; placeholders in braces are replaced by
 * {@link #ids()}, known only at run time. POSTs carry a CSRF token, so that what is
 * tested is the role and nothing else.
 * <p>
 * {@code @Transactional} is repeated here because Spring looks for it on the class that
 * declares a test method; without it the changes these tests make would stay.
 */
@Transactional
abstract class AbstractEndpointAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	/** The ids the endpoints' placeholders stand for. */
	abstract Map<String, Long> ids();

	/**
	 * Whether the URL rules let coordinators in (they do for /katalog, not for /admin).
	 */
	abstract boolean openToCoordinators();

	/** Where a successful change sends the browser. */
	abstract String redirectPrefix();

	@ParameterizedTest
	@MethodSource("endpoints")
	void anonymousVisitorsAreSentToLogin(String endpoint) {
		MvcTestResult result = request(endpoint).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void membersAreRefused(String endpoint) {
		assertThat(request(endpoint).with(users.member())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void coordinatorsGetWhatTheUrlRulesSay(String endpoint) {
		MvcTestResult result = request(endpoint).with(users.coordinator()).exchange();
		if (openToCoordinators()) {
			assertAllowed(endpoint, result);
		}
		else {
			assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void adminsMayUseEveryEndpoint(String endpoint) {
		assertAllowed(endpoint, request(endpoint).with(users.admin()).exchange());
	}

	private MockMvcRequestBuilder request(String endpoint) {
		return EndpointLines.formRequest(mvc, EndpointLines.resolve(endpoint, ids()));
	}

	/**
	 * The request did what it is for: a page is shown, or a change redirects to the page
	 * it belongs on (not to the login page or an error).
	 */
	private void assertAllowed(String endpoint, MvcTestResult result) {
		if (endpoint.startsWith("GET")) {
			assertThat(result).hasStatusOk();
		}
		else {
			assertThat(result).hasStatus(HttpStatus.FOUND);
			assertThat(result.getResponse().getRedirectedUrl()).startsWith(redirectPrefix());
		}
	}

}
