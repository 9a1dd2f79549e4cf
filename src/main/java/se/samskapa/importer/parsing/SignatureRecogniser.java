package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who wrote, chaired and approves the minutes: "Vid pennan" and "Vid protokollet"
 * with the name after a colon or on the next line, "Sekreterare: ...", a closing
 * "/David", "Justeras" with the adjusters' names, and the formal "Till sekreterare valdes
 * ...". (The "(antecknar)" after a present name is read with the attendance.)
 */
final class SignatureRecogniser {

	private static final Pattern NOTE_LABEL = Pattern.compile("(?iu)^(?:vid pennan|vid protokollet|vid tangentbordet"
			+ "|(?:mötes)?sekreterare|protokollförare|antecknare|antecknat av|anteckningar av|antecknades av"
			+ "|protokollet fördes av|minnesanteckningar av|noterat av|sekr\\.?)\\s*(?::\\s*(.*)|$)");

	private static final Pattern NOTE_BY = Pattern.compile("(?iu)^(?:antecknat av|antecknades av|anteckningar av"
			+ "|protokollet fördes av|minnesanteckningar av|noterat av|antecknare|protokollförare)\\s*:?\\s+(\\S.*)$");

	private static final Pattern CHAIR_LABEL = Pattern
		.compile("(?iu)^(?:ordförande|mötesordförande|mötets ordförande)\\s*:\\s*(.*)$");

	private static final Pattern ADJUST_LABEL = Pattern
		.compile("(?iu)^(?:justeras|justerare|justerat|justeringspersoner|justeringsperson)\\s*(?::\\s*(.*)|$)");

	private static final Pattern CLOSING = Pattern
		.compile("^/\\s*(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]*\\.?){0,3})\\s*$");

	private static final String NAME = "(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3})";

	private static final Pattern ELECTED = Pattern.compile("(?u)(?:(?i:till|som) (?i:(mötes)?(sekreterare|ordförande)|"
			+ "(justerare|justeringsperson))(?: för mötet)? (?i:valdes|utsågs|valdes till) " + NAME + ")|(?:" + NAME
			+ " (?i:valdes|utsågs) (?i:till|som) (?i:(mötes)?(sekreterare|ordförande)|(justerare)))");

	private static final String[] ELECTION_WORDS = { "valdes", "utsågs" };

	private static final Pattern WIDE_SPACE = Pattern.compile("\\s{2,}");

	private static final Pattern DOTTED_LINE = Pattern.compile("[._\\-–…\\s]+");

	private static final Pattern ROLE_WORDS = Pattern
		.compile("(?iu)[,\\s]+(?:sekreterare|ordförande|justerare|mötessekreterare|protokollförare)$");

	/** Who signed. */
	record Signatures(String noteTaker, String chair, List<String> adjusters) {
	}

	Signatures recognise(List<Block> blocks) {
		String noteTaker = null;
		String chair = null;
		List<String> adjusters = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block.role != Block.Role.CONTENT || block.kind == Block.Kind.CODE) {
				continue;
			}
			for (int line = 0; line < block.lines.size(); line++) {
				String text = block.lines.get(line);
				boolean electing = Text.containsAny(text, ELECTION_WORDS);
				if (text.length() > 80 && !electing) {
					continue;
				}
				Matcher note = NOTE_LABEL.matcher(text);
				if (!note.matches()) {
					note = NOTE_BY.matcher(text);
				}
				Matcher chairLabel = CHAIR_LABEL.matcher(text);
				Matcher adjust = ADJUST_LABEL.matcher(text);
				if (note.matches() && noteTaker == null && isShort(block)) {
					noteTaker = value(note.group(1), blocks, i, line);
				}
				else if (chairLabel.matches() && chair == null && isShort(block)) {
					chair = value(chairLabel.group(1), blocks, i, line);
				}
				else if (adjust.matches() && isShort(block)) {
					String names = rawValue(adjust.group(1), blocks, i, line);
					if (names != null) {
						for (String name : AttendeeLine.pieces(WIDE_SPACE.matcher(names).replaceAll(", "))) {
							String cleaned = clean(name);
							if (cleaned != null && !adjusters.contains(cleaned)) {
								adjusters.add(cleaned);
							}
						}
					}
				}
				else if (text.startsWith("/") && CLOSING.matcher(text).matches() && noteTaker == null) {
					block.role = Block.Role.SIGNATURE;
					noteTaker = text.substring(1).trim();
				}
				else if (electing) {
					Matcher elected = ELECTED.matcher(text);
					while (elected.find()) {
						String name = (elected.group(4) != null) ? elected.group(4) : elected.group(5);
						String role = (elected.group(4) != null)
								? ((elected.group(2) != null) ? elected.group(2) : elected.group(3))
								: ((elected.group(7) != null) ? elected.group(7) : elected.group(8));
						if (Text.key(role).startsWith("sekreterare") && noteTaker == null) {
							noteTaker = name;
						}
						else if (Text.key(role).startsWith("ordförande") && chair == null) {
							chair = name;
						}
						else if (Text.key(role).startsWith("juster") && !adjusters.contains(name)) {
							adjusters.add(name);
						}
					}
				}
			}
		}
		return new Signatures(noteTaker, chair, adjusters);
	}

	private static boolean isShort(Block block) {
		return block.kind != Block.Kind.HEADING || block.lines.get(0).length() < 40;
	}

	/** The name after the label: on the same line, else on the next non-empty line. */
	private static String value(String rest, List<Block> blocks, int index, int line) {
		Block block = blocks.get(index);
		block.role = Block.Role.SIGNATURE;
		String found = clean(rest);
		if (found != null) {
			return found;
		}
		for (int l = line + 1; l < block.lines.size(); l++) {
			found = clean(block.lines.get(l));
			if (found != null) {
				return found;
			}
		}
		for (int b = index + 1; b < Math.min(blocks.size(), index + 3); b++) {
			Block next = blocks.get(b);
			if (next.kind == Block.Kind.HEADING || next.role != Block.Role.CONTENT) {
				return null;
			}
			found = clean(next.lines.get(0));
			if (found != null) {
				next.role = Block.Role.SIGNATURE;
				return found;
			}
		}
		return null;
	}

	/** The line after the label as written (spaces kept), for names set side by side. */
	private static String rawValue(String rest, List<Block> blocks, int index, int line) {
		if (value(rest, blocks, index, line) == null) {
			return null;
		}
		if (rest != null && !rest.isBlank()) {
			return rest;
		}
		Block block = blocks.get(index);
		if (line + 1 < block.raw.size()) {
			return block.raw.get(line + 1);
		}
		return (index + 1 < blocks.size()) ? blocks.get(index + 1).raw.get(0) : null;
	}

	/**
	 * A name from a signature line, or {@code null} for dotted lines, dates and prose.
	 */
	private static String clean(String line) {
		if (line == null) {
			return null;
		}
		String s = NameResolver.clean(line);
		s = ROLE_WORDS.matcher(s).replaceAll("");
		if (s.isEmpty() || DOTTED_LINE.matcher(s).matches() || s.length() > 60 || !Text.startsUpper(s)
				|| !SwedishDates.find(s).isEmpty() || Text.words(s).length > 6) {
			return null;
		}
		return s;
	}

}
