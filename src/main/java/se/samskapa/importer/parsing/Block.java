package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A piece of the document: a heading, a paragraph (one or more lines), a list item or a
 * code block. Lines are kept as written ({@code raw}) and without Markdown
 * ({@code lines}).
 */
final class Block {

	enum Kind {

		HEADING, PARAGRAPH, LIST_ITEM, CODE

	}

	/** What a recogniser has taken the block to be. */
	enum Role {

		CONTENT, TITLE, ATTENDANCE, SIGNATURE

	}

	final Kind kind;

	final List<String> raw;

	final List<String> lines;

	/** The Markdown heading level (ATX or setext), 0 for other blocks. */
	final int level;

	/** How deep a list item is nested, 0 at the top. */
	final int depth;

	/** The list marker as written ("-", "1."), or {@code null}. */
	final String marker;

	boolean blankBefore;

	boolean blankAfter;

	Role role = Role.CONTENT;

	private String text;

	private List<String> sentences;

	private String lower;

	Block(Kind kind, List<String> raw, int level, int depth, String marker) {
		this.kind = kind;
		this.raw = new ArrayList<>(raw);
		this.lines = new ArrayList<>();
		for (String line : raw) {
			this.lines.add(Text.plain(line));
		}
		this.level = level;
		this.depth = depth;
		this.marker = marker;
	}

	/** The lines joined into one text. */
	String text() {
		if (this.text == null) {
			this.text = this.lines.stream().filter((line) -> !line.isEmpty()).collect(Collectors.joining(" "));
		}
		return this.text;
	}

	/**
	 * The block as the writer wrote it, in Markdown: lines, list markers, code fences.
	 */
	String markdown() {
		return switch (this.kind) {
			case LIST_ITEM -> "  ".repeat(this.depth) + this.marker + " "
					+ String.join("\n" + "  ".repeat(this.depth + 1), this.raw).strip();
			case CODE -> "```\n" + String.join("\n", this.raw) + "\n```";
			case HEADING -> "#".repeat(Math.max(1, this.level)) + " " + String.join(" ", this.raw).strip();
			case PARAGRAPH -> this.raw.stream().map(String::strip).collect(Collectors.joining("\n"));
		};
	}

	/** {@link #text()} in lower case, for quick checks before the patterns. */
	String lower() {
		if (this.lower == null) {
			this.lower = text().toLowerCase(Text.SWEDISH);
		}
		return this.lower;
	}

	/** The sentences of {@link #text()}, split once for all the recognisers. */
	List<String> sentences() {
		if (this.sentences == null) {
			this.sentences = Sentences.split(text());
		}
		return this.sentences;
	}

	void addLine(String line) {
		this.raw.add(line);
		this.lines.add(Text.plain(line));
		this.text = null;
		this.sentences = null;
		this.lower = null;
	}

	boolean isNumbered() {
		return this.marker != null && Character.isDigit(this.marker.charAt(0));
	}

	/** A copy of the lines from {@code from} on, as a paragraph of its own. */
	Block tail(int from) {
		Block rest = new Block(Kind.PARAGRAPH, this.raw.subList(from, this.raw.size()), 0, 0, null);
		rest.blankBefore = true;
		rest.blankAfter = this.blankAfter;
		return rest;
	}

	/** The first {@code count} lines as a block of the same kind. */
	Block head(int count) {
		Block first = new Block(this.kind, this.raw.subList(0, count), this.level, this.depth, this.marker);
		first.blankBefore = this.blankBefore;
		first.blankAfter = true;
		return first;
	}

	@Override
	public String toString() {
		return this.kind + "(" + text() + ")";
	}

}
