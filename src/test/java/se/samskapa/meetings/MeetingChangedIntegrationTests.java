package se.samskapa.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.samskapa.directory.DirectoryChanged;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupManagement;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever part of a meeting changes, other modules hear one {@link MeetingChanged} per
 * meeting and transaction; a changed person or organisation is announced too.
 */
@SamskapaTest
@RecordApplicationEvents
class MeetingChangedIntegrationTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MinutesManagement minutes;

	@Autowired
	ActionItemManagement actions;

	@Autowired
	MeetingReader reader;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	ApplicationEvents events;

	@Test
	void everyChangeToAMeetingIsAnnouncedOncePerTransaction() {
		long group = groups.createGroup("Händelseprovet", GroupKind.WORKING, null, null).id();
		long meeting = meetings.createExtra(group, LocalDate.of(2026, 12, 3), LocalTime.of(9, 0), LocalTime.of(10, 0),
				null, null);
		long item = minutes.addAgendaItem(meeting, "Budget", null, null, null);
		minutes.saveNotes(item, "Ett utkast");
		long decision = minutes.addDecision(meeting, item, "Budgeten antas");
		actions.create(meeting, item, "Skicka budgeten", List.of(), Due.NONE, "test");
		minutes.removeDecision(decision);

		// One per call above (each its own transaction): created, item, notes, decision,
		// action, removed decision.
		assertThat(events.stream(MeetingChanged.class)).hasSize(6)
			.allMatch(e -> e.meetingId() == meeting && e.groupId() == group);

		minutes.approve(meeting, directory.createPerson("Provande Ordförande").id(), "test");
		minutes.publish(meeting, "test");
		long changesBefore = events.stream(MeetingChanged.class).count();
		minutes.revise(meeting, Map.of(item, "Rättad text"), Map.of(), "Rättelse", "test");
		// A revision saves the meeting and its items, and is still one change.
		assertThat(events.stream(MeetingChanged.class).count() - changesBefore).isEqualTo(1);
		assertThat(reader.details(meeting).regularItems().get(0).notes()).isEqualTo("Rättad text");
	}

	@Test
	void aChangedPersonIsAnnounced() {
		long person = directory.createPerson("Ny Person").id();
		directory.addAlias(person, "Nyan");
		assertThat(events.stream(DirectoryChanged.class)).extracting(DirectoryChanged::personId)
			.containsExactly(person, person);
	}

}
