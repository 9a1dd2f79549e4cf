package se.samskapa.importer.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which blocks are headings and how strongly they rank (a lower rank is a higher
 * heading): Markdown levels 1-6, then "§" and numbered lines, then bold, bold italic and
 * italic lines, then bare lines. Bare and numbered lines count only in minutes without
 * Markdown headings, where they are the only headings there are.
 */
final class Headings {

	private static final Pattern EMPHASIS = Pattern.compile("^(\\*\\*\\*|___|\\*\\*|__|\\*|_)(\\S.*?\\S|\\S)\\1\\\\?$");

	private static final Pattern PARAGRAPH_SIGN = Pattern.compile("^§\\s*\\d+[.:]?\\s*(\\S.{0,99})$");

	private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\p{Lu}.*)$");

	/**
	 * A heading.
	 *
	 * @param title its text without numbering or markup
	 * @param rank how high it ranks, lower is higher
	 * @param emphasis whether only bold or italic made it a heading
	 * @param rest the lines after the heading in the same paragraph, or {@code null}
	 */
	record Candidate(String title, int rank, boolean emphasis, Block rest) {
	}

	private final List<Block> blocks;

	private final boolean plain;

	Headings(List<Block> blocks) {
		this.blocks = blocks;
		this.plain = blocks.stream()
			.noneMatch((b) -> b.kind == Block.Kind.HEADING && b.role == Block.Role.CONTENT
					&& !Outline.isStructural(b.text()));
	}

	/** The heading that block {@code i} is, or {@code null}. */
	Candidate at(int i) {
		Block block = this.blocks.get(i);
		if (block.kind == Block.Kind.HEADING) {
			return new Candidate(Outline.cleanTitle(block.raw.get(0)), block.level, false, null);
		}
		if (block.role != Block.Role.CONTENT || block.kind == Block.Kind.CODE) {
			return null;
		}
		String first = block.raw.get(0);
		String text = block.lines.get(0);
		Block rest = (block.lines.size() > 1) ? block.tail(1) : null;
		if (block.kind == Block.Kind.PARAGRAPH) {
			Matcher emphasis = EMPHASIS.matcher(first);
			if (emphasis.matches() && !text.endsWith(":") && text.length() <= 100) {
				int rank = switch (emphasis.group(1).length()) {
					case 3 -> 21;
					case 2 -> 20;
					default -> 22;
				};
				return new Candidate(Outline.cleanTitle(text), rank, true, rest);
			}
			if (PARAGRAPH_SIGN.matcher(text).matches()) {
				return new Candidate(Outline.cleanTitle(text), 10, false, rest);
			}
		}
		if (!this.plain || !block.blankBefore) {
			return null;
		}
		if (block.kind == Block.Kind.LIST_ITEM) {
			return isNumberedHeading(i, block) ? new Candidate(Outline.cleanTitle(text), 10, false, null) : null;
		}
		Matcher numbered = NUMBERED.matcher(text);
		if (numbered.matches() && looksLikeHeading(numbered.group(2))) {
			int dots = numbered.group(1).length() - numbered.group(1).replace(".", "").length();
			return new Candidate(Outline.cleanTitle(text), 10 + dots, false, rest);
		}
		if (!looksLikeHeading(text) || !hasContentAfter(i)) {
			return null;
		}
		if (rest == null) {
			return block.blankAfter ? new Candidate(Outline.cleanTitle(text), 30, false, null) : null;
		}
		String next = block.lines.get(1);
		boolean runIn = Text.startsUpper(next) && (next.length() > 50 || Text.endsSentence(next))
				&& Text.words(text).length <= 6;
		return runIn ? new Candidate(Outline.cleanTitle(text), 30, false, rest) : null;
	}

	/**
	 * "1. Genomgång" alone between blank lines, not one of a run introduced by a colon.
	 */
	private boolean isNumberedHeading(int i, Block block) {
		if (!block.isNumbered() || block.depth != 0 || block.lines.size() > 1 || !looksLikeHeading(block.lines.get(0))
				|| !hasContentAfter(i)) {
			return false;
		}
		Block previous = (i > 0) ? this.blocks.get(i - 1) : null;
		Block next = this.blocks.get(i + 1);
		boolean inList = (previous != null && previous.kind == Block.Kind.LIST_ITEM
				&& previous.role == Block.Role.CONTENT) || next.kind == Block.Kind.LIST_ITEM;
		boolean introduced = previous != null && previous.kind == Block.Kind.PARAGRAPH && previous.text().endsWith(":");
		return !inList && !introduced;
	}

	private boolean hasContentAfter(int i) {
		for (int j = i + 1; j < this.blocks.size(); j++) {
			if (this.blocks.get(j).role == Block.Role.CONTENT) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Short, capitalised, no sentence punctuation, not a "Label: value" line nor a link.
	 */
	static boolean looksLikeHeading(String text) {
		if (text.length() < 2 || text.length() > 80 || Text.words(text).length > 10) {
			return false;
		}
		char first = text.charAt(0);
		if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '§' || first == '"')) {
			return false;
		}
		if (Text.endsSentence(text) || text.endsWith(":") || text.contains(": ") || text.contains("http")
				|| text.startsWith("/")) {
			return false;
		}
		List<SwedishDates.Mention> dates = SwedishDates.find(text);
		return dates.isEmpty() || dates.get(0).start() > 0;
	}

}
