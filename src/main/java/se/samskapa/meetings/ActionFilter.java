package se.samskapa.meetings;

/**
 * Which open action items to list.
 *
 * @param groupId only this group's, or {@code null}
 * @param personId only those this person owns, or {@code null}
 * @param organisationId only those the organisation owns, or its people own, or
 * {@code null}
 * @param overdueOnly only those past their due date
 */
public record ActionFilter(Long groupId, Long personId, Long organisationId, boolean overdueOnly) {

	public static final ActionFilter ALL = new ActionFilter(null, null, null, false);

}
