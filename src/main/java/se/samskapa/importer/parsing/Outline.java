package se.samskapa.importer.parsing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headings of the minutes and which block stands under which. Headings are Markdown
 * (ATX, setext), bold lines, "§ 1", numbered lines ("1. Genomgång", "2.1 Ekonomi") and,
 * in plain text without Markdown headings, bare short lines between blank lines.
 * Structural headings ("Närvarande", "Agenda", "Anteckningar", "Beslut") organise the
 * minutes but are not topics. A bold line nested under another topic is a run-in label,
 * not a heading. Without any topic headings, the agenda items stand in for them.
 */
final class Outline {

	private static final Pattern STRUCTURAL = Pattern.compile("(?iu)(?:närvarande.*|frånvarande.*|deltagare|deltog"
			+ "|närvaro.*|agenda|dagordning|föredragningslista|förslag till dagordning|anteckningar|mötesanteckningar"
			+ "|minnesanteckningar|protokoll|beslut|beslutslista|beslut och åtgärder|justering|justeras|underskrifter"
			+ "|vid pennan|vid protokollet|anmält förhinder|ej närvarande)");

	private static final Pattern AGENDA = Pattern
		.compile("(?iu)agenda|dagordning|föredragningslista|förslag till dagordning");

	private static final Pattern DECISIONS = Pattern.compile("(?iu)beslut|beslutslista|beslut och åtgärder");

	private static final Pattern MARKS = Pattern.compile("^[#*\\s]+|[#*\\s]+$");

	static final Pattern NUMBERING = Pattern.compile("^(?:§\\s*\\d+[.:]?|\\d{1,2}(?:\\.\\d{1,2})*[.)]?)\\s+");

	/** A heading with the blocks under it (up to the next heading of any level). */
	static final class Node {

		final String title;

		final int level;

		final List<Block> blocks = new ArrayList<>();

		Node(String title, int level) {
			this.title = title;
			this.level = level;
		}

		Section toSection() {
			StringBuilder body = new StringBuilder();
			StringBuilder markdown = new StringBuilder();
			Block previous = null;
			for (Block block : this.blocks) {
				body.append(body.length() > 0 ? "\n\n" : "").append(block.text());
				if (markdown.length() > 0) {
					// Items of one list stay together; anything else is a paragraph of
					// its own.
					boolean sameList = previous.kind == Block.Kind.LIST_ITEM && block.kind == Block.Kind.LIST_ITEM
							&& !block.blankBefore;
					markdown.append(sameList ? "\n" : "\n\n");
				}
				markdown.append(block.markdown());
				previous = block;
			}
			return new Section(this.title, this.level, body.toString(), markdown.toString());
		}

	}

	/**
	 * A block and where it stands.
	 *
	 * @param block the block
	 * @param section the topic it stands under, or {@code null} before the first topic
	 * @param structural the structural heading it stands under ("beslut", "agenda"), or
	 * {@code null}
	 */
	record Part(Block block, Node section, String structural) {

		String sectionTitle() {
			return (this.section != null) ? this.section.title : null;
		}

	}

	final List<Node> sections = new ArrayList<>();

	final List<Part> parts = new ArrayList<>();

	final List<String> agenda = new ArrayList<>();

	private Outline() {
	}

	static boolean isStructural(String title) {
		return STRUCTURAL.matcher(Text.trimEnd(title)).matches();
	}

	static boolean isAgendaHeading(String structural) {
		return structural != null && AGENDA.matcher(structural).matches();
	}

	static boolean isDecisionHeading(String structural) {
		return structural != null && DECISIONS.matcher(structural).matches();
	}

	static String cleanTitle(String text) {
		String s = NUMBERING.matcher(Text.plain(text)).replaceFirst("");
		return Text.trimEnd(MARKS.matcher(s).replaceAll(""));
	}

	static Outline of(List<Block> blocks) {
		Outline outline = new Outline();
		Headings headings = new Headings(blocks);
		record Open(int rank, boolean structural) {
		}
		Deque<Open> stack = new ArrayDeque<>();
		Node current = null;
		String structural = null;
		boolean seenHeading = false;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block.role == Block.Role.TITLE || block.role == Block.Role.SIGNATURE) {
				continue;
			}
			Headings.Candidate heading = headings.at(i);
			if (heading != null) {
				boolean isStructural = isStructural(heading.title()) || block.role == Block.Role.ATTENDANCE;
				while (!stack.isEmpty() && stack.peek().rank() >= heading.rank()) {
					stack.pop();
				}
				int depth = 1 + (int) stack.stream().filter((open) -> !open.structural()).count();
				if (!(heading.emphasis() && depth >= 2 && !isStructural)) {
					stack.push(new Open(heading.rank(), isStructural));
					seenHeading = true;
					if (isStructural) {
						current = null;
						structural = Text.key(Text.trimEnd(heading.title()));
					}
					else {
						current = new Node(heading.title(), depth);
						structural = null;
						outline.sections.add(current);
					}
					if (heading.rest() == null) {
						continue;
					}
					block = heading.rest();
				}
			}
			if (block.role != Block.Role.CONTENT) {
				continue;
			}
			if (block.kind == Block.Kind.LIST_ITEM && block.depth == 0 && ((!seenHeading && current == null)
					|| (structural != null && AGENDA.matcher(structural).matches()))) {
				outline.agenda.add(Text.trimEnd(block.text()));
			}
			if (current != null) {
				current.blocks.add(block);
			}
			outline.parts.add(new Part(block, current, structural));
		}
		if (outline.sections.isEmpty()) {
			outline.agenda.forEach((item) -> outline.sections.add(new Node(item, 1)));
		}
		return outline;
	}

}
