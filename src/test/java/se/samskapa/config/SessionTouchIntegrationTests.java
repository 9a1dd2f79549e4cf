package se.samskapa.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stored session is written when something in it changes, and its last access at most
 * once a minute, not after every request; an anonymous visitor to a protected page gets
 * none at all.
 */
@SamskapaTest
class SessionTouchIntegrationTests {

	/** The session cookie's name under MockMvc, which has no servlet container's. */
	private static final String COOKIE = "SESSION";

	private static final String RETURN_COOKIE = ReturnAfterLoginCookie.NAME;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<?> sessions;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void forgetSessions() {
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'samordnare' OR principal_name IS NULL").update();
	}

	@Test
	void aLoginIsStoredAndReadingPagesTouchesTheSessionOnceAMinute() throws Exception {
		Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie(COOKIE);
		assertThat(anonymous).isNotNull();

		Cookie loggedIn = mvc.perform(loginAsSamordnare().cookie(anonymous))
			.andReturn()
			.getResponse()
			.getCookie(COOKIE);
		// A new id at login, and the person, are written at once.
		assertThat(loggedIn.getValue()).isNotEqualTo(anonymous.getValue());
		assertThat(principalOf(loggedIn)).isEqualTo("samordnare");
		long atLogin = lastAccessOf(loggedIn);

		mvc.perform(get("/mina-sidor").cookie(loggedIn)).andExpect(status().isOk());
		assertThat(lastAccessOf(loggedIn)).isEqualTo(atLogin);

		jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000 WHERE session_id = :id")
			.param("id", id(loggedIn))
			.update();
		mvc.perform(get("/mina-sidor").cookie(loggedIn)).andExpect(status().isOk());
		assertThat(lastAccessOf(loggedIn)).isGreaterThanOrEqualTo(atLogin);
	}

	@Test
	void sessionsGoThroughTheQuietRepositoryAndTheApplicationKeepsRealTransactions() {
		assertThat(sessions).isInstanceOf(QuietSessionRepository.class);
		// The session repository's own work runs without a transaction; that must not
		// become what the rest of the application gets as its TransactionTemplate.
		Boolean inTransaction = transactions
			.execute(status -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(inTransaction).isTrue();
	}

	@Test
	void aLogoutRemovesTheStoredSession() throws Exception {
		Cookie loggedIn = mvc.perform(loginAsSamordnare()).andReturn().getResponse().getCookie(COOKIE);
		assertThat(principalOf(loggedIn)).isEqualTo("samordnare");

		mvc.perform(post("/logout").with(csrf()).cookie(loggedIn)).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id")
			.param("id", id(loggedIn))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anAnonymousVisitToAProtectedPageStoresNoSessionAndTheLoginLeadsBackToIt() throws Exception {
		long before = storedSessions();

		MockHttpServletResponse refused = mvc.perform(get("/mina-sidor?visa=alla"))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getResponse();
		assertThat(refused.getCookie(COOKIE)).isNull();
		assertThat(storedSessions()).isEqualTo(before);
		Cookie returnTo = refused.getCookie(RETURN_COOKIE);
		assertThat(returnTo.isHttpOnly()).isTrue();
		assertThat(returnTo.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(returnTo.getMaxAge()).isEqualTo(30 * 60);

		Cookie session = mvc.perform(loginAsSamordnare().cookie(returnTo))
			.andExpect(redirectedUrl("http://localhost/mina-sidor?visa=alla"))
			.andReturn()
			.getResponse()
			.getCookie(COOKIE);

		MockHttpServletResponse arrived = mvc.perform(get("/mina-sidor?visa=alla").cookie(session, returnTo))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(arrived.getCookie(RETURN_COOKIE).getMaxAge()).as("used once, then forgotten").isZero();
	}

	@ParameterizedTest
	@CsvSource({ "HX-Request, true", "X-Requested-With, XMLHttpRequest", "Sec-Fetch-Mode, cors",
			"Sec-Fetch-Mode, no-cors", "Sec-Fetch-Dest, empty", "Sec-Fetch-Dest, image" })
	void aBackgroundRequestForAProtectedPageIsNotRemembered(String header, String value) throws Exception {
		MockHttpServletResponse refused = mvc.perform(get("/mina-sidor").header(header, value))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		assertThat(refused.getCookie(RETURN_COOKIE)).isNull();
	}

	@Test
	void aBrowsersNavigationIsRememberedAndAFormsPostIsNot() throws Exception {
		MockHttpServletResponse navigation = mvc
			.perform(get("/mina-sidor").header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document"))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getResponse();
		assertThat(navigation.getCookie(RETURN_COOKIE)).isNotNull();

		MockHttpServletResponse post = mvc.perform(post("/konto/losenord").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		assertThat(post.getCookie(RETURN_COOKIE)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://elsewhere.example/mina-sidor", "//elsewhere.example/mina-sidor",
			"http://[elsewhere", "/\\elsewhere.example/mina-sidor" })
	void aReturnCookieCannotLeadElsewhereNorBreakARequest(String forged) throws Exception {
		Cookie cookie = new Cookie(RETURN_COOKIE,
				Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)));
		mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());

		String location = mvc.perform(loginAsSamordnare().cookie(cookie))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).satisfiesAnyOf(url -> assertThat(url).isEqualTo("/"),
				url -> assertThat(url).startsWith("http://localhost/"));
	}

	@Test
	void aReturnCookieThatDoesNotDecodeIsIgnored() throws Exception {
		Cookie garbled = new Cookie(RETURN_COOKIE, "not*base64");
		mvc.perform(get("/").cookie(garbled)).andExpect(status().isOk());
		mvc.perform(loginAsSamordnare().cookie(garbled)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aLogoutForgetsThePageAskedFor() throws Exception {
		Cookie returnTo = mvc.perform(get("/mina-sidor")).andReturn().getResponse().getCookie(RETURN_COOKIE);
		Cookie session = mvc.perform(loginAsSamordnare()).andReturn().getResponse().getCookie(COOKIE);

		Cookie cleared = mvc.perform(post("/logout").with(csrf()).cookie(session, returnTo))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie(RETURN_COOKIE);
		assertThat(cleared.getMaxAge()).isZero();
	}

	private static MockHttpServletRequestBuilder loginAsSamordnare() {
		return post("/login").param("username", "samordnare").param("password", "demo").with(csrf());
	}

	private long storedSessions() {
		return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
	}

	private String principalOf(Cookie cookie) {
		return jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = :id")
			.param("id", id(cookie))
			.query(String.class)
			.single();
	}

	private long lastAccessOf(Cookie cookie) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
			.param("id", id(cookie))
			.query(Long.class)
			.single();
	}

	private static String id(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

}
