package se.samskapa.config;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.support.SamskapaTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cache of public pages in the running application: a kept page still carries the
 * security headers, and a change a module announces is on the next page.
 */
@SamskapaTest
@TestPropertySource(properties = "samskapa.page-cache.enabled=true")
class PublicPageCacheIntegrationTests {

	private static final String SLUG = "klarspraksgruppen";

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupManagement groups;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeptPageIsServedWithItsHeadersUntilAChangeIsAnnounced() throws Exception {
		GroupView group = groups.groupBySlug(SLUG).orElseThrow();
		mvc.perform(get("/grupper/" + SLUG)).andExpect(status().isOk());

		// Changed behind the application's back: the kept page is what visitors get.
		jdbc.sql("UPDATE groups_group SET description = 'Tyst ändrad' WHERE id = :id").param("id", group.id()).update();
		mvc.perform(get("/grupper/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Language", "sv-SE"))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(not(containsString("Tyst ändrad"))));

		groups.describeGroup(group.id(), group.name(), group.kind(), group.reportsToId(), "Gruppen skriver klarspråk.");
		mvc.perform(get("/grupper/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gruppen skriver klarspråk.")));
	}

}
