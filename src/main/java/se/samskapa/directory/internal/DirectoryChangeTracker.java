package se.samskapa.directory.internal;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

import se.samskapa.shared.EventsOncePerTransaction;

import se.samskapa.directory.DirectoryChanged;

/** Announces {@link DirectoryChanged} whenever a person or an organisation is saved. */
@Component
class DirectoryChangeTracker {

	private final EventsOncePerTransaction events;

	DirectoryChangeTracker(EventsOncePerTransaction events) {
		this.events = events;
	}

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		if (event.getEntity() instanceof Person person) {
			events.publish(DirectoryChanged.person(person.getId()));
		}
		else if (event.getEntity() instanceof Organisation organisation) {
			events.publish(DirectoryChanged.organisation(organisation.getId()));
		}
	}

}
