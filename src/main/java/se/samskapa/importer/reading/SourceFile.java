package se.samskapa.importer.reading;

import java.time.LocalDate;

/**
 * A file handed to the importer: uploaded, given on the command line, or found in a zip.
 *
 * @param name the file's name (with its path inside a zip)
 * @param content its bytes
 * @param lastModified the file's date when known, a hint for the year of the meeting
 */
public record SourceFile(String name, byte[] content, LocalDate lastModified) {

	public SourceFile(String name, byte[] content) {
		this(name, content, null);
	}

}
