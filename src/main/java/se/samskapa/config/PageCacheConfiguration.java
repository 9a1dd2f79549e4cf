package se.samskapa.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cache of public pages ({@link PublicPageCache});
 * {@code samskapa.page-cache.enabled=false} turns it off (the tests do, since their
 * rolled-back changes announce nothing).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBooleanProperty(name = "samskapa.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	/**
	 * Just after Spring Security's filters, which decide who is asking and add their
	 * headers.
	 */
	static final int ORDER = 0;

	@Bean
	PublicPageCache publicPageCache(Clock clock, @Value("${samskapa.page-cache.size:500}") long size,
			@Value("${samskapa.page-cache.lifetime:60s}") Duration lifetime, ObjectProvider<MeterRegistry> metrics) {
		PublicPageCache cache = new PublicPageCache(size, lifetime, clock);
		metrics.ifAvailable(registry -> cache.pages().monitor(registry, "public-pages"));
		return cache;
	}

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(ORDER);
		return registration;
	}

}
