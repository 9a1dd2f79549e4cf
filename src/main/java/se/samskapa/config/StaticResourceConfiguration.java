package se.samskapa.config;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each folder under its own path, in place of Boot's default mapping of
 * {@code /**} ({@code spring.web.resources.add-mappings=false}).
 * <p>
 * Why: the resource chain rewrites every link a page writes
 * ({@code ResourceUrlEncodingFilter}) to the versioned URL of the static file it names.
 * Under {@code /**} every link matches, so each {@code /moten/123} on a page was looked
 * up as a class-path resource in five places, and misses are not cached: on the group
 * page (200 links) that was 80 % of the CPU. With these narrow mappings only links to
 * static files are looked up.
 * <p>
 * Cache control and the chain's cache come from {@code spring.web.resources.*} as before;
 * the stylesheet and the script get a content hash in their URL, the WebJars their
 * version.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET) // not for the command-line importer
class StaticResourceConfiguration implements WebMvcConfigurer {

	private static final String WEBJARS = "/webjars/";

	private static final String CSS = "/css/";

	private static final String JS = "/js/";

	private static final String FAVICON = "/favicon.";

	private final WebProperties.Resources resources;

	StaticResourceConfiguration(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The chain adds the WebJars locator itself: htmx.org/dist/htmx.min.js becomes
		// htmx.org/<version>/dist/htmx.min.js.
		chain(registry.addResourceHandler(WEBJARS + "**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/"));
		contentVersioned(chain(registry.addResourceHandler(CSS + "**").addResourceLocations(staticLocations("css/"))));
		contentVersioned(chain(registry.addResourceHandler(JS + "**").addResourceLocations(staticLocations("js/"))));
		// "/favicon.*" rather than "/favicon.svg": a pattern without a wildcard leaves no
		// path within the mapping to look up in the locations.
		chain(registry.addResourceHandler(FAVICON + "*").addResourceLocations(staticLocations("")));
	}

	/**
	 * Links to the static files above get their versioned URLs; other links are not
	 * looked up among them ({@link StaticLinksOnlyFilter}).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticLinksOnlyFilter(List.of(WEBJARS, CSS, JS, FAVICON)));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The folder in each of {@code spring.web.resources.static-locations}, so that a
	 * developer's {@code file:src/main/resources/static/} still serves edits at once.
	 */
	private String[] staticLocations(String folder) {
		return Arrays.stream(this.resources.getStaticLocations())
			.map(location -> (location.endsWith("/") ? location : location + "/") + folder)
			.toArray(String[]::new);
	}

	private ResourceChainRegistration chain(ResourceHandlerRegistration registration) {
		WebProperties.Resources.Cache cache = this.resources.getCache();
		if (cache.getPeriod() != null) {
			registration.setCachePeriod((int) cache.getPeriod().getSeconds());
		}
		registration.setCacheControl(cache.getCachecontrol().toHttpCacheControl());
		registration.setUseLastModified(cache.isUseLastModified());
		return registration.resourceChain(this.resources.getChain().isCache());
	}

	private static void contentVersioned(ResourceChainRegistration chain) {
		chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
