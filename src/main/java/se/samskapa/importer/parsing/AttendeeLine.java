package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one line of an attendance list into entries: "David Bergström,
 * socialförvaltningen (antecknar)", "Bo Pettersson Ria/G7", "Leif Johansson (SUNET)", "Bo
 * Pettersson, Ria/Hela människan, G7", "Anna Berg, Bo Ek och Cia Lund", or organisations
 * only ("Bolagsverket, Digg, Sambruk").
 */
final class AttendeeLine {

	private static final Pattern NOTE_TAKER = Pattern.compile("(?iu)antecknar|antecknare|sekreterare|sekr\\.?"
			+ "|protokollförare|mötessekreterare|för protokollet|vid pennan|vid protokollet|noterar");

	private static final Pattern CHAIR = Pattern.compile("(?iu)ordförande|ordf\\.?|mötesordförande|mötets ordförande");

	private static final Pattern REMARK = Pattern.compile("(?iu).*(?:\\bvia\\b|digitalt|distans|telefon|teams|zoom"
			+ "|§|\\bdel av\\b|\\bkl\\b|\\bkl\\.|\\bt\\.o\\.m\\b|ersättare|adjungerad|justerare|ledamot|\\bej\\b|gäst"
			+ "|inbjuden|punkt|\\bfrån\\b|\\btill\\b|synk|mellan|delvis|\\bdeltog\\b|\\bnärvarande\\b).*");

	private static final Pattern AND = Pattern.compile("(?<!-)\\s+(?:och|samt|&)\\s+(?=\\p{Lu})");

	private final NameShapes shapes;

	private String noteTaker;

	private String chair;

	AttendeeLine(NameShapes shapes) {
		this.shapes = shapes;
	}

	String noteTaker() {
		return this.noteTaker;
	}

	String chair() {
		return this.chair;
	}

	/**
	 * Reads the entries of one line.
	 * @param line the line without its bullet
	 * @param inline whether it stood after "Närvarande:", where commas separate people
	 * rather than a person from an organisation
	 */
	List<Attendee> read(String line, boolean inline) {
		List<String> pieces = pieces(Text.trimEnd(Text.plain(tableRow(line))));
		List<Attendee> out = new ArrayList<>();
		String name = null;
		String organisation = null;
		String remark = null;
		for (String piece : pieces) {
			String original = piece;
			String paren = parenthesised(piece);
			String bare = nameOf(piece);
			if (paren != null && isRemark(paren)) {
				if (bare.isEmpty()) {
					continue;
				}
				piece = bare;
				paren = null;
			}
			String[] split = splitNameAndOrganisation(bare);
			String candidate = split[0];
			boolean person = (name == null && out.isEmpty() && !inline)
					? this.shapes.isPersonName(candidate)
							|| (paren != null && Text.words(candidate).length <= 3 && Text.startsUpper(candidate))
					: startsPerson(candidate, inline);
			if (person && !(this.shapes.isOrganisation(candidate) && !this.shapes.isKnownPersonName(candidate))) {
				add(out, name, organisation, remark);
				name = candidate;
				organisation = (paren != null) ? paren : split[1];
				remark = roleOf(original, name);
				this.shapes.learn(name);
			}
			else if (name != null && organisation == null) {
				organisation = piece;
				remark = roleOf(original, name);
				if (NOTE_TAKER.matcher(piece).matches()) {
					this.noteTaker = name;
				}
				else if (CHAIR.matcher(piece).matches()) {
					this.chair = name;
				}
			}
			else if (name != null) {
				organisation = organisation + ", " + piece;
			}
			else {
				add(out, null, null, null);
				out.add(new Attendee(null, piece, null, null));
			}
		}
		add(out, name, organisation, remark);
		return out;
	}

	/**
	 * A Markdown table row "| Anna Andersson | Bryggan |" reads as "Anna Andersson,
	 * Bryggan".
	 */
	static String tableRow(String line) {
		String t = line.trim();
		if (!t.startsWith("|")) {
			return line;
		}
		String inner = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length());
		return String.join(", ",
				java.util.Arrays.stream(inner.split("\\|"))
					.map(String::trim)
					.filter((cell) -> !cell.isEmpty())
					.toList());
	}

	private boolean startsPerson(String bare, boolean inline) {
		return inline ? this.shapes.isPersonName(bare) : this.shapes.isKnownPersonName(bare);
	}

	private String roleOf(String text, String name) {
		String lower = Text.key(text);
		int open = lower.lastIndexOf('(');
		if (open < 0) {
			return null;
		}
		String role = Text.trimEnd(lower.substring(open + 1).replace(")", ""));
		if (NOTE_TAKER.matcher(role).matches()) {
			this.noteTaker = name;
		}
		else if (CHAIR.matcher(role).matches()) {
			this.chair = name;
		}
		return role;
	}

	private static void add(List<Attendee> out, String name, String organisation, String remark) {
		if (name != null) {
			out.add(new Attendee(name, (organisation == null || organisation.isBlank()) ? null : organisation.trim(),
					remark, null));
		}
	}

	private static boolean isRemark(String paren) {
		return NOTE_TAKER.matcher(paren).matches() || CHAIR.matcher(paren).matches() || paren.equals("?")
				|| REMARK.matcher(paren).matches();
	}

	/**
	 * The name a piece begins with: "Bo Pettersson" of "Bo Pettersson Ria/G7
	 * (antecknar)".
	 */
	String leadingName(String piece) {
		return splitNameAndOrganisation(nameOf(piece))[0];
	}

	/**
	 * "Bo Pettersson Ria/G7" without a comma: the name ends where the name-like words do.
	 */
	private String[] splitNameAndOrganisation(String text) {
		String[] words = Text.words(text);
		for (int n = Math.min(4, words.length - 1); n >= 2; n--) {
			String prefix = String.join(" ", Arrays.copyOf(words, n));
			if (!this.shapes.index().findByName(prefix).isEmpty()) {
				return new String[] { prefix, String.join(" ", Arrays.copyOfRange(words, n, words.length)) };
			}
		}
		int n = 1;
		while (n < words.length && n < 4 && this.shapes.isPersonName(String.join(" ", Arrays.copyOf(words, n + 1)))
				&& !this.shapes.isOrganisation(words[n])) {
			n++;
		}
		if (n >= 2 && n < words.length) {
			return new String[] { String.join(" ", Arrays.copyOf(words, n)),
					String.join(" ", Arrays.copyOfRange(words, n, words.length)) };
		}
		return new String[] { text, null };
	}

	/** The comma- (or "och"-) separated pieces, keeping parentheses whole. */
	static List<String> pieces(String line) {
		List<String> pieces = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if ((c == ',' || c == ';') && depth == 0) {
				addPiece(pieces, line.substring(start, i));
				start = i + 1;
			}
			else if (isDash(c) && depth == 0 && i > 0 && line.charAt(i - 1) == ' ' && i + 1 < line.length()
					&& line.charAt(i + 1) == ' ') {
				// "Anna Andersson – Bryggan": a spaced dash separates like a comma.
				addPiece(pieces, line.substring(start, i));
				start = i + 1;
			}
		}
		addPiece(pieces, line.substring(start));
		return pieces;
	}

	private static void addPiece(List<String> pieces, String piece) {
		for (String part : AND.split(piece.trim())) {
			if (!part.isBlank()) {
				pieces.add(part.trim());
			}
		}
	}

	private static boolean isDash(char c) {
		return c == '-' || c == '–' || c == '—';
	}

	static String firstPiece(String line) {
		List<String> pieces = pieces(line);
		return pieces.isEmpty() ? "" : pieces.get(0);
	}

	/** The text before any parenthesis. */
	static String nameOf(String piece) {
		int open = piece.indexOf('(');
		return Text.trimEnd((open < 0) ? piece : piece.substring(0, open));
	}

	/** What stands in the last parentheses, or {@code null}. */
	static String parenthesised(String piece) {
		int open = piece.lastIndexOf('(');
		if (open < 0) {
			return null;
		}
		int close = piece.indexOf(')', open);
		String inner = piece.substring(open + 1, (close < 0) ? piece.length() : close).trim();
		return inner.isEmpty() ? null : inner;
	}

}
