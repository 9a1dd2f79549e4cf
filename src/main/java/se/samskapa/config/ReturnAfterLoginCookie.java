package se.samskapa.config;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Remembers the page an anonymous visitor asked for in a cookie, so the login leads back
 * to it. Spring Security's default keeps it in the session, which made every anonymous
 * request for a protected page (an old bookmark, a crawler) write a session row to the
 * database.
 * <p>
 * As with the default, only a page a person navigated to is remembered: not a background
 * request (htmx, fetch, a prefetch), not a form's POST. The cookie lives for
 * {@link #LIFETIME} and is dropped at logout, so on a shared computer it does not lead a
 * later person to the page someone else once asked for.
 * <p>
 * Spring keeps only the path and query in the cookie and rejects one that is not a
 * relative path, so a forged cookie cannot send a person to another site after logging
 * in; the scheme and host always come from the request.
 */
final class ReturnAfterLoginCookie extends CookieRequestCache {

	/** Spring Security's name for it; the logout clears it by this name. */
	static final String NAME = "REDIRECT_URI";

	/**
	 * Long enough to look up one's password, short enough to be forgotten by the next
	 * day.
	 */
	static final Duration LIFETIME = Duration.ofMinutes(30);

	/**
	 * @param alwaysSecure mark the cookie {@code Secure} even when the request did not
	 * come over HTTPS as far as the server can tell (behind a proxy it does not trust),
	 * as the session cookie is in production
	 */
	ReturnAfterLoginCookie(boolean alwaysSecure) {
		setRequestMatcher(new AndRequestMatcher(List.<RequestMatcher>of(pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With")),
				// Browsers say what a request is for; older ones, and curl, say nothing.
				headerAbsentOr("Sec-Fetch-Mode", "navigate"), headerAbsentOr("Sec-Fetch-Dest", "document"))));
		setCookieCustomizer(cookie -> {
			cookie.setAttribute("SameSite", "Lax");
			cookie.setMaxAge((int) LIFETIME.toSeconds());
			if (alwaysSecure) {
				cookie.setSecure(true);
			}
		});
	}

	private static RequestMatcher headerAbsentOr(String header, String value) {
		return request -> {
			String sent = request.getHeader(header);
			return sent == null || sent.equals(value);
		};
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		try {
			return super.getRequest(request, response);
		}
		catch (IllegalArgumentException unparsableUrl) {
			// Spring parses the cookie before it checks for a relative path, and a
			// malformed absolute URL ("http://[x") throws there: such a cookie would
			// otherwise break every request that carries it.
			return null;
		}
	}

}
