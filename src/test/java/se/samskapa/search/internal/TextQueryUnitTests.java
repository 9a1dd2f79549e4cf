package se.samskapa.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is typed becomes a safe full-text query; only the last word is a prefix. */
class TextQueryUnitTests {

	@Test
	void theLastWordIsAPrefixWhileItMayStillBeTyped() {
		assertThat(TextQuery.parse("ekonomiskt bistå").words()).isEqualTo("ekonomiskt & bistå:*");
		assertThat(TextQuery.parse("lokal").words()).isEqualTo("lokal:*");
	}

	@Test
	void aSpaceOrAMarkAfterTheLastWordSaysItIsComplete() {
		assertThat(TextQuery.parse("lokal ").words()).isEqualTo("lokal");
		assertThat(TextQuery.parse("Fritidsbanken?").words()).isEqualTo("Fritidsbanken");
	}

	@Test
	void quotedWordsAreAPhraseAndNotAPrefix() {
		TextQuery query = TextQuery.parse("\"brister i samverkan\" mentor");
		assertThat(query.phrases()).containsExactly("brister i samverkan");
		assertThat(query.words()).isEqualTo("mentor:*");
		assertThat(TextQuery.parse("\"brister i samverkan\"").words()).isEmpty();
	}

	@Test
	void nothingButLettersAndDigitsReachesTheQuery() {
		assertThat(TextQuery.parse("'); DROP TABLE x; --").words()).isEqualTo("DROP & TABLE & x");
		assertThat(TextQuery.parse("& | ! :*").empty()).isTrue();
		assertThat(TextQuery.parse(null).empty()).isTrue();
	}

}
