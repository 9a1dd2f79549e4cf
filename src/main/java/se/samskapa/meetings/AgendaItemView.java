package se.samskapa.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agenda item with its minutes.
 *
 * @param id the item's id
 * @param number its number on the agenda (1, 2, ...)
 * @param followUp whether this is the "Uppföljning" section
 * @param title the heading
 * @param part theme part or general part, if the meeting has parts
 * @param presenter who presents it
 * @param proposedBy the member who proposed it, if any
 * @param proposedFromGroup the group whose meeting proposed it, if any
 * @param proposedFromMeetingId that meeting
 * @param proposedFromDate that meeting's date
 * @param notes the minutes, in Markdown
 * @param notesSavedAt when they were last saved
 * @param version the item's version, for autosave
 * @param decisions decisions taken under it
 * @param actions action items given under it
 */
public record AgendaItemView(long id, int number, boolean followUp, String title, AgendaPart part, String presenter,
		PersonRef proposedBy, String proposedFromGroup, Long proposedFromMeetingId, LocalDate proposedFromDate,
		String notes, Instant notesSavedAt, int version, List<DecisionView> decisions, List<ActionItemView> actions) {

	public boolean hasContent() {
		return (notes != null && !notes.isBlank()) || !decisions.isEmpty() || !actions.isEmpty();
	}

}
