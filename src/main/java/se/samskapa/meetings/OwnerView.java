package se.samskapa.meetings;

/**
 * An action's owner, for display.
 *
 * @param personId the person, if a person
 * @param organisationId the organisation, if an organisation
 * @param name what to show
 */
public record OwnerView(Long personId, Long organisationId, String name) {
}
