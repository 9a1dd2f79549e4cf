package se.samskapa.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.meetings.internal.AgendaItem;
import se.samskapa.meetings.internal.AgendaItemRepository;
import se.samskapa.meetings.internal.Decision;
import se.samskapa.meetings.internal.DecisionRepository;
import se.samskapa.meetings.internal.Meeting;
import se.samskapa.meetings.internal.MeetingRepository;
import se.samskapa.meetings.internal.MinutesVersions;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The agenda and the minutes: items (also those proposed by another group's meeting),
 * notes written per item with autosave, decisions, and the way from draft through
 * approval (justering) to publication. After publication a change needs a reason and
 * makes a new version; the earlier ones stay readable.
 */
@Service
@Transactional
public class MinutesManagement {

	private final MeetingRepository meetings;

	private final AgendaItemRepository agendaItems;

	private final DecisionRepository decisions;

	private final MinutesVersions versions;

	private final MeetingReader reader;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MinutesManagement(MeetingRepository meetings, AgendaItemRepository agendaItems, DecisionRepository decisions,
			MinutesVersions versions, MeetingReader reader, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.meetings = meetings;
		this.agendaItems = agendaItems;
		this.decisions = decisions;
		this.versions = versions;
		this.reader = reader;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// The agenda

	public long addAgendaItem(long meetingId, String title, AgendaPart part, String presenter,
			Long proposedByPersonId) {
		Meeting meeting = draft(meetingId);
		requireText(title, "agenda.title.required");
		AgendaItem item = new AgendaItem(meeting.getId(), nextPosition(meetingId), AgendaItem.Kind.REGULAR,
				title.trim(), part, blankToNull(presenter));
		item.proposedBy(proposedByPersonId, null);
		return agendaItems.save(item).getId();
	}

	/**
	 * Another group's meeting proposes an item for this meeting's agenda (seed 001
	 * proposes items for the next Gemensam utvecklingsgrupp).
	 */
	public long proposeItem(long fromMeetingId, long toMeetingId, String title, Long proposedByPersonId) {
		load(fromMeetingId);
		Meeting target = draft(toMeetingId);
		if (target.getId() == fromMeetingId) {
			throw new RuleViolation("agenda.proposal.same.meeting");
		}
		requireText(title, "agenda.title.required");
		AgendaItem item = new AgendaItem(target.getId(), nextPosition(toMeetingId), AgendaItem.Kind.REGULAR,
				title.trim(), null, null);
		item.proposedBy(proposedByPersonId, fromMeetingId);
		return agendaItems.save(item).getId();
	}

	public void describeAgendaItem(long itemId, String title, AgendaPart part, String presenter) {
		AgendaItem item = item(itemId);
		draft(item.getMeetingId());
		requireText(title, "agenda.title.required");
		item.describe(title.trim(), part, blankToNull(presenter));
		agendaItems.save(item);
	}

	/** Moves an item one step up or down the agenda. */
	public void moveAgendaItem(long itemId, boolean up) {
		AgendaItem item = item(itemId);
		draft(item.getMeetingId());
		if (item.getKind() == AgendaItem.Kind.FOLLOW_UP) {
			throw new RuleViolation("agenda.follow.up.fixed");
		}
		List<AgendaItem> items = agendaItems.findAllByMeetingIdOrderByPosition(item.getMeetingId())
			.stream()
			.filter(i -> i.getKind() == AgendaItem.Kind.REGULAR)
			.sorted(Comparator.comparingInt(AgendaItem::getPosition))
			.toList();
		int index = items.indexOf(items.stream().filter(i -> i.getId().equals(itemId)).findFirst().orElseThrow());
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= items.size()) {
			return;
		}
		AgendaItem neighbour = items.get(other);
		int position = item.getPosition();
		item.moveTo(neighbour.getPosition());
		neighbour.moveTo(position);
		agendaItems.save(item);
		agendaItems.save(neighbour);
	}

	public void removeAgendaItem(long itemId) {
		AgendaItem item = item(itemId);
		draft(item.getMeetingId());
		if (item.getKind() == AgendaItem.Kind.FOLLOW_UP) {
			throw new RuleViolation("agenda.follow.up.fixed");
		}
		agendaItems.delete(item);
	}

	// Notes and decisions

	/**
	 * Saves the notes of an agenda item (autosave calls this every few seconds while the
	 * note-taker types).
	 * @return when they were saved
	 */
	public Instant saveNotes(long itemId, String notes) {
		AgendaItem item = item(itemId);
		draft(item.getMeetingId());
		Instant now = clock.instant();
		item.writeNotes(notes, now);
		agendaItems.save(item);
		return now;
	}

	public long addDecision(long meetingId, Long agendaItemId, String text) {
		draft(meetingId);
		requireText(text, "decision.text.required");
		if (agendaItemId != null && item(agendaItemId).getMeetingId() != meetingId) {
			throw NotFoundException.of("agenda item", agendaItemId);
		}
		return decisions.save(new Decision(meetingId, agendaItemId, text.trim(), clock.instant())).getId();
	}

	public void removeDecision(long decisionId) {
		Decision decision = decisions.findById(decisionId)
			.orElseThrow(() -> NotFoundException.of("decision", decisionId));
		draft(decision.getMeetingId());
		decisions.delete(decision);
	}

	// Lifecycle

	/**
	 * The note-taker is done: the minutes wait for the chair's or the justerare's
	 * approval.
	 */
	public void submitForApproval(long meetingId, String actor) {
		Meeting meeting = load(meetingId);
		meeting.submit(clock.instant());
		meetings.save(meeting);
		audit.record(actor, "minutes", meetingId, "submitted", null);
	}

	public void approve(long meetingId, long approverPersonId, String actor) {
		Meeting meeting = load(meetingId);
		meeting.approve(approverPersonId, clock.instant());
		meetings.save(meeting);
		audit.record(actor, "minutes", meetingId, "approved", null);
	}

	/**
	 * Approved minutes go back to draft when something must be corrected before
	 * publication.
	 */
	public void reopen(long meetingId, String actor) {
		Meeting meeting = load(meetingId);
		meeting.reopen();
		meetings.save(meeting);
		audit.record(actor, "minutes", meetingId, "reopened", null);
	}

	/** Makes approved minutes public; their text is kept as version 1. */
	public void publish(long meetingId, String actor) {
		Meeting meeting = load(meetingId);
		int version = meeting.publish(clock.instant());
		meetings.save(meeting);
		versions.save(meetingId, version, reader.markdown(meetingId), actor, null);
		audit.record(actor, "minutes", meetingId, "published", "version " + version);
		events.publishEvent(new MinutesPublished(meetingId, meeting.getGroupId(), version));
	}

	/**
	 * Publishes the minutes of an archived meeting (imported from old files) as they
	 * were: approved by the given person, public since the given day.
	 */
	public void publishArchived(long meetingId, Long approverPersonId, LocalDate approvedOn, String actor) {
		Meeting meeting = load(meetingId);
		Instant at = approvedOn.atTime(12, 0).atZone(Dates.ZONE).toInstant();
		int version = meeting.publishArchived(approverPersonId, at);
		meetings.save(meeting);
		versions.save(meetingId, version, reader.markdown(meetingId), actor, null);
		audit.record(actor, "minutes", meetingId, "published", "archived minutes, approved " + approvedOn);
		events.publishEvent(new MinutesPublished(meetingId, meeting.getGroupId(), version));
	}

	/**
	 * Changes published minutes: the item texts and decisions given replace the old ones,
	 * the reason is required, and the result becomes a new version.
	 * @param notes new notes by agenda item id
	 * @param decisionTexts new decision texts by decision id; a blank text removes the
	 * decision
	 */
	public int revise(long meetingId, Map<Long, String> notes, Map<Long, String> decisionTexts, String reason,
			String actor) {
		Meeting meeting = load(meetingId);
		requireText(reason, "minutes.revision.reason.required");
		int version = meeting.revise();
		Instant now = clock.instant();
		notes.forEach((itemId, text) -> {
			AgendaItem item = item(itemId);
			if (item.getMeetingId() != meetingId) {
				throw NotFoundException.of("agenda item", itemId);
			}
			item.writeNotes(text, now);
			agendaItems.save(item);
		});
		decisionTexts.forEach((decisionId, text) -> {
			Decision decision = decisions.findById(decisionId)
				.filter(d -> d.getMeetingId() == meetingId)
				.orElseThrow(() -> NotFoundException.of("decision", decisionId));
			if (text == null || text.isBlank()) {
				decisions.delete(decision);
			}
			else {
				decision.rewrite(text.trim());
				decisions.save(decision);
			}
		});
		meetings.save(meeting);
		versions.save(meetingId, version, reader.markdown(meetingId), actor, reason.trim());
		audit.record(actor, "minutes", meetingId, "revised", "version " + version + ": " + reason.trim());
		events.publishEvent(new MinutesPublished(meetingId, meeting.getGroupId(), version));
		return version;
	}

	private int nextPosition(long meetingId) {
		return agendaItems.findAllByMeetingIdOrderByPosition(meetingId)
			.stream()
			.mapToInt(AgendaItem::getPosition)
			.max()
			.orElse(0) + 1;
	}

	private Meeting draft(long meetingId) {
		Meeting meeting = load(meetingId);
		meeting.requireDraft();
		return meeting;
	}

	private Meeting load(long meetingId) {
		return meetings.findById(meetingId).orElseThrow(() -> NotFoundException.of("meeting", meetingId));
	}

	private AgendaItem item(long itemId) {
		return agendaItems.findById(itemId).orElseThrow(() -> NotFoundException.of("agenda item", itemId));
	}

	private static void requireText(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(messageKey);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
