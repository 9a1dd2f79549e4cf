package se.samskapa.importer.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * What reading a file gave: its text, or why it could not be read.
 *
 * @param name the file's name
 * @param text the text, or {@code null} when the file could not be read
 * @param format how the text was read ("UTF-8", "Windows-1252", "docx", …)
 * @param hash SHA-256 of the text with normalised line endings, to recognise a file read
 * before
 * @param fileDate the date in the file's metadata, if any
 * @param problem the message key of why the file could not be read, or {@code null}
 * @param problemArguments arguments of that message
 */
public record SourceText(String name, String text, String format, String hash, LocalDate fileDate, String problem,
		List<Object> problemArguments) {

	public SourceText {
		problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
	}

	static SourceText unreadable(String name, String problem, Object... arguments) {
		return new SourceText(name, null, null, null, null, problem, List.of(arguments));
	}

	public boolean readable() {
		return problem == null;
	}

}
