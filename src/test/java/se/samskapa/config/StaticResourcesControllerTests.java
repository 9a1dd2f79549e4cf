package se.samskapa.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The static files under their own paths: pages link the stylesheet and script by content
 * hash and htmx by version, those URLs serve the files with a week's caching, and links
 * to pages are left as they are.
 */
@SamskapaTest
class StaticResourcesControllerTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/samskapa-[0-9a-f]{32}\\.css)\"");

	private static final Pattern SCRIPT = Pattern.compile("src=\"(/js/samskapa-[0-9a-f]{32}\\.js)\"");

	private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkVersionedFilesThatAreServedWithLongCaching() throws Exception {
		String page = mvc.perform(get("/grupper"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Pattern link : new Pattern[] { STYLESHEET, SCRIPT, HTMX }) {
			Matcher matcher = link.matcher(page);
			assertThat(matcher.find()).as(link.pattern()).isTrue();
			mvc.perform(get(matcher.group(1)))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=604800")));
		}
		assertThat(page).contains("href=\"/favicon.svg\"", "href=\"/grupper/");
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void theUnversionedNamesStillServe() throws Exception {
		mvc.perform(get("/css/samskapa.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

}
