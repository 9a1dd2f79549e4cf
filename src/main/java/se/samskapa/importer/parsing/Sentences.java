package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into sentences without breaking at "t.ex.", "bl.a.", "kl." or "1.". */
final class Sentences {

	private static final Set<String> ABBREVIATIONS = Set.of("t.ex", "bl.a", "ca", "kl", "s.k", "m.m", "d.v.s", "dvs",
			"osv", "etc", "resp", "ang", "jfr", "p.g.a", "pga", "o.s.v", "fr.o.m", "t.o.m", "mfl", "m.fl", "st", "nr",
			"tel", "e.d", "inkl", "exkl", "obs", "ev", "f.d", "ordf", "sekr", "N");

	private Sentences() {
	}

	static List<String> split(String text) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && endsHere(text, i)) {
				int end = i + 1;
				while (end < n && ".!?)\"”'".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				add(sentences, text.substring(start, end));
				start = end;
				i = end - 1;
			}
		}
		add(sentences, text.substring(start));
		return sentences;
	}

	private static boolean endsHere(String text, int i) {
		int next = i + 1;
		while (next < text.length() && ".!?)\"”'".indexOf(text.charAt(next)) >= 0) {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		if (!Character.isWhitespace(text.charAt(next))) {
			return false;
		}
		int after = next;
		while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
			after++;
		}
		if (after >= text.length()) {
			return true;
		}
		char first = text.charAt(after);
		if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '”'
				|| first == '(')) {
			return false;
		}
		if (text.charAt(i) != '.') {
			return true;
		}
		int wordStart = i;
		while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		String word = text.substring(wordStart, i);
		if (word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() <= 2) {
			return false;
		}
		return !ABBREVIATIONS.contains(word.toLowerCase(Text.SWEDISH)) && !ABBREVIATIONS.contains(word);
	}

	private static void add(List<String> sentences, String sentence) {
		String trimmed = sentence.trim();
		if (!trimmed.isEmpty()) {
			sentences.add(trimmed);
		}
	}

}
