package se.samskapa.meetings;

/**
 * A group's minutes became public (or a new version of them did).
 *
 * @param meetingId the meeting
 * @param groupId its group
 * @param version the version now public, 1 for the first publication
 */
public record MinutesPublished(long meetingId, long groupId, int version) {
}
