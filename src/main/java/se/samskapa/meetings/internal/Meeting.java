package se.samskapa.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import se.samskapa.groups.Occurrence;
import se.samskapa.meetings.AttendanceStatus;
import se.samskapa.meetings.MeetingOrigin;
import se.samskapa.meetings.MinutesStatus;
import se.samskapa.shared.RuleViolation;

/** A meeting of a group, with its attendance and the state of its minutes. */
@Table("meetings_meeting")
public class Meeting {

	@Id
	private Long id;

	private long groupId;

	private LocalDate meetingDate;

	private LocalTime startTime;

	private LocalTime endTime;

	private String place;

	private String title;

	private MeetingOrigin origin;

	private LocalDate ruleDate;

	private boolean cancelled;

	private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

	private Long noteTakerId;

	private Long adjusterId;

	private Instant submittedAt;

	private Long approvedById;

	private Instant approvedAt;

	private Instant publishedAt;

	private int minutesVersion;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "meeting_id")
	private Set<Attendance> attendance = new LinkedHashSet<>();

	Meeting() {
	}

	public Meeting(long groupId, LocalDate date, LocalTime start, LocalTime end, String place, MeetingOrigin origin,
			LocalDate ruleDate) {
		this.groupId = groupId;
		this.meetingDate = date;
		this.startTime = start;
		this.endTime = end;
		this.place = place;
		this.origin = origin;
		this.ruleDate = ruleDate;
	}

	public Long getId() {
		return id;
	}

	public long getGroupId() {
		return groupId;
	}

	public LocalDate getMeetingDate() {
		return meetingDate;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public String getPlace() {
		return place;
	}

	public String getTitle() {
		return title;
	}

	public MeetingOrigin getOrigin() {
		return origin;
	}

	public LocalDate getRuleDate() {
		return ruleDate;
	}

	public boolean isCancelled() {
		return cancelled;
	}

	public MinutesStatus getMinutesStatus() {
		return minutesStatus;
	}

	public Long getNoteTakerId() {
		return noteTakerId;
	}

	public Long getAdjusterId() {
		return adjusterId;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Long getApprovedById() {
		return approvedById;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public int getMinutesVersion() {
		return minutesVersion;
	}

	public boolean isDraft() {
		return minutesStatus == MinutesStatus.DRAFT;
	}

	public boolean isPublished() {
		return minutesStatus == MinutesStatus.PUBLISHED;
	}

	public void reschedule(LocalDate date, LocalTime start, LocalTime end, String place, String title) {
		if (start != null && end != null && !end.isAfter(start)) {
			throw new RuleViolation("meeting.end.before.start");
		}
		this.meetingDate = date;
		this.startTime = start;
		this.endTime = end;
		this.place = place;
		this.title = title;
	}

	/**
	 * Takes the date, time, place and cancellation the rule now gives this occurrence.
	 * @return whether anything changed
	 */
	public boolean follow(Occurrence occurrence) {
		boolean changed = occurrence.cancelled() != cancelled;
		cancelled = occurrence.cancelled();
		if (!occurrence.cancelled()) {
			changed |= !occurrence.date().equals(meetingDate) || !Objects.equals(occurrence.start(), startTime)
					|| !Objects.equals(occurrence.end(), endTime) || !Objects.equals(occurrence.place(), place);
			meetingDate = occurrence.date();
			startTime = occurrence.start();
			endTime = occurrence.end();
			place = occurrence.place();
		}
		return changed;
	}

	public void setCancelled(boolean cancelled) {
		this.cancelled = cancelled;
	}

	public void assignRoles(Long noteTakerId, Long adjusterId) {
		this.noteTakerId = noteTakerId;
		this.adjusterId = adjusterId;
	}

	public void putAttendance(long personId, AttendanceStatus status, boolean guest, Long organisationId,
			String organisationLabel) {
		Optional<Attendance> previous = attendanceOf(personId);
		attendance.removeIf(a -> a.personId() == personId);
		Long organisation = organisationId != null ? organisationId
				: previous.map(Attendance::organisationId).orElse(null);
		String label = organisationLabel != null ? organisationLabel
				: previous.map(Attendance::organisationLabel).orElse(null);
		attendance.add(new Attendance(personId, status, guest || previous.map(Attendance::guest).orElse(false),
				organisation, label));
	}

	public void removeAttendance(long personId) {
		attendance.removeIf(a -> a.personId() == personId);
	}

	public boolean replacePerson(long duplicateId, long survivorId) {
		boolean changed = false;
		Optional<Attendance> duplicate = attendanceOf(duplicateId);
		if (duplicate.isPresent()) {
			attendance.remove(duplicate.get());
			if (attendanceOf(survivorId).isEmpty()) {
				Attendance a = duplicate.get();
				attendance
					.add(new Attendance(survivorId, a.status(), a.guest(), a.organisationId(), a.organisationLabel()));
			}
			changed = true;
		}
		if (Long.valueOf(duplicateId).equals(noteTakerId)) {
			noteTakerId = survivorId;
			changed = true;
		}
		if (Long.valueOf(duplicateId).equals(adjusterId)) {
			adjusterId = survivorId;
			changed = true;
		}
		if (Long.valueOf(duplicateId).equals(approvedById)) {
			approvedById = survivorId;
			changed = true;
		}
		return changed;
	}

	public Optional<Attendance> attendanceOf(long personId) {
		return attendance.stream().filter(a -> a.personId() == personId).findFirst();
	}

	public List<Attendance> getAttendance() {
		return attendance.stream().sorted(Comparator.comparing(Attendance::guest)).toList();
	}

	public void requireDraft() {
		if (minutesStatus != MinutesStatus.DRAFT) {
			throw new RuleViolation("minutes.not.draft");
		}
	}

	public void submit(Instant now) {
		requireDraft();
		submittedAt = now;
	}

	public void approve(long approverPersonId, Instant now) {
		requireDraft();
		minutesStatus = MinutesStatus.APPROVED;
		approvedById = approverPersonId;
		approvedAt = now;
	}

	/**
	 * Approved minutes go back to draft when something must be corrected before
	 * publication.
	 */
	public void reopen() {
		if (minutesStatus != MinutesStatus.APPROVED) {
			throw new RuleViolation("minutes.not.approved");
		}
		minutesStatus = MinutesStatus.DRAFT;
		approvedById = null;
		approvedAt = null;
		submittedAt = null;
	}

	public int publish(Instant now) {
		if (minutesStatus != MinutesStatus.APPROVED) {
			throw new RuleViolation("minutes.not.approved");
		}
		minutesStatus = MinutesStatus.PUBLISHED;
		publishedAt = now;
		minutesVersion = 1;
		return minutesVersion;
	}

	/**
	 * Minutes of a meeting long past, read from an archive: approved and published as of
	 * the given moment.
	 */
	public int publishArchived(Long approverPersonId, Instant approvedAt) {
		if (origin != MeetingOrigin.IMPORTED) {
			throw new RuleViolation("minutes.archive.only.imported");
		}
		requireDraft();
		minutesStatus = MinutesStatus.PUBLISHED;
		approvedById = approverPersonId;
		this.approvedAt = approvedAt;
		publishedAt = approvedAt;
		minutesVersion = 1;
		return minutesVersion;
	}

	/** A published change: the next version number. */
	public int revise() {
		if (minutesStatus != MinutesStatus.PUBLISHED) {
			throw new RuleViolation("minutes.not.published");
		}
		return ++minutesVersion;
	}

	/**
	 * One person's attendance at the meeting.
	 *
	 * @param personId who
	 * @param status present or absent
	 * @param guest a guest rather than a member of the group
	 * @param organisationId the organisation they came for
	 * @param organisationLabel the organisation or role as written
	 */
	@Table("meetings_attendance")
	public record Attendance(long personId, AttendanceStatus status, boolean guest, Long organisationId,
			String organisationLabel) {
	}

}
