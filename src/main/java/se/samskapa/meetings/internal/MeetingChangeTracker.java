package se.samskapa.meetings.internal;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.relational.core.mapping.event.RelationalEvent;
import org.springframework.stereotype.Component;

import se.samskapa.meetings.MeetingChanged;
import se.samskapa.shared.EventsOncePerTransaction;

/**
 * Announces {@link MeetingChanged} once per meeting and transaction, whatever part of the
 * meeting was saved or deleted: the meeting, an agenda item, a decision, an action.
 */
@Component
class MeetingChangeTracker {

	private final EventsOncePerTransaction events;

	private final MeetingRepository meetings;

	MeetingChangeTracker(EventsOncePerTransaction events, MeetingRepository meetings) {
		this.events = events;
		this.meetings = meetings;
	}

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		track(event);
	}

	@EventListener
	void deleting(BeforeDeleteEvent<?> event) {
		track(event);
	}

	private void track(RelationalEvent<?> event) {
		Object entity = event.getEntity();
		if (entity instanceof Meeting meeting) {
			events.publish(new MeetingChanged(meeting.getId(), meeting.getGroupId()));
		}
		else if (entity instanceof ActionItem action) {
			events.publish(new MeetingChanged(action.getMeetingId(), action.getGroupId()));
		}
		else if (entity instanceof AgendaItem item) {
			changed(item.getMeetingId());
		}
		else if (entity instanceof Decision decision) {
			changed(decision.getMeetingId());
		}
	}

	private void changed(long meetingId) {
		meetings.findById(meetingId)
			.ifPresent(meeting -> events.publish(new MeetingChanged(meetingId, meeting.getGroupId())));
	}

}
