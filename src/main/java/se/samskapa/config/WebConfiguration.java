package se.samskapa.config;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish by default; {@code ?lang=en} switches to English and a cookie remembers the
 * choice (no session is needed for it, so anonymous visitors stay session-less).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	static final String LANGUAGE_COOKIE = "samskapa-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setDefaultLocale(SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * Inside Spring Session's and Spring Security's filters, so that they do not see the
	 * view's flush, and after the public page cache, which keeps what it is given.
	 */
	@Bean
	FilterRegistrationBean<WholePageFilter> wholePageFilter() {
		FilterRegistrationBean<WholePageFilter> registration = new FilterRegistrationBean<>(new WholePageFilter());
		registration.setOrder(PageCacheConfiguration.ORDER + 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Only Swedish and English are offered; anything else falls back to Swedish. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super(LANGUAGE_COOKIE);
		}

		@Override
		public void setLocale(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, supported(locale));
		}

		static Locale supported(Locale locale) {
			return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : SWEDISH;
		}

	}

}
