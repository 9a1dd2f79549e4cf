package se.samskapa.shared;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an event once per transaction however often it is announced, just before the
 * transaction commits: saving a meeting's ten items is one "meeting changed", not ten.
 * Published before commit, the events are stored with the change (Spring Modulith's event
 * publication registry) and reach listeners only if the change is committed. Outside a
 * transaction the event is published at once.
 */
@Component
public class EventsOncePerTransaction {

	private final ApplicationEventPublisher events;

	EventsOncePerTransaction(ApplicationEventPublisher events) {
		this.events = events;
	}

	public void publish(Object event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			events.publishEvent(event);
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.events.add(event);
	}

	private final class Pending implements TransactionSynchronization {

		private final Set<Object> events = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			events.forEach(EventsOncePerTransaction.this.events::publishEvent);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(EventsOncePerTransaction.this);
		}

	}

}
