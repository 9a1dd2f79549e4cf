package se.samskapa.config;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter}, asked only about links to static files.
 * <p>
 * Spring's filter looks up every link a page writes among the static-file mappings, to
 * give a stylesheet its versioned URL: for each link, each mapping's pattern matched by
 * {@code AntPathMatcher}. A page of meetings writes dozens of links to pages and three to
 * static files, and the lookups were a twentieth of rendering one. Here a link that does
 * not begin with one of the static folders goes straight past it.
 * <p>
 * Being a {@code ResourceUrlEncodingFilter}, it takes the place of the one Spring Boot
 * would register.
 */
class StaticLinksOnlyFilter extends ResourceUrlEncodingFilter {

	private final List<String> staticPrefixes;

	/**
	 * @param staticPrefixes the beginnings of static files' paths within the application,
	 * such as {@code /css/}
	 */
	StaticLinksOnlyFilter(List<String> staticPrefixes) {
		this.staticPrefixes = List.copyOf(staticPrefixes);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		super.doFilter(request, response,
				(wrappedRequest, rewriting) -> chain.doFilter(wrappedRequest,
						new StaticLinksOnly((HttpServletResponse) rewriting, (HttpServletResponse) response,
								((HttpServletRequest) request).getContextPath())));
	}

	/**
	 * Over Spring's response, whose {@code encodeURL} rewrites links to static files:
	 * other links go to the response Spring's wraps.
	 */
	private final class StaticLinksOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse beneath;

		private final String contextPath;

		StaticLinksOnly(HttpServletResponse rewriting, HttpServletResponse beneath, String contextPath) {
			super(rewriting);
			this.beneath = beneath;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			if (isStatic(url)) {
				return super.encodeURL(url);
			}
			return this.beneath.encodeURL(url);
		}

		private boolean isStatic(String url) {
			if (!url.startsWith(this.contextPath)) {
				return false;
			}
			for (String prefix : StaticLinksOnlyFilter.this.staticPrefixes) {
				if (url.startsWith(prefix, this.contextPath.length())) {
					return true;
				}
			}
			return false;
		}

	}

}
