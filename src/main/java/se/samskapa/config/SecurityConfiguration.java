package se.samskapa.config;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see and do what. Public pages (published minutes, groups, calendars) are open
 * to everyone; everything else needs a login, and finer rules (group membership, the
 * chair's approval) are checked where the data is. Form login with lockout, CSRF on, a
 * strict Content-Security-Policy that allows no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	private static final String[] STATIC_RESOURCES = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/favicon.svg" };

	private static final String[] PUBLIC_PAGES = { "/", "/grupper", "/grupper/*", "/grupper/*/kalender.ics", "/moten/*",
			"/moten/*/protokoll.pdf", "/moten/*/protokoll.md", "/moten/*/versioner", "/moten/*/versioner/*",
			"/kalender/*.ics", "/tillganglighet", "/sok", "/fritidsbanken", "/fritidsbanken/*",
			"/fritidsbanken/mina-uppgifter/*", "/fritidsbanken/mina-uppgifter/*/radera", "/fritidsbanken/*/reservera",
			"/fritidsbanken/*/reservation", "/fritidsbanken/*/reservation/*" };

	/**
	 * A borrower's own data page needs no account: its secret link is the key. Reserving
	 * at Fritidsbanken and cancelling with the code need no login either. The changes
	 * they offer carry the CSRF token like every form.
	 */
	private static final String[] PUBLIC_FORMS = { "/fritidsbanken/mina-uppgifter/*/radera",
			"/fritidsbanken/mina-uppgifter/*/ny-lank", "/fritidsbanken/*/reservera",
			"/fritidsbanken/*/reservation/*/avboka" };

	/**
	 * The JSON API: the same session and CSRF token as the pages (a counter page calls it
	 * with the token from its meta tag), but a missing login is a 401 rather than a
	 * redirect to the login page, which a program cannot follow. Lending's public feed is
	 * open, and so is a reservation's state by its code (nothing personal); the rest of
	 * lending's API needs a login, and the lending module decides which site's staff may
	 * do what.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/lending/availability", "/api/v1/lending/reservation-codes/*")
				.permitAll()
				.requestMatchers("/api/v1/lending/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			// No "return here after login" for a program: an anonymous call leaves no
			// session.
			.requestCache(cache -> cache.disable());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(STATIC_RESOURCES)
			.permitAll()
			.requestMatchers("/error", "/error/**", "/login")
			.permitAll()
			// Under the public /fritidsbanken/*, but for the lending roles only.
			.requestMatchers("/fritidsbanken/statistik", "/fritidsbanken/statistik/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PUBLIC_FORMS)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole("ADMIN")
			// The search's suggestions of people for its person filter, too.
			.requestMatchers("/katalog/**", "/import", "/import/**", "/sok/personer")
			.hasRole("COORDINATOR")
			.anyRequest()
			.authenticated())
			.requestCache(cache -> cache.requestCache(new ReturnAfterLoginCookie(secureCookies)))
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailureHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?utloggad")
				.deleteCookies(ReturnAfterLoginCookie.NAME)
				.permitAll());
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
	}

	/**
	 * Tells the login page why a login failed, without saying whether the user exists.
	 */
	private static ExceptionMappingAuthenticationFailureHandler loginFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return handler;
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN")
			.implies("COORDINATOR")
			.role("COORDINATOR")
			.implies("MEMBER")
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
