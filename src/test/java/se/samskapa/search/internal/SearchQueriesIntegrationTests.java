package se.samskapa.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.search.SearchHit;
import se.samskapa.search.SearchKind;
import se.samskapa.search.SearchQuery;
import se.samskapa.search.SearchResults;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word found in more documents than are ranked: the best of the newest are shown, and
 * the count says there are more.
 */
@SamskapaTest
@Transactional
class SearchQueriesIntegrationTests {

	private static final LocalDate NEWEST = LocalDate.of(2026, 6, 1);

	@Autowired
	SearchIndex index;

	@Autowired
	SearchQueries queries;

	@Test
	void aCommonWordRanksTheNewestMatchesAndSaysThereAreMore() {
		int documents = SearchQueries.RANKED + 40;
		IntStream.range(0, documents)
			.forEach(i -> index
				.put(minutes(900_000 + i, NEWEST.minusDays(i), "Protokoll " + i, "Vi talade om zyxkvarn.")));
		// The best match of all is too old to be ranked.
		index.put(minutes(899_999, NEWEST.minusYears(5), "Zyxkvarn zyxkvarn", "Zyxkvarn, zyxkvarn och zyxkvarn."));
		index.put(new SearchDocument(SearchKind.PERSON, 899_998, null, null, true, null, "Zyxkvarn Person", "",
				"/personer/1", null, null));

		SearchResults results = queries.search(query("zyxkvarn"), false, Set.of());

		assertThat(results.capped()).isTrue();
		assertThat(results.total()).isEqualTo(SearchQueries.RANKED);
		assertThat(results.hits()).hasSize(20);
		// Undated documents (people) come with the newest; the title weighs more than
		// text.
		assertThat(results.hits().get(0).title()).isEqualTo("<mark>Zyxkvarn</mark> Person");
		LocalDate oldestRanked = NEWEST.minusDays(SearchQueries.RANKED - 2);
		assertThat(results.hits()).extracting(SearchHit::date)
			.allSatisfy(date -> assertThat(date == null || !date.isBefore(oldestRanked)).isTrue());
	}

	@Test
	void aNarrowerSearchRanksEveryMatch() {
		index.put(minutes(899_001, NEWEST, "Zyxgren i maj", "Vi talade om zyxgren."));
		index.put(minutes(899_002, NEWEST.minusYears(8), "Zyxgren", "Zyxgren, zyxgren och zyxgren."));

		SearchResults results = queries.search(query("zyxgren"), false, Set.of());

		assertThat(results.capped()).isFalse();
		assertThat(results.total()).isEqualTo(2);
		assertThat(results.hits()).extracting(SearchHit::date).containsExactly(NEWEST.minusYears(8), NEWEST);
	}

	private static SearchQuery query(String text) {
		return new SearchQuery(text, null, null, null, Set.of(), null, null, 20, 0);
	}

	private static SearchDocument minutes(long id, LocalDate date, String title, String body) {
		return new SearchDocument(SearchKind.MINUTES, id, null, null, true, date, title, body, "/moten/" + id,
				List.of(), List.of());
	}

}
