package se.samskapa.meetings.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.relational.core.mapping.event.RelationalEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.samskapa.meetings.MeetingChanged;

/**
 * Announces {@link MeetingChanged} once per meeting and transaction, whatever part of the
 * meeting was saved or deleted (the meeting, an agenda item, a decision, an action). The
 * event is published just before commit, so it is stored with the change and listeners
 * see it only if the change is committed.
 */
@Component
class MeetingChangeTracker {

	private final ApplicationEventPublisher events;

	private final MeetingRepository meetings;

	MeetingChangeTracker(ApplicationEventPublisher events, MeetingRepository meetings) {
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
			changed(meeting.getId(), meeting.getGroupId());
		}
		else if (entity instanceof ActionItem action) {
			changed(action.getMeetingId(), action.getGroupId());
		}
		else if (entity instanceof AgendaItem item) {
			changed(item.getMeetingId(), null);
		}
		else if (entity instanceof Decision decision) {
			changed(decision.getMeetingId(), null);
		}
	}

	private void changed(long meetingId, Long groupId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Changes changes = (Changes) TransactionSynchronizationManager.getResource(Changes.class);
		if (changes == null) {
			changes = new Changes();
			TransactionSynchronizationManager.bindResource(Changes.class, changes);
			TransactionSynchronizationManager.registerSynchronization(changes);
		}
		changes.meetings.merge(meetingId, groupId == null ? -1L : groupId, (a, b) -> a >= 0 ? a : b);
	}

	private final class Changes implements TransactionSynchronization {

		private final Map<Long, Long> meetings = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			meetings.forEach((meetingId, groupId) -> {
				long group = groupId >= 0 ? groupId
						: MeetingChangeTracker.this.meetings.findById(meetingId).map(Meeting::getGroupId).orElse(-1L);
				if (group >= 0) {
					events.publishEvent(new MeetingChanged(meetingId, group));
				}
			});
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Changes.class);
		}

	}

}
