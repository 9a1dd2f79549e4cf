package se.samskapa.importer.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import se.samskapa.groups.GroupView;
import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportFileStatus;
import se.samskapa.importer.ImportOptions;
import se.samskapa.importer.ReviewNote;
import se.samskapa.importer.parsing.MinutesParser;
import se.samskapa.importer.parsing.ParseContext;
import se.samskapa.importer.parsing.ParsedMinutes;
import se.samskapa.importer.reading.SourceText;

/**
 * Reads one text into a draft: parses it against one state of the directory and decides
 * whether it looks like minutes at all. Made per batch; does not touch the database.
 */
final class FileImporter {

	private static final Pattern MINUTES_WORDS = Pattern
		.compile("protokoll|minnesanteckning|anteckningar|möte|sammanträde|dagordning|närvarande|justera");

	private final MinutesParser parser = new MinutesParser();

	private final ParseContext context;

	private final List<GroupView> groups;

	private final GroupView groupHint;

	FileImporter(ParseContext context, List<GroupView> groups, ImportOptions options) {
		this.groups = groups;
		this.groupHint = options.groupId() == null ? null
				: groups.stream().filter(g -> g.id() == options.groupId()).findFirst().orElse(null);
		this.context = context.withKnownGroups(groups.stream().map(GroupView::name).toList())
			.withDefaultYear(options.year());
	}

	Examined examine(SourceText text) {
		if (!text.readable()) {
			return new Examined(ImportFileStatus.UNREADABLE, null, null, text.problem(), text.problemArguments());
		}
		ParsedMinutes parsed = parser.parse(text.text(), context.withSource(text.name()).withFileDate(text.fileDate()));
		if (!looksLikeMinutes(parsed, text.text())) {
			return new Examined(ImportFileStatus.NOT_MINUTES, parsed, DraftBuilder.draft(parsed, groups, groupHint),
					"importer.file.not.minutes", List.of());
		}
		return new Examined(ImportFileStatus.NEEDS_REVIEW, parsed, DraftBuilder.draft(parsed, groups, groupHint), null,
				List.of());
	}

	/**
	 * Minutes show at least two of: a meeting date, a group, a present list, a note-taker
	 * or adjuster, decisions or actions, the words minutes use about themselves. A
	 * letter, a report or a recipe rarely shows two.
	 */
	static boolean looksLikeMinutes(ParsedMinutes parsed, String text) {
		int signs = 0;
		signs += parsed.date() != null ? 1 : 0;
		signs += parsed.group() != null ? 1 : 0;
		signs += parsed.present().isEmpty() ? 0 : 1;
		signs += parsed.noteTaker() != null || !parsed.adjusters().isEmpty() ? 1 : 0;
		signs += parsed.decisions().isEmpty() && parsed.actionItems().isEmpty() ? 0 : 1;
		String start = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
		signs += MINUTES_WORDS.matcher(start).find() ? 1 : 0;
		return signs >= 2;
	}

	/**
	 * What came of one text.
	 *
	 * @param status UNREADABLE, NOT_MINUTES, or NEEDS_REVIEW until the review decides
	 * @param parsed what the parser read, or {@code null}
	 * @param draft the draft, or {@code null}
	 * @param problem why it was not read as minutes, or {@code null}
	 * @param problemArguments that message's arguments
	 */
	record Examined(ImportFileStatus status, ParsedMinutes parsed, ImportDraft draft, String problem,
			List<Object> problemArguments) {

		String title() {
			return parsed == null ? null : parsed.title();
		}

	}

	/** Notes and status for a draft that reached review. */
	static ImportFileStatus statusOf(List<ReviewNote> notes) {
		return notes.stream().anyMatch(ReviewNote::blocking) ? ImportFileStatus.NEEDS_REVIEW : ImportFileStatus.READY;
	}

}
