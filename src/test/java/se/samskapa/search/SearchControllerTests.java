package se.samskapa.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

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

	@BeforeEach
	void index() {
		search.rebuildIndex();
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
	void badInputIsHarmless() throws Exception {
		mvc.perform(get("/sok").param("q", "<script>alert(1)</script>").param("fran", "inte-ett-datum"))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/sok").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

}
