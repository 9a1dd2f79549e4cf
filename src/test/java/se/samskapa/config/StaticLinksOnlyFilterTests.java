package se.samskapa.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links to static files get their versioned URLs; links to pages are neither rewritten
 * nor looked up among the static files, even where a mapping would take them.
 */
class StaticLinksOnlyFilterTests {

	/** Versions every path it is asked about, and notes which. */
	private final Versioning versioning = new Versioning();

	private final StaticLinksOnlyFilter filter = new StaticLinksOnlyFilter(List.of("/css/", "/favicon."));

	@Test
	void onlyLinksToStaticFilesAreLookedUpAndRewritten() throws Exception {
		assertThat(links(new MockHttpServletRequest("GET", "/mina-sidor"), "/css/samskapa.css", "/moten/12?utkast=1",
				"/favicon.svg", "/grupper/css/"))
			.containsExactly("/v1/css/samskapa.css", "/moten/12?utkast=1", "/v1/favicon.svg", "/grupper/css/");
		assertThat(versioning.asked).containsExactly("css/samskapa.css", "favicon.svg");
	}

	@Test
	void underAContextPathTheFoldersAreWithinIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/samskapa/mina-sidor");
		request.setContextPath("/samskapa");
		assertThat(links(request, "/samskapa/css/samskapa.css", "/samskapa/moten/12", "/css/samskapa.css"))
			.containsExactly("/samskapa/v1/css/samskapa.css", "/samskapa/moten/12", "/css/samskapa.css");
		assertThat(versioning.asked).containsExactly("css/samskapa.css");
	}

	private List<String> links(HttpServletRequest request, String... links) throws Exception {
		ResourceHttpRequestHandler everything = new ResourceHttpRequestHandler();
		everything.setResourceResolvers(List.of(versioning));
		ResourceUrlProvider provider = new ResourceUrlProvider();
		provider.setHandlerMap(Map.of("/**", everything));
		List<String> written = new ArrayList<>();
		filter.doFilter(request, new MockHttpServletResponse(), (wrappedRequest, response) -> {
			// What Spring MVC does before a page is rendered.
			wrappedRequest.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
			for (String link : links) {
				written.add(((HttpServletResponse) response).encodeURL(link));
			}
		});
		return written;
	}

	private static final class Versioning implements ResourceResolver {

		final List<String> asked = new ArrayList<>();

		@Override
		public Resource resolveResource(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			return null;
		}

		@Override
		public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			asked.add(resourcePath);
			return "v1/" + resourcePath;
		}

	}

}
