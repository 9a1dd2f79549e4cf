package se.samskapa.importer;

import java.util.List;

import se.samskapa.importer.parsing.ParsedMinutes;

/**
 * What one file would give, in a dry run.
 *
 * @param name the file's name
 * @param status UNREADABLE, NOT_MINUTES, DUPLICATE, NEEDS_REVIEW or READY
 * @param problem why it cannot be imported, as a message key, or {@code null}
 * @param problemArguments that message's arguments
 * @param parsed what the parser read, or {@code null} for an unreadable file
 * @param draft the draft, or {@code null}
 * @param notes what would need a decision
 */
public record ImportPreview(String name, ImportFileStatus status, String problem, List<Object> problemArguments,
		ParsedMinutes parsed, ImportDraft draft, List<ReviewNote> notes) {

	public ImportPreview {
		problemArguments = List.copyOf(problemArguments);
		notes = List.copyOf(notes);
	}

}
