package se.samskapa.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a meeting page shows: the meeting, who was there, the agenda with its
 * minutes, decisions and actions, the follow-up of earlier actions and where the minutes
 * stand.
 *
 * @param id the meeting's id
 * @param groupId its group
 * @param groupName the group's name
 * @param groupSlug the group's name in URLs
 * @param date when
 * @param start when it begins
 * @param end when it ends
 * @param place where
 * @param title a title, for an extra meeting
 * @param origin how the meeting came to be
 * @param cancelled whether it was cancelled
 * @param status the state of the minutes
 * @param noteTaker who takes the notes
 * @param adjuster the appointed justerare, if any
 * @param submittedAt when the minutes were sent for approval
 * @param approvedBy who approved them
 * @param approvedAt when
 * @param publishedAt when they were published
 * @param minutesVersion the published version, 0 before publication
 * @param attendance everyone listed for the meeting
 * @param agenda the agenda items, in order
 * @param followUps the earlier actions this meeting follows up
 */
public record MeetingDetails(long id, long groupId, String groupName, String groupSlug, LocalDate date, LocalTime start,
		LocalTime end, String place, String title, MeetingOrigin origin, boolean cancelled, MinutesStatus status,
		PersonRef noteTaker, PersonRef adjuster, Instant submittedAt, PersonRef approvedBy, Instant approvedAt,
		Instant publishedAt, int minutesVersion, List<AttendanceView> attendance, List<AgendaItemView> agenda,
		List<ActionItemView> followUps) {

	public List<AttendanceView> present() {
		return attendance.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).toList();
	}

	public List<AttendanceView> absent() {
		return attendance.stream().filter(a -> a.status() != AttendanceStatus.PRESENT).toList();
	}

	public List<AgendaItemView> regularItems() {
		return agenda.stream().filter(i -> !i.followUp()).toList();
	}

	public Optional<AgendaItemView> followUpItem() {
		return agenda.stream().filter(AgendaItemView::followUp).findFirst();
	}

	public List<DecisionView> decisions() {
		return agenda.stream().flatMap(i -> i.decisions().stream()).toList();
	}

	public List<ActionItemView> actions() {
		return agenda.stream().flatMap(i -> i.actions().stream()).toList();
	}

	public boolean published() {
		return status == MinutesStatus.PUBLISHED;
	}

	public boolean draft() {
		return status == MinutesStatus.DRAFT;
	}

	public boolean hasParts() {
		return agenda.stream().anyMatch(i -> i.part() != null);
	}

	public Stream<Long> personIds() {
		return attendance.stream().map(AttendanceView::personId);
	}

	public MeetingSummary summary() {
		return new MeetingSummary(id, groupId, groupName, groupSlug, date, start, end, place, title, status, cancelled);
	}

}
