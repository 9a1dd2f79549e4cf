package se.samskapa.importer;

import java.util.List;

/**
 * One file of a batch.
 *
 * @param id the file's id
 * @param batchId its batch
 * @param position its place in the batch, from 1
 * @param name the file's name (with its path inside a zip)
 * @param format how its text was read ("UTF-8", "Windows-1252", "docx")
 * @param status where it stands
 * @param problem why it could not be read, as a message key, or {@code null}
 * @param problemArguments the arguments of that message
 * @param original the text as read, or {@code null}
 * @param draft what was recognised, as corrected so far, or {@code null}
 * @param meetingId the meeting it became, or the one it duplicates, or {@code null}
 * @param notes what to decide or know before saving
 */
public record ImportFileView(long id, long batchId, int position, String name, String format, ImportFileStatus status,
		String problem, List<Object> problemArguments, String original, ImportDraft draft, Long meetingId,
		List<ReviewNote> notes) {

	public ImportFileView {
		problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	public Object[] problemArgumentArray() {
		return problemArguments.toArray();
	}

	public boolean blocked() {
		return notes.stream().anyMatch(ReviewNote::blocking);
	}

}
