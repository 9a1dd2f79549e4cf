package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the present and absent lists: a label ("Närvarande", "Deltagare", "Frånvarande",
 * "Anmält förhinder", as a heading, a line of its own or "Närvarande: A, B") followed by
 * entries one per line, bulleted, separated by blank lines or Markdown line breaks, or
 * several on one line. The entries themselves are read by {@link AttendeeLine}.
 */
final class AttendanceRecogniser {

	private static final Pattern PRESENT = Pattern.compile("(?iu)(?:närvarande(?: [\\p{L}-]+){0,3}"
			+ "|övriga närvarande|deltagare(?: [\\p{L}-]+){0,2}|deltog|närvaro(?:lista)?|ledamöter|tjänstgörande ersättare"
			+ "|ersättare|adjungerade)");

	private static final Pattern ABSENT = Pattern.compile("(?iu)(?:frånvarande(?: [\\p{L}-]+){0,2}|ej närvarande"
			+ "|anmält förhinder|anmäld frånvaro|förhinder|förhindrade|saknades|frånvaro)");

	private static final Pattern LABEL = Pattern.compile("(?iu)^(?:\\*\\*)?(" + PRESENT.pattern() + "|"
			+ ABSENT.pattern() + ")(?:\\s*\\([^)]*\\))?(?:\\*\\*)?\\s*(?::\\s*(?:\\*\\*)?\\s*(.*))?$");

	private static final Pattern TABLE_HEADER = Pattern.compile("namn|name|deltagare|person|organisation|närvarande");

	private static final Pattern INITIAL_END = Pattern.compile("\\s\\p{Lu}\\.$");

	private static final String[] LABEL_STARTS = { "**", "närv", "övrig", "deltag", "deltog", "ledamö", "tjänst",
			"ersätt", "adjung", "frånv", "ej nä", "anmäl", "förhin", "saknad" };

	private final NameShapes shapes;

	AttendanceRecogniser(NameShapes shapes) {
		this.shapes = shapes;
	}

	/** What the lists gave. */
	record Attendance(List<Attendee> present, List<Attendee> absent, String noteTaker, String chair) {
	}

	Attendance recognise(List<Block> blocks) {
		AttendeeLine reader = new AttendeeLine(this.shapes);
		List<Attendee> present = new ArrayList<>();
		List<Attendee> absent = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block.role != Block.Role.CONTENT || block.kind == Block.Kind.CODE) {
				continue;
			}
			Matcher label = LABEL.matcher(mayBeLabel(block.lines.get(0)) ? block.lines.get(0) : "");
			if (!label.matches()) {
				continue;
			}
			List<Attendee> target = isAbsent(label.group(1)) ? absent : present;
			block.role = Block.Role.ATTENDANCE;
			boolean inline = label.group(2) != null && !label.group(2).isBlank();
			if (inline) {
				target.addAll(reader.read(label.group(2), true));
			}
			int last = entries(blocks, i, 1, target, present, absent, reader);
			// "Närvarande: A, B" says it all on its line: what follows a blank line is no
			// entry.
			i = inline ? Math.min(last, i) : last;
		}
		return new Attendance(present, absent, reader.noteTaker(), reader.chair());
	}

	/**
	 * Reads entries from line {@code from} of block {@code i} on; returns the last block
	 * used.
	 */
	private int entries(List<Block> blocks, int i, int from, List<Attendee> target, List<Attendee> present,
			List<Attendee> absent, AttendeeLine reader) {
		List<Attendee> current = target;
		int line = from;
		int index = i;
		while (index < blocks.size()) {
			Block block = blocks.get(index);
			if (line == 0 && (block.kind == Block.Kind.CODE || block.role != Block.Role.CONTENT)) {
				return index - 1;
			}
			if (line == 0 && block.kind == Block.Kind.HEADING) {
				Matcher label = LABEL.matcher(block.lines.get(0));
				if (!label.matches()) {
					return index - 1;
				}
				current = isAbsent(label.group(1)) ? absent : present;
				block.role = Block.Role.ATTENDANCE;
				index++;
				continue;
			}
			for (; line < block.lines.size(); line++) {
				String text = block.lines.get(line);
				Matcher label = LABEL.matcher(text);
				if (label.matches()) {
					current = isAbsent(label.group(1)) ? absent : present;
					if (label.group(2) != null && !label.group(2).isBlank()) {
						current.addAll(reader.read(label.group(2), true));
					}
					continue;
				}
				if (text.startsWith("|")) {
					if (!isTableDecoration(text)) {
						current.addAll(reader.read(text, false));
					}
					continue;
				}
				if (!isEntry(text, block, blocks, index, reader)) {
					if (line > 0) {
						blocks.set(index, block.head(line));
						blocks.get(index).role = Block.Role.ATTENDANCE;
						blocks.add(index + 1, block.tail(line));
						return index;
					}
					return index - 1;
				}
				current.addAll(reader.read(text, false));
			}
			block.role = Block.Role.ATTENDANCE;
			line = 0;
			index++;
		}
		return index - 1;
	}

	/**
	 * Whether a line reads as an entry. A lone line that is not a known person's name and
	 * is followed by prose is a heading ("Lokalfrågan"), which ends the list.
	 */
	private boolean isEntry(String text, Block block, List<Block> blocks, int index, AttendeeLine reader) {
		if (text.isEmpty() || text.length() > 120 || (text.endsWith(".") && !INITIAL_END.matcher(text).find())
				|| text.endsWith(":") || text.endsWith("?")) {
			return false;
		}
		char lead = text.charAt(0);
		if (lead == '§' || Character.isDigit(lead)) {
			return false;
		}
		String first = reader.leadingName(AttendeeLine.firstPiece(text));
		if (Text.words(first).length > 5 || first.isEmpty()) {
			return false;
		}
		boolean lone = block.lines.size() == 1 && text.indexOf(',') < 0 && text.indexOf('(') < 0
				&& block.kind == Block.Kind.PARAGRAPH;
		if (!lone) {
			return this.shapes.isPersonName(first) || this.shapes.isOrganisation(first) || text.indexOf(',') > 0;
		}
		if (!this.shapes.isPersonName(first)) {
			// A lone organisation ("Bryggan", "RSMH") attends too, unless prose follows
			// it.
			return this.shapes.isOrganisation(first) && !nextIsProse(blocks, index);
		}
		return this.shapes.isKnownPersonName(first) || !nextIsProse(blocks, index);
	}

	/** The header or rule row of a Markdown table: part of the list, but no entry. */
	private static boolean isTableDecoration(String text) {
		String row = AttendeeLine.tableRow(text);
		boolean rule = row.chars().allMatch((c) -> c == '-' || c == ':' || c == ',' || c == ' ');
		return rule || TABLE_HEADER.matcher(Text.key(AttendeeLine.firstPiece(row))).matches();
	}

	private static boolean nextIsProse(List<Block> blocks, int index) {
		if (index + 1 >= blocks.size()) {
			return false;
		}
		Block next = blocks.get(index + 1);
		String text = next.text();
		return next.kind == Block.Kind.PARAGRAPH && (text.length() > 60 || Text.endsSentence(text));
	}

	/** Every label begins with one of these; most lines do not, and skip the pattern. */
	private static boolean mayBeLabel(String line) {
		if (line.length() > 300) {
			return false;
		}
		String start = line.substring(0, Math.min(line.length(), 6)).toLowerCase(Text.SWEDISH);
		for (String stem : LABEL_STARTS) {
			if (start.startsWith(stem)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAbsent(String label) {
		return ABSENT.matcher(label).matches();
	}

}
