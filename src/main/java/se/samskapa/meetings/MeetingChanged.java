package se.samskapa.meetings;

/**
 * Something in a meeting changed: its time or place, attendance, agenda, notes,
 * decisions, actions or the state of its minutes. Listeners that keep copies (the search
 * index) read the meeting again.
 *
 * @param meetingId the meeting
 * @param groupId its group
 */
public record MeetingChanged(long meetingId, long groupId) {
}
