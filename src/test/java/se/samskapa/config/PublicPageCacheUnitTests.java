package se.samskapa.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import se.samskapa.meetings.MinutesPublished;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page cache: what is kept, for whom, and when it is forgotten. A "render" is
 * the rest of the filter chain, counted.
 */
class PublicPageCacheUnitTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));

	private final PublicPageCache cache = new PublicPageCache(100, Duration.ofMinutes(1), clock);

	private final AtomicInteger renders = new AtomicInteger();

	private FilterChain page = (request, response) -> render((HttpServletResponse) response, 200);

	@AfterEach
	void forgetTheLogin() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSecondAnonymousVisitorGetsTheKeptPage() throws Exception {
		MockHttpServletResponse first = get("/moten/7");
		MockHttpServletResponse second = get("/moten/7");

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("sida 1");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("Content-Language")).isEqualTo("sv-SE");
	}

	@Test
	void aBrowserThatTakesGzipGetsTheKeptPageCompressed() throws Exception {
		MockHttpServletResponse first = get("/moten/7");
		MockHttpServletRequest gzip = request("GET", "/moten/7");
		gzip.addHeader("Accept-Encoding", "gzip, deflate, br");
		MockHttpServletResponse second = send(gzip);

		assertThat(renders).hasValue(1);
		assertThat(second.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding");
		try (var in = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(second.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString());
		}
	}

	@Test
	void eachPageLanguageAndFragmentIsKeptApart() throws Exception {
		get("/moten/7");
		get("/moten/8");
		get("/moten/7?lang=en");
		MockHttpServletRequest english = request("GET", "/moten/7");
		english.setCookies(new Cookie("samskapa-lang", "en"));
		send(english);
		MockHttpServletRequest htmx = request("GET", "/moten/7");
		htmx.addHeader("HX-Request", "true");
		send(htmx);

		assertThat(renders).hasValue(5);
	}

	@Test
	void theCatalogueIsKeptButNotItsSearchesWhichTheStatisticsCount() throws Exception {
		get("/fritidsbanken/fritidsbanken-helsingborg");
		get("/fritidsbanken/fritidsbanken-helsingborg");
		get("/fritidsbanken/fritidsbanken-helsingborg?q=kanot");
		get("/fritidsbanken/fritidsbanken-helsingborg?q=kanot");

		assertThat(renders).hasValue(3);
	}

	@Test
	void visitorsWithASessionOrALoginAreNeverServedAKeptPage() throws Exception {
		get("/moten/7");
		MockHttpServletRequest withSession = request("GET", "/moten/7");
		withSession.setRequestedSessionId("abc");
		send(withSession);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("medlem", null,
					AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
		get("/moten/7");

		assertThat(renders).hasValue(3);
	}

	@Test
	void pagesThatAreNotPublicOrNotCompleteAreNotKept() throws Exception {
		get("/mina-sidor");
		get("/mina-sidor");
		page = (request, response) -> render((HttpServletResponse) response, 404);
		get("/moten/404");
		get("/moten/404");
		page = (request, response) -> {
			((HttpServletRequest) request).getSession(true);
			render((HttpServletResponse) response, 200);
		};
		get("/moten/7");
		get("/moten/7");
		page = (request, response) -> {
			((HttpServletResponse) response).addCookie(new Cookie("samskapa-lang", "en"));
			render((HttpServletResponse) response, 200);
		};
		get("/grupper");
		get("/grupper");

		assertThat(renders).hasValue(8);
	}

	@Test
	void aSuccessfulChangeForgetsEverythingAFailedOneNothing() throws Exception {
		get("/moten/7");
		page = (request, response) -> ((HttpServletResponse) response).setStatus(400);
		send(request("POST", "/moten/7/anteckningar"));
		page = (request, response) -> render((HttpServletResponse) response, 200);
		get("/moten/7");
		assertThat(renders).hasValue(1);

		page = (request, response) -> ((HttpServletResponse) response).setStatus(302);
		send(request("POST", "/moten/7/anteckningar"));
		page = (request, response) -> render((HttpServletResponse) response, 200);
		get("/moten/7");
		assertThat(renders).hasValue(2);
	}

	@Test
	void aModulesEventForgetsEverythingOtherEventsNothing() throws Exception {
		get("/moten/7");
		cache.on(new PayloadApplicationEvent<>(this, "not ours"));
		get("/moten/7");
		assertThat(renders).hasValue(1);

		cache.on(new PayloadApplicationEvent<>(this, new MinutesPublished(7, 1, 2)));
		get("/moten/7");
		assertThat(renders).hasValue(2);
	}

	@Test
	void aPageRenderedWhileTheDataChangedIsNotKept() throws Exception {
		page = (request, response) -> {
			cache.on(new PayloadApplicationEvent<>(this, new MinutesPublished(7, 1, 2)));
			render((HttpServletResponse) response, 200);
		};
		get("/moten/7");
		page = (request, response) -> render((HttpServletResponse) response, 200);
		get("/moten/7");

		assertThat(renders).hasValue(2);
	}

	@Test
	void aNewDayRendersThePagesAgain() throws Exception {
		get("/");
		clock.instant = clock.instant.plus(Duration.ofHours(14)); // 00:00 the next day in
																	// Stockholm
		get("/");

		assertThat(renders).hasValue(2);
	}

	private MockHttpServletResponse get(String uri) throws Exception {
		return send(request("GET", uri));
	}

	private static MockHttpServletRequest request(String method, String uri) {
		int query = uri.indexOf('?');
		MockHttpServletRequest request = new MockHttpServletRequest(method, query < 0 ? uri : uri.substring(0, query));
		if (query >= 0) {
			request.setQueryString(uri.substring(query + 1));
		}
		return request;
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, page);
		return response;
	}

	private void render(HttpServletResponse response, int status) throws IOException {
		int number = renders.incrementAndGet();
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Content-Language", "sv-SE");
		response.getOutputStream().write(("<p>sida " + number + "</p>").getBytes(StandardCharsets.UTF_8));
	}

	private static final class MutableClock extends Clock {

		private Instant instant;

		MutableClock(Instant instant) {
			this.instant = instant;
		}

		@Override
		public ZoneId getZone() {
			return STOCKHOLM;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.instant;
		}

	}

}
