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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers of their own on a real port, each with its session and CSRF token as a page
 * gives them, and a start that sends all their requests at once: what a race test needs
 * to show that the database, not the timing, lets only one of many win.
 */
final class ConcurrentBrowsers {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	private ConcurrentBrowsers() {
	}

	/** Fires all the calls at once and collects the answers. */
	static List<HttpResponse<String>> race(List<Callable<HttpResponse<String>>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Callable<HttpResponse<String>> call : calls) {
				answers.add(pool.submit(() -> {
					// Every call waits here, so that all reach the server together.
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A browser of its own: its session cookie and the CSRF token of its page. */
	record Browser(HttpClient client, String base, String csrfToken) {

		/** A visitor who opened a public form, without logging in. */
		static Browser open(int port, String path) throws IOException, InterruptedException {
			String base = "http://localhost:" + port;
			HttpClient client = newClient();
			HttpResponse<String> page = get(client, base + path);
			assertThat(page.statusCode()).isEqualTo(200);
			return new Browser(client, base, find(HIDDEN_CSRF, page.body()));
		}

		/** Staff at a counter, logged in. */
		static Browser logIn(int port, String username, String password) throws IOException, InterruptedException {
			String base = "http://localhost:" + port;
			HttpClient client = newClient();
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
			return new Browser(client, base, find(META_CSRF, get(client, base + "/").body()));
		}

		HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrfToken)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		/** Lends the item to the borrower through the counter's API. */
		HttpResponse<String> checkout(long siteId, long borrowerId, String itemNumber)
				throws IOException, InterruptedException {
			return postJson("/api/v1/lending/sites/" + siteId + "/checkouts",
					"{\"borrowerId\":" + borrowerId + ",\"items\":[\"" + itemNumber + "\"]}");
		}

		private HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", csrfToken)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private static HttpClient newClient() {
			return HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		private static HttpResponse<String> get(HttpClient client, String url)
				throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private static String find(Pattern pattern, String html) {
			Matcher matcher = pattern.matcher(html);
			assertThat(matcher.find()).as("CSRF token on the page").isTrue();
			return matcher.group(1);
		}

	}

}
