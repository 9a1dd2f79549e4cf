package se.samskapa.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page, for the public and for logged-in users, whole and as an htmx fragment.
 */
@SamskapaTest
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	SearchManagement search;

	@Autowired
	DirectoryManagement directory;

	@BeforeEach
	void index() {
		search.rebuildIndex();
	}

	/** The count in "12 träffar på …". */
	private static int hits(String page) {
		Matcher count = Pattern.compile("(\\d+) träffar på").matcher(page);
		if (count.find()) {
			return Integer.parseInt(count.group(1));
		}
		return page.contains("En träff på") ? 1 : 0;
	}

	@Test
	void everyPageHasTheSearchBox() throws Exception {
		mvc.perform(get("/grupper"))
			.andExpect(
					content().string(allOf(containsString("role=\"search\""), containsString("id=\"header-search\""))));
	}

	@Test
	void thePublicSearchesPublishedMinutesWithTheWordsMarked() throws Exception {
		mvc.perform(get("/sok").param("q", "lokaler"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("träffar på lokaler"), containsString("<mark>"),
					containsString("Lokalfrågan"), not(containsString("Inte offentligt")))));
	}

	@Test
	void whileTypingHtmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/sok").param("q", "Fritid").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"search-results\""), containsString("<mark>"),
					not(containsString("<html")))));
	}

	@Test
	void anEmptySearchShowsTheFormOnly() throws Exception {
		mvc.perform(get("/sok")).andExpect(status().isOk()).andExpect(content().string(not(containsString("träff"))));
	}

	@Test
	void filtersNarrowTheResults() throws Exception {
		mvc.perform(get("/sok").param("q", "Fritidsbanken").param("typ", "DECISION"))
			.andExpect(content().string(
					allOf(containsString("badge-neutral\">Beslut<"), not(containsString("badge-neutral\">Punkt<")))));
		mvc.perform(get("/sok").param("q", "Fritidsbanken").param("fran", "2026-09-01").param("till", "2026-09-30"))
			.andExpect(
					content().string(allOf(containsString("5 september 2026"), not(containsString("23 mars 2026")))));
	}

	@Test
	void onlyCoordinatorsFilterByPersonAndFindPeople() throws Exception {
		mvc.perform(get("/sok").param("q", "Kuzhikov").with(users.member()))
			.andExpect(content()
				.string(allOf(not(containsString("id=\"search-person\"")), not(containsString(">Person<")))));
		mvc.perform(get("/sok").param("q", "Kuzhikov").with(users.coordinator()))
			.andExpect(content()
				.string(allOf(containsString("id=\"search-person\""), containsString("/katalog/personer/"))));
	}

	@Test
	void aCoordinatorFiltersByATypedNameAndGetsNamesWhileTyping() throws Exception {
		String all = mvc.perform(get("/sok").param("q", "Fritidsbanken").with(users.coordinator()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String davids = mvc
			.perform(get("/sok").param("q", "Fritidsbanken")
				.param("personnamn", "david bergström")
				.with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"David Bergström\""), not(containsString("passar ingen")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hits(davids)).isPositive().isLessThan(hits(all));
		// A link's person id fills in the name.
		long david = directory.searchPeople("David Bergström", 1).get(0).id();
		mvc.perform(get("/sok").param("q", "Fritidsbanken")
			.param("person", String.valueOf(david))
			.with(users.coordinator())).andExpect(content().string(containsString("value=\"David Bergström\"")));

		// The beginning of one person's name is that person.
		mvc.perform(get("/sok").param("q", "Fritidsbanken").param("personnamn", "bergstr").with(users.coordinator()))
			.andExpect(content().string(containsString("value=\"David Bergström\"")));

		// A name that is no one's is kept and said to be so; nothing is searched.
		mvc.perform(get("/sok").param("q", "Fritidsbanken").param("personnamn", "Zorro").with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Zorro\""),
					containsString("aria-invalid=\"true\""),
					containsString("”Zorro” passar ingen eller flera personer"), not(containsString("träffar på")))));
		mvc.perform(get("/sok").param("q", "Fritidsbanken")
			.param("personnamn", "Zorro")
			.header("HX-Request", "true")
			.with(users.coordinator()))
			.andExpect(content().string(allOf(containsString("role=\"status\" class=\"field-error\">”Zorro” passar"),
					not(containsString("<html")))));

		mvc.perform(get("/sok/personer").param("personnamn", "Dav").with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<option value=\"David Bergström\">"), not(containsString("<html")))));
		mvc.perform(get("/sok/personer").param("personnamn", "Dav").with(users.member()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/sok/personer").param("personnamn", "Dav")).andExpect(status().is3xxRedirection());
		// A member's typed name is ignored, like the filter they do not have.
		mvc.perform(get("/sok").param("q", "Fritidsbanken").param("personnamn", "Zorro").with(users.member()))
			.andExpect(content().string(allOf(containsString("träffar på"), not(containsString("passar ingen")))));
	}

	@Test
	void badInputIsHarmless() throws Exception {
		mvc.perform(get("/sok").param("q", "<script>alert(1)</script>").param("fran", "inte-ett-datum"))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/sok").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

}
