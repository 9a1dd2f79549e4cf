package se.samskapa.meetings.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.samskapa.meetings.AgendaPart;

/** An item on a meeting's agenda and the minutes written for it. */
@Table("meetings_agenda_item")
public class AgendaItem {

	/** A regular item, or the follow-up of earlier action items. */
	public enum Kind {

		REGULAR, FOLLOW_UP

	}

	@Id
	private Long id;

	private long meetingId;

	private int position;

	private Kind kind = Kind.REGULAR;

	private String title;

	private AgendaPart part;

	private String presenter;

	private Long proposedByPersonId;

	private Long proposedFromMeetingId;

	private String notes = "";

	private Instant notesSavedAt;

	@Version
	private Integer version;

	AgendaItem() {
	}

	public AgendaItem(long meetingId, int position, Kind kind, String title, AgendaPart part, String presenter) {
		this.meetingId = meetingId;
		this.position = position;
		this.kind = kind;
		this.title = title;
		this.part = part;
		this.presenter = presenter;
	}

	public Long getId() {
		return id;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public int getPosition() {
		return position;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public AgendaPart getPart() {
		return part;
	}

	public String getPresenter() {
		return presenter;
	}

	public Long getProposedByPersonId() {
		return proposedByPersonId;
	}

	public Long getProposedFromMeetingId() {
		return proposedFromMeetingId;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getNotesSavedAt() {
		return notesSavedAt;
	}

	public Integer getVersion() {
		return version;
	}

	public void describe(String title, AgendaPart part, String presenter) {
		this.title = title;
		this.part = part;
		this.presenter = presenter;
	}

	public void proposedBy(Long personId, Long fromMeetingId) {
		this.proposedByPersonId = personId;
		this.proposedFromMeetingId = fromMeetingId;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public void writeNotes(String notes, Instant now) {
		this.notes = notes == null ? "" : notes;
		this.notesSavedAt = now;
	}

	public void replacePerson(long duplicateId, long survivorId) {
		if (Long.valueOf(duplicateId).equals(proposedByPersonId)) {
			proposedByPersonId = survivorId;
		}
	}

}
