package se.samskapa.lending;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is kept of a search that found nothing: its words, and nothing that may point at a
 * person.
 */
class SearchTermsUnitTests {

	@Test
	void wordsAreKeptInLowerCaseWithoutPunctuation() {
		assertThat(SearchTerms.normalise("  Kanot!  ")).contains("kanot");
		assertThat(SearchTerms.normalise("Skridskor, 38")).contains("skridskor 38");
		assertThat(SearchTerms.normalise("SUP-bräda")).contains("sup bräda");
		assertThat(SearchTerms.normalise("ÅKPÅSE\tför   barn")).contains("åkpåse för barn");
		assertThat(SearchTerms.normalise("flytväst barn 15–30 kg")).contains("flytväst barn 15 30 kg");
	}

	@Test
	void aSearchThatMayPointAtAPersonIsNotKept() {
		assertThat(SearchTerms.normalise("070-123 45 67")).isEmpty();
		assertThat(SearchTerms.normalise("0701234567")).isEmpty();
		assertThat(SearchTerms.normalise("19800101-1234")).isEmpty();
		assertThat(SearchTerms.normalise("anna@example.se")).isEmpty();
	}

	@Test
	void tooShortOrTooLongIsNotKept() {
		assertThat(SearchTerms.normalise("?")).isEmpty();
		assertThat(SearchTerms.normalise("a")).isEmpty();
		assertThat(SearchTerms.normalise("ab")).contains("ab");
		assertThat(SearchTerms.normalise("x".repeat(41))).isEmpty();
		assertThat(SearchTerms.normalise(null)).isEmpty();
	}

}
