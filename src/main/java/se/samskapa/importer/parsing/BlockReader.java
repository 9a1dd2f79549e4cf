package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text into {@link Block}s the way Markdown would (ATX and setext headings, list
 * items, fenced code, paragraphs), which also covers plain text: there every line run
 * between blank lines is a paragraph, and the recognisers decide later which of them are
 * headings or attendance entries.
 */
final class BlockReader {

	private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");

	private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-{2,})\\s*$");

	private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");

	private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+•–·]|\\d{1,2}[.)])\\s+(\\S.*)$");

	private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");

	private BlockReader() {
	}

	static List<Block> read(String text) {
		String[] lines = Text.normalise(text).split("\n", -1);
		Reader reader = new Reader();
		for (int i = 0; i < lines.length; i++) {
			i = reader.line(lines, i);
		}
		reader.flush();
		if (!reader.blocks.isEmpty()) {
			reader.blocks.get(reader.blocks.size() - 1).blankAfter = true;
		}
		return (reader.blankLines * 10 < lines.length && lines.length >= 6) ? onePerLine(reader.blocks) : reader.blocks;
	}

	/**
	 * Text from a word processor has one paragraph per line and no blank lines between
	 * them: there every line is a block of its own, as if blank lines stood around it.
	 */
	private static List<Block> onePerLine(List<Block> blocks) {
		List<Block> split = new ArrayList<>();
		for (Block block : blocks) {
			boolean several = block.kind == Block.Kind.PARAGRAPH || block.kind == Block.Kind.LIST_ITEM;
			if (!several || block.lines.size() == 1) {
				split.add(block);
				continue;
			}
			int from = 0;
			if (block.kind == Block.Kind.LIST_ITEM) {
				split.add(new Block(Block.Kind.LIST_ITEM, block.raw.subList(0, 1), 0, block.depth, block.marker));
				from = 1;
			}
			for (String line : block.raw.subList(from, block.raw.size())) {
				split.add(new Block(Block.Kind.PARAGRAPH, List.of(line), 0, 0, null));
			}
		}
		for (Block block : split) {
			block.blankBefore = true;
			block.blankAfter = true;
		}
		return split;
	}

	/** The state of one pass over the lines. */
	private static final class Reader {

		final List<Block> blocks = new ArrayList<>();

		final List<String> paragraph = new ArrayList<>();

		boolean paragraphBlankBefore;

		Block openItem;

		int blankLines;

		/** Whether the previous line was blank (or there was none). */
		boolean blank = true;

		/** Reads line {@code i}; returns the index of the last line it consumed. */
		int line(String[] lines, int i) {
			String line = stripEnd(lines[i]);
			char first = firstChar(line);
			Matcher fence = FENCE.matcher((first == '`' || first == '~') ? line : "");
			if (fence.find()) {
				List<String> code = new ArrayList<>();
				int j = i + 1;
				while (j < lines.length && !lines[j].trim().startsWith(fence.group(1))) {
					code.add(lines[j]);
					j++;
				}
				add(new Block(Block.Kind.CODE, code, 0, 0, null));
				return j;
			}
			String trimmed = line.trim();
			if (trimmed.isEmpty() || trimmed.equals("\\") || trimmed.startsWith("<!--")
					|| (trimmed.startsWith("![") && Text.plain(line).isEmpty())) {
				flush();
				this.openItem = null;
				if (!this.blocks.isEmpty()) {
					this.blocks.get(this.blocks.size() - 1).blankAfter = true;
				}
				this.blank = true;
				this.blankLines++;
				return i;
			}
			Matcher atx = ATX.matcher((first == '#') ? line : "");
			if (atx.matches()) {
				add(new Block(Block.Kind.HEADING, List.of(atx.group(2)), atx.group(1).length(), 0, null));
				return i;
			}
			Matcher item = ITEM.matcher(("-*+•–·".indexOf(first) >= 0 || Character.isDigit(first)) ? line : "");
			boolean isItem = item.matches();
			if (!isItem && this.paragraph.isEmpty() && this.openItem == null && i + 1 < lines.length
					&& "=-".indexOf(firstChar(lines[i + 1])) >= 0 && SETEXT.matcher(lines[i + 1]).matches()) {
				int level = lines[i + 1].trim().startsWith("=") ? 1 : 2;
				add(new Block(Block.Kind.HEADING, List.of(line.trim()), level, 0, null));
				return i + 1;
			}
			if ("*-_".indexOf(first) >= 0 && RULE.matcher(line).matches()) {
				flush();
				this.openItem = null;
				this.blank = true;
				return i;
			}
			if (isItem) {
				add(new Block(Block.Kind.LIST_ITEM, List.of(item.group(3)), 0, depth(item.group(1)), item.group(2)));
				return i;
			}
			if (this.openItem != null && !this.blank) {
				this.openItem.addLine(line.trim());
				return i;
			}
			this.openItem = null;
			if (this.paragraph.isEmpty()) {
				this.paragraphBlankBefore = this.blank || this.blocks.isEmpty();
			}
			this.paragraph.add(line.trim());
			this.blank = false;
			return i;
		}

		void add(Block block) {
			flush();
			block.blankBefore = this.blank || this.blocks.isEmpty();
			this.blocks.add(block);
			this.openItem = (block.kind == Block.Kind.LIST_ITEM) ? block : null;
			this.blank = false;
		}

		void flush() {
			if (this.paragraph.isEmpty()) {
				return;
			}
			Block block = new Block(Block.Kind.PARAGRAPH, this.paragraph, 0, 0, null);
			block.blankBefore = this.paragraphBlankBefore;
			this.blocks.add(block);
			this.paragraph.clear();
		}

	}

	/** The first character that is not a space, or a space for a blank line. */
	private static char firstChar(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) != ' ') {
				return line.charAt(i);
			}
		}
		return ' ';
	}

	private static int depth(String indent) {
		int width = indent.length();
		return (width < 2) ? 0 : Math.min(3, 1 + (width - 2) / 4);
	}

	private static String stripEnd(String line) {
		int end = line.length();
		while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end);
	}

}
