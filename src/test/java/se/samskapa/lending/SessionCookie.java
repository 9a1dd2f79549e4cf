package se.samskapa.lending;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One browser's session across MockMvc requests: sessions live in PostgreSQL (Spring
 * Session), so the session cookie (whatever its name) is what carries them from one
 * request to the next, as it does in a browser.
 */
final class SessionCookie {

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	MvcTestResult exchange(MockMvcRequestBuilder request) {
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		MvcTestResult result = request.exchange();
		for (Cookie sent : result.getResponse().getCookies()) {
			cookies.put(sent.getName(), sent);
		}
		return result;
	}

}
