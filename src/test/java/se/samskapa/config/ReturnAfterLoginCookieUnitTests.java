package se.samskapa.config;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy the server does not trust, a request that came over HTTPS looks like
 * plain HTTP; in production the cookie is marked {@code Secure} all the same, as the
 * session cookie is.
 */
class ReturnAfterLoginCookieUnitTests {

	@Test
	void inProductionTheCookieIsSecureEvenWhenTheRequestLooksPlain() {
		assertThat(savedCookie(new ReturnAfterLoginCookie(true)).getSecure()).isTrue();
	}

	@Test
	void otherwiseItFollowsTheRequest() {
		assertThat(savedCookie(new ReturnAfterLoginCookie(false)).getSecure()).isFalse();
	}

	private static Cookie savedCookie(ReturnAfterLoginCookie cache) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mina-sidor");
		request.setSecure(false);
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.saveRequest(request, response);
		Cookie cookie = response.getCookie(ReturnAfterLoginCookie.NAME);
		assertThat(cookie).isNotNull();
		return cookie;
	}

}
