package se.samskapa.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person types into the search box, as PostgreSQL full-text queries: words (each
 * also a prefix, so that results come while typing) and "quoted phrases". Only letters
 * and digits reach the query, so nothing typed can change its syntax.
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
		List<String> terms = words(rest.toString()).stream().map(word -> word + ":*").toList();
		return new TextQuery(String.join(" & ", terms), List.copyOf(phrases));
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
