package se.samskapa.groups.internal;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

import se.samskapa.shared.EventsOncePerTransaction;

import se.samskapa.groups.GroupChanged;

/** Announces {@link GroupChanged} whenever a group is saved. */
@Component
class GroupChangeTracker {

	private final EventsOncePerTransaction events;

	GroupChangeTracker(EventsOncePerTransaction events) {
		this.events = events;
	}

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		if (event.getEntity() instanceof Group group) {
			events.publish(new GroupChanged(group.getId()));
		}
	}

}
