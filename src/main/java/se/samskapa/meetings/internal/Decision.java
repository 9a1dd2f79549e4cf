package se.samskapa.meetings.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** What a group settled at a meeting. */
@Table("meetings_decision")
public class Decision {

	@Id
	private Long id;

	private long meetingId;

	private Long agendaItemId;

	private String text;

	private Instant createdAt;

	Decision() {
	}

	public Decision(long meetingId, Long agendaItemId, String text, Instant createdAt) {
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.text = text;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public Long getAgendaItemId() {
		return agendaItemId;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public void rewrite(String text) {
		this.text = text;
	}

}
