package se.samskapa.lending;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty counters lend the same pair of skates at the same moment, through the real HTTP
 * API on a real port, each with its own logged-in session and CSRF token as a counter
 * page has them: exactly one gets the loan, the other 49 a 409 that says in Swedish why,
 * and the database holds one open loan.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, LendingFixtures.class })
class CheckoutRaceIntegrationTests {

	private static final int SESSIONS = 10;

	private static final int REQUESTS_PER_SESSION = 5;

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyConcurrentCheckoutsOfOneItemLendItOnce() throws Exception {
		Fixture f = fixtures.create("race");
		List<Counter> counters = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			counters.add(Counter.logIn(port, f.staff(), "test-password"));
		}
		int requests = SESSIONS * REQUESTS_PER_SESSION;
		List<Long> borrowerIds = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			borrowerIds
				.add(borrowers.findOrRegister("Låntagare " + i, String.format("07011%05d", i), f.site().id(), "test")
					.borrower()
					.id());
		}

		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				Counter counter = counters.get(i % SESSIONS);
				String body = "{\"borrowerId\":" + borrowerIds.get(i) + ",\"items\":[\"RACE-SKATES-38\"]}";
				answers.add(pool.submit(() -> {
					// Every request waits here, so that all fifty reach the server
					// together.
					start.await();
					return counter.postJson("/api/v1/lending/sites/" + f.site().id() + "/checkouts", body);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
			}

			assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
			assertThat(responses).filteredOn(r -> r.statusCode() == 409)
				.hasSize(requests - 1)
				.allSatisfy(r -> assertThat(r.body()).contains(
						"RACE-SKATES-38 är redan utlånad. Den måste lämnas tillbaka innan den kan lånas ut igen."));
			assertThat(jdbc.sql("SELECT count(*) FROM lending_loan WHERE item_id = :item AND returned_at IS NULL")
				.param("item", f.skates38().id())
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** One counter: a browser-like client with its own session and CSRF token. */
	private record Counter(HttpClient client, String base, String csrfToken) {

		static Counter logIn(int port, String username, String password) throws IOException, InterruptedException {
			String base = "http://localhost:" + port;
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			String loginToken = find(HIDDEN_CSRF, get(client, base + "/login").body());
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(loginToken);
			HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
			// Logging in replaces the token; a page of the new session carries the new
			// one.
			return new Counter(client, base, find(META_CSRF, get(client, base + "/").body()));
		}

		HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", csrfToken)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private static HttpResponse<String> get(HttpClient client, String url)
				throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private static String find(Pattern pattern, String html) {
			Matcher matcher = pattern.matcher(html);
			assertThat(matcher.find()).as("CSRF token on the page").isTrue();
			return matcher.group(1);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
