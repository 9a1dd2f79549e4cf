package se.samskapa.meetings;

/**
 * Who answers for an action: a person, an organisation, or words ("gruppen", "respektive
 * organisation") when neither fits.
 *
 * @param personId a person in the directory
 * @param organisationId an organisation in the directory
 * @param label words, when there is no person or organisation
 */
public record Owner(Long personId, Long organisationId, String label) {

	public Owner {
		if (personId == null && organisationId == null && (label == null || label.isBlank())) {
			throw new IllegalArgumentException("An owner needs a person, an organisation or a label");
		}
	}

	public static Owner person(long personId) {
		return new Owner(personId, null, null);
	}

	public static Owner organisation(long organisationId) {
		return new Owner(null, organisationId, null);
	}

	public static Owner label(String label) {
		return new Owner(null, null, label.trim());
	}

}
