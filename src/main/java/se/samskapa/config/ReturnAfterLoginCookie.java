package se.samskapa.config;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Remembers the page an anonymous visitor asked for in a cookie (until the page is
 * reached or the browser closes), so the login leads back to it. Spring Security's
 * default keeps it in the session, which made every anonymous request for a protected
 * page (an old bookmark, a crawler) write a session row to the database.
 * <p>
 * As with the default, only a page a person navigated to is remembered: not a background
 * request (htmx, fetch), not an icon. Unlike a session value the cookie comes from the
 * browser, so one that does not decode, or that names another site, is ignored: it can
 * neither break a request nor send a person elsewhere after logging in.
 */
final class ReturnAfterLoginCookie extends CookieRequestCache {

	ReturnAfterLoginCookie() {
		setRequestMatcher(new AndRequestMatcher(List.<RequestMatcher>of(pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With")),
				new NegatedRequestMatcher(pathPattern("/favicon.*")))));
		setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved;
		try {
			saved = super.getRequest(request, response);
		}
		catch (IllegalArgumentException notBase64OrNotAUrl) {
			return null;
		}
		return sameSite(saved, request) ? saved : null;
	}

	private static boolean sameSite(SavedRequest saved, HttpServletRequest request) {
		return saved instanceof DefaultSavedRequest url && request.getScheme().equalsIgnoreCase(url.getScheme())
				&& request.getServerName().equalsIgnoreCase(url.getServerName())
				&& request.getServerPort() == url.getServerPort();
	}

}
