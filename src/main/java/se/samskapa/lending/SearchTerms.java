package se.samskapa.lending;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samskapa.shared.Dates;

/**
 * What is kept of a catalogue search that found nothing in: the words, in lower case,
 * without punctuation ("Skridskor, 38!" becomes "skridskor 38"). Nothing that may point
 * at a person is kept: a search with an e-mail address or five or more digits (a mobile
 * number, a personnummer) is not recorded at all, nor one too short or too long to be the
 * name of a thing.
 */
final class SearchTerms {

	static final int MIN_LENGTH = 2;

	static final int MAX_LENGTH = 40;

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern DIGIT = Pattern.compile("\\p{N}");

	private SearchTerms() {
	}

	static Optional<String> normalise(String query) {
		if (query == null || query.contains("@")) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(query, Normalizer.Form.NFC).toLowerCase(Dates.SWEDISH);
		if (DIGIT.matcher(text).results().count() >= 5) {
			return Optional.empty();
		}
		String term = NOT_A_WORD.matcher(text).replaceAll(" ").trim();
		if (term.length() < MIN_LENGTH || term.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		return Optional.of(term);
	}

}
