package se.samskapa.meetings;

/**
 * A decision in the minutes.
 *
 * @param id the decision's id
 * @param agendaItemId the item it was taken under, if any
 * @param text what was decided
 */
public record DecisionView(long id, Long agendaItemId, String text) {
}
