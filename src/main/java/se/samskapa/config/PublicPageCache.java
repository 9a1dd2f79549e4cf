package se.samskapa.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import se.samskapa.shared.ChangeAwareCache;
import se.samskapa.shared.web.Htmx;

/**
 * Keeps the public pages as anonymous visitors get them, so that the next visitor gets
 * the same bytes without the page being rendered again. Rendering a page of minutes or a
 * group takes milliseconds of CPU, mostly in the templates; a link to published minutes
 * sent to a whole organisation would otherwise render it hundreds of times.
 * <p>
 * Only what is the same for every anonymous visitor is kept: a GET of one of the public
 * pages, without a session (a session may carry a flash message or a CSRF token) and
 * without a login; only a complete HTML page or fragment (200) that started no session
 * and set no cookie. A page is kept per path and query, language, htmx or not, and day
 * (pages say "next meeting" and "overdue", which change at midnight).
 * <p>
 * Everything kept is forgotten when something may have changed: when any module announces
 * a change (its events), after any successful request that may change something (POST,
 * PUT, PATCH, DELETE), and at the latest after a minute, for changes made outside this
 * process (the command-line importer).
 */
class PublicPageCache extends OncePerRequestFilter {

	private static final List<PathPattern> PUBLIC_PAGES = patterns("/", "/grupper", "/grupper/{slug}", "/moten/{id}",
			"/sok");

	/**
	 * Kept only without a query: a search of the catalogue that finds nothing is counted
	 * for Fritidsbanken's statistics when the page is made, so it must be made each time.
	 */
	private static final List<PathPattern> PUBLIC_PAGES_WITHOUT_QUERY = patterns("/fritidsbanken",
			"/fritidsbanken/{slug}");

	private static final int LARGEST = 2 * 1024 * 1024;

	record Key(String page, LocalDate day, String language, boolean htmx) {
	}

	/**
	 * A kept page, also compressed: compressing the same page for every visitor was most
	 * of what serving a kept page cost.
	 */
	record Page(byte[] body, byte[] gzipped, String contentType, String contentLanguage) {

		static Page of(byte[] body, String contentType, String contentLanguage) {
			ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4);
			try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
				out.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Page(body, gzipped.toByteArray(), contentType, contentLanguage);
		}

	}

	private final ChangeAwareCache<Key, Page> pages;

	private final Clock clock;

	PublicPageCache(long size, Duration lifetime, Clock clock) {
		this.pages = new ChangeAwareCache<>(size, lifetime);
		this.clock = clock;
	}

	ChangeAwareCache<Key, Page> pages() {
		return this.pages;
	}

	@EventListener
	void on(PayloadApplicationEvent<?> event) {
		if (event.getPayload().getClass().getPackageName().startsWith("se.samskapa.")) {
			this.pages.changed();
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			if (changes(request) && response.getStatus() < 400) {
				this.pages.changed();
			}
			return;
		}
		Key key = key(request);
		Page kept = this.pages.find(key);
		if (kept != null) {
			send(kept, request, response);
			return;
		}
		long generation = this.pages.generation();
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		if (keepable(request, capture)) {
			this.pages.put(generation, key, Page.of(capture.getContentAsByteArray(), capture.getContentType(),
					capture.getHeader(HttpHeaders.CONTENT_LANGUAGE)));
		}
		capture.copyBodyToResponse();
	}

	private static boolean cacheable(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) || request.getRequestedSessionId() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || loggedIn()) {
			return false;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return PUBLIC_PAGES.stream().anyMatch(pattern -> pattern.matches(path)) || (request.getQueryString() == null
				&& PUBLIC_PAGES_WITHOUT_QUERY.stream().anyMatch(pattern -> pattern.matches(path)));
	}

	private static List<PathPattern> patterns(String... paths) {
		return Stream.of(paths).map(PathPatternParser.defaultInstance::parse).toList();
	}

	private static boolean loggedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean changes(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
				&& !HttpMethod.OPTIONS.matches(request.getMethod());
	}

	private Key key(HttpServletRequest request) {
		String query = request.getQueryString();
		String page = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
		return new Key(page, LocalDate.now(this.clock), language(request), Htmx.isHtmx(request));
	}

	/**
	 * As {@link WebConfiguration}'s locale resolver reads it: English, or else Swedish.
	 */
	private static String language(HttpServletRequest request) {
		var cookie = WebUtils.getCookie(request, WebConfiguration.LANGUAGE_COOKIE);
		Locale chosen = cookie == null ? null : Locale.forLanguageTag(cookie.getValue());
		return WebConfiguration.SupportedLocaleResolver.supported(chosen).getLanguage();
	}

	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		return response.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && response.getContentType() != null
				&& MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.TEXT_HTML)
				&& response.getContentSize() <= LARGEST;
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		byte[] body = page.body();
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted != null && accepted.contains("gzip")) {
			// The server leaves a response that already has an encoding as it is.
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
