package se.samskapa.lending;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.samskapa.support.EndpointLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The MockMvc requests of the lending tests, made as one user unless told otherwise. A
 * page is a line such as {@code POST /disk/{b}/lana saker=PG-SKATES-38}: a site's pages
 * are written below its address, which is known only at run time, as are the ids its
 * placeholders stand for. The API takes JSON. Changes carry a CSRF token, so that what is
 * tested is the role and nothing else.
 */
final class LendingRequests {

	private final MockMvcTester mvc;

	private final String base;

	private final Map<String, ?> ids;

	private final RequestPostProcessor user;

	private LendingRequests(MockMvcTester mvc, String base, Map<String, ?> ids, RequestPostProcessor user) {
		this.mvc = mvc;
		this.base = base;
		this.ids = ids;
		this.user = user;
	}

	/** The pages of one site, their lines written below its address. */
	static LendingRequests sitePages(MockMvcTester mvc, SiteView site, Map<String, ?> ids, RequestPostProcessor user) {
		return new LendingRequests(mvc, "/fritidsbanken/" + site.slug(), ids, user);
	}

	/** Pages whose lines are written in full. */
	static LendingRequests pages(MockMvcTester mvc, Map<String, ?> ids, RequestPostProcessor user) {
		return new LendingRequests(mvc, "", ids, user);
	}

	/** The JSON API. */
	static LendingRequests api(MockMvcTester mvc, RequestPostProcessor user) {
		return new LendingRequests(mvc, "", Map.of(), user);
	}

	/** Where the site's pages are. */
	String base() {
		return base;
	}

	MvcTestResult page(String line) {
		return request(line, user).exchange();
	}

	MvcTestResult anonymous(String line) {
		return request(line, null).exchange();
	}

	/**
	 * @param as {@code null} for an anonymous visitor
	 */
	MockMvcRequestBuilder request(String line, RequestPostProcessor as) {
		String resolved = EndpointLines.resolve(line, ids).replaceFirst(" ", " " + base);
		MockMvcRequestBuilder request = EndpointLines.formRequest(mvc, resolved);
		return as == null ? request : request.with(as);
	}

	void assertSentToLogIn(String line) {
		MvcTestResult result = anonymous(line);
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	void assertRefused(String line, RequestPostProcessor... refused) {
		for (RequestPostProcessor as : refused) {
			assertThat(request(line, as)).as(line).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	/** A page is shown, or a change redirects elsewhere than to the login. */
	void assertWorks(String line, RequestPostProcessor... allowed) {
		for (RequestPostProcessor as : allowed) {
			MvcTestResult result = request(line, as).exchange();
			assertThat(result.getResponse().getStatus()).as(line).isIn(200, 302);
			assertThat(String.valueOf(result.getResponse().getRedirectedUrl())).as(line).doesNotEndWith("/login");
		}
	}

	MvcTestResult post(String uri, String json) {
		return json(mvc.post(), uri, json);
	}

	MvcTestResult put(String uri, String json) {
		return json(mvc.put(), uri, json);
	}

	private MvcTestResult json(MockMvcRequestBuilder request, String uri, String json) {
		return request.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(csrf())
			.with(user)
			.exchange();
	}

}
