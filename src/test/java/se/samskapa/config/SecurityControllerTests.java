package se.samskapa.config;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login and logout in Swedish, the strict Content-Security-Policy, and who may see the
 * operational endpoints.
 */
@SamskapaTest
@Transactional
class SecurityControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
							containsString("style-src 'self'"), containsString("frame-ancestors 'none'"),
							not(containsString("unsafe-inline")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void pagesContainNoInlineScriptOrStyle() throws Exception {
		mvc.perform(get("/").with(users.coordinator()))
			.andExpect(content().string(allOf(not(containsString("<script>")), not(containsString(" style=\"")),
					not(containsString(" onclick=")))));
	}

	@Test
	void theLoginPageIsInSwedishAndAcceptsTheDemoAccounts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Användarnamn"), containsString("Lösenord"))));
		mvc.perform(formLogin().user("samordnare").password("demo"))
			.andExpect(authenticated().withUsername("samordnare"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordSaysSoInSwedish() throws Exception {
		mvc.perform(formLogin().user("samordnare").password("fel"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Fel användarnamn eller lösenord.")));
	}

	@Test
	void logoutEndsTheSessionAndSaysGoodbye() throws Exception {
		mvc.perform(logout()).andExpect(redirectedUrl("/?utloggad"));
		mvc.perform(get("/").param("utloggad", "")).andExpect(content().string(containsString("Du är utloggad.")));
	}

	@Test
	void anonymousVisitorsOfPublicPagesGetNoSession() throws Exception {
		// Under MockMvc, which has no servlet container to name it SAMSKAPA_SESSION, the
		// session cookie has Spring Session's own name.
		mvc.perform(get("/grupper")).andExpect(status().isOk()).andExpect(cookie().doesNotExist("SESSION"));
	}

	@Test
	void theForbiddenPageIsSwedishAndShowsNoStackTrace() throws Exception {
		mvc.perform(get("/admin/konton").with(users.member())).andExpect(status().isForbidden());
	}

	@Test
	void healthIsPublicButMetricsAreForAdmins() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/prometheus").with(users.member())).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(users.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void theAccessibilityStatementIsPublic() throws Exception {
		mvc.perform(get("/tillganglighet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WCAG 2.1")));
	}

}
