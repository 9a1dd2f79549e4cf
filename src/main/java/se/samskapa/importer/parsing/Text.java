package se.samskapa.importer.parsing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the recognisers. */
final class Text {

	static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");

	private static final Pattern STRONG = Pattern.compile("\\*\\*\\*|\\*\\*|(?<![\\p{L}\\d])__|__(?![\\p{L}\\d])");

	private static final Pattern EMPHASIS = Pattern
		.compile("(?<![\\p{L}\\d*_])[*_]([^*_\\s](?:[^*_]*[^*_\\s])?)[*_](?![\\p{L}\\d*_])");

	private Text() {
	}

	/**
	 * One form for every input: NFC, "\n" line ends (Windows and old Mac ones too), no
	 * byte-order mark or zero-width characters, plain spaces for no-break ones, tabs as
	 * four spaces.
	 */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String s = hasCombiningMarks(text) ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
		s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD' -> {
				}
				case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
				case '\t' -> out.append("    ");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** A line without its Markdown: links keep their text, emphasis marks go. */
	static String plain(String line) {
		String s = line;
		if (s.indexOf('[') >= 0) {
			s = IMAGE.matcher(s).replaceAll("");
			s = LINK.matcher(s).replaceAll("$1");
		}
		if (s.indexOf('<') >= 0) {
			s = TAG.matcher(s).replaceAll("");
		}
		if (s.indexOf('`') >= 0) {
			s = CODE.matcher(s).replaceAll("$1");
		}
		if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
			s = STRONG.matcher(s).replaceAll("");
			s = EMPHASIS.matcher(s).replaceAll("$1");
		}
		if (s.endsWith("\\")) {
			s = s.substring(0, s.length() - 1);
		}
		return collapse(s);
	}

	static String collapse(String s) {
		StringBuilder out = null;
		int n = s.length();
		boolean space = false;
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			boolean white = Character.isWhitespace(c) || c == '\u00A0';
			if (out == null) {
				boolean irregular = white && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i + 1) == ' ');
				if (!irregular) {
					continue;
				}
				out = new StringBuilder(n);
				out.append(s, 0, i);
				space = false;
			}
			if (white) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c);
		}
		return (out == null) ? s : out.toString();
	}

	/**
	 * Without punctuation and quotes at either end: "(9", "mars)," become "9", "mars".
	 */
	static String stripPunctuation(String word) {
		int start = 0;
		int end = word.length();
		while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
			end--;
		}
		return word.substring(start, end);
	}

	/** The form names and labels are compared in: lower case, single spaces. */
	static String key(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		boolean plain = true;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0') {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			plain &= c < '\u0300' || c > '\u036F';
			out.append(Character.toLowerCase(c));
		}
		String key = out.toString();
		// Combining marks only: "å" typed as "a" + ring needs composing to compare.
		return plain ? key : Normalizer.normalize(key, Normalizer.Form.NFC);
	}

	/** Whether NFC could change the text: only combining marks ("a" + ring) make it. */
	private static boolean hasCombiningMarks(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\u0300'
					&& (c <= '\u036F' || (c >= '\u1AB0' && c <= '\u1AFF') || (c >= '\u20D0' && c <= '\u20FF'))) {
				return true;
			}
		}
		return false;
	}

	static boolean hasDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isDigit(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the lower-cased text contains one of the (lower-case) stems. */
	static boolean containsAny(String text, String[] stems) {
		return containsAnyLower(text.toLowerCase(SWEDISH), stems);
	}

	/** {@link #containsAny} for text already in lower case. */
	static boolean containsAnyLower(String lower, String[] stems) {
		for (String stem : stems) {
			if (lower.contains(stem)) {
				return true;
			}
		}
		return false;
	}

	static String[] words(String s) {
		String c = collapse(s);
		return c.isEmpty() ? new String[0] : c.split(" ");
	}

	static boolean startsUpper(String s) {
		return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
	}

	static boolean endsSentence(String s) {
		if (s.isEmpty()) {
			return false;
		}
		char last = s.charAt(s.length() - 1);
		return last == '.' || last == '!' || last == '?' || last == ';' || last == ',';
	}

	/** Without trailing sentence punctuation and spaces. */
	static String trimEnd(String s) {
		int end = s.length();
		while (end > 0 && ".,;:!? ".indexOf(s.charAt(end - 1)) >= 0) {
			end--;
		}
		return s.substring(0, end).trim();
	}

	/**
	 * The first letter in lower case: "Frivilligorganisationerna" at a sentence start.
	 */
	static String decapitalise(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(SWEDISH) + s.substring(1);
	}

}
