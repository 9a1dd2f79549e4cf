package se.samskapa.importer.parsing;

/**
 * A person named in a role (note-taker, chair, adjuster).
 *
 * @param written the name as written ("David", "/David", "Tomas Snäckerström")
 * @param resolution the name matched against the directory
 */
public record PersonMention(String written, Resolution resolution) {

	/** The resolved full name where there is one, else the name as written. */
	public String displayName() {
		return (this.resolution != null && this.resolution.name() != null) ? this.resolution.name() : this.written;
	}

}
