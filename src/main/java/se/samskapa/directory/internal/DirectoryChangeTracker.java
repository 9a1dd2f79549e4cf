package se.samskapa.directory.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

import se.samskapa.directory.DirectoryChanged;

/** Announces {@link DirectoryChanged} whenever a person or an organisation is saved. */
@Component
class DirectoryChangeTracker {

	private final ApplicationEventPublisher events;

	DirectoryChangeTracker(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		if (event.getEntity() instanceof Person person) {
			events.publishEvent(DirectoryChanged.person(person.getId()));
		}
		else if (event.getEntity() instanceof Organisation organisation) {
			events.publishEvent(DirectoryChanged.organisation(organisation.getId()));
		}
	}

}
