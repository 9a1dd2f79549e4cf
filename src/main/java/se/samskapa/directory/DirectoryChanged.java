package se.samskapa.directory;

/**
 * A person or an organisation was added or changed (names, aliases, affiliations, a
 * merge).
 *
 * @param personId the person, or {@code null}
 * @param organisationId the organisation, or {@code null}
 */
public record DirectoryChanged(Long personId, Long organisationId) {

	public static DirectoryChanged person(long personId) {
		return new DirectoryChanged(personId, null);
	}

	public static DirectoryChanged organisation(long organisationId) {
		return new DirectoryChanged(null, organisationId);
	}

}
