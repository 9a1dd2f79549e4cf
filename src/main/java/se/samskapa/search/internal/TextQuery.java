package se.samskapa.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person types into the search box, as PostgreSQL full-text queries: words and
 * "quoted phrases". The last word is also a prefix, since it may be the one being typed;
 * the words before it are complete, and a prefix of a common word ({@code lokal:*}) costs
 * far more to rank than the word itself. Only letters and digits reach the query, so
 * nothing typed can change its syntax.
 *
 * @param words the words outside quotes, as a {@code to_tsquery} expression
 * @param phrases the quoted phrases, each for {@code phraseto_tsquery}
 */
record TextQuery(String words, List<String> phrases) {

	private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"?");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	static TextQuery parse(String text) {
		List<String> phrases = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		Matcher phrase = PHRASE.matcher(text == null ? "" : text);
		int last = 0;
		while (phrase.find()) {
			rest.append(text, last, phrase.start()).append(' ');
			String words = String.join(" ", words(phrase.group(1)));
			if (!words.isBlank()) {
				phrases.add(words);
			}
			last = phrase.end();
		}
		if (text != null) {
			rest.append(text.substring(last));
		}
		List<String> terms = new ArrayList<>(words(rest.toString()));
		if (!terms.isEmpty() && !endsComplete(text)) {
			terms.set(terms.size() - 1, terms.get(terms.size() - 1) + ":*");
		}
		return new TextQuery(String.join(" & ", terms), List.copyOf(phrases));
	}

	/** A space or a closing quote after the last word says it is finished. */
	private static boolean endsComplete(String text) {
		return text.isEmpty() || !Character.isLetterOrDigit(text.codePointBefore(text.length()));
	}

	boolean empty() {
		return words.isEmpty() && phrases.isEmpty();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words.add(word.group());
		}
		return words;
	}

}
