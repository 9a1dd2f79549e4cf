package se.samskapa.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.MemberView;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.AttendanceStatus;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.meetings.MinutesManagement;
import se.samskapa.meetings.Owner;

/** Enters the five seed meetings as they were written, and the meetings around them. */
class DemoMeetings {

	private static final String ACTOR = "demo";

	private final DemoDirectory directory;

	private final DemoDates dates;

	private final GroupManagement groups;

	private final MeetingManagement meetings;

	private final MinutesManagement minutes;

	private final ActionItemManagement actions;

	private final Map<String, Long> seedMeetings = new HashMap<>();

	DemoMeetings(DemoDirectory directory, DemoDates dates, GroupManagement groups, MeetingManagement meetings,
			MinutesManagement minutes, ActionItemManagement actions) {
		this.directory = directory;
		this.dates = dates;
		this.groups = groups;
		this.meetings = meetings;
		this.minutes = minutes;
		this.actions = actions;
	}

	long seedMeeting(String seed) {
		return seedMeetings.get(seed);
	}

	LocalDate seedDate(DemoFiles.SeedMeeting seed) {
		return dates.inDemoYear(MonthDay.parse("--" + seed.monthDay()));
	}

	/**
	 * One seed meeting: attendance, sections, decisions and actions, approved and
	 * published.
	 */
	void load(DemoFiles.SeedMeeting seed) {
		long groupId = directory.group(seed.group());
		LocalDate date = seedDate(seed);
		long id = meetings.createImported(groupId, date, LocalTime.parse(seed.start()), LocalTime.parse(seed.end()),
				null);
		seedMeetings.put(seed.seed(), id);
		Set<Long> members = groups.members(groupId).stream().map(MemberView::personId).collect(Collectors.toSet());
		attend(id, seed.present(), AttendanceStatus.PRESENT, members);
		attend(id, seed.absent(), AttendanceStatus.ABSENT, members);
		if (seed.noteTaker() != null) {
			meetings.assignRoles(id, directory.person(seed.noteTaker()), null);
		}
		Map<String, Long> items = new HashMap<>();
		for (DemoFiles.Section section : seed.sections()) {
			long itemId = minutes.addAgendaItem(id, section.title(), null, null, null);
			minutes.saveNotes(itemId, section.notes());
			items.put(section.title(), itemId);
		}
		seed.decisions().forEach(d -> minutes.addDecision(id, items.get(d.section()), d.text()));
		for (DemoFiles.Action action : seed.actions()) {
			long actionId = actions.create(id, items.get(action.section()), action.what(), owners(action.owners()),
					due(action.due(), date), ACTOR);
			if ("DONE".equals(action.status())) {
				actions.markDone(actionId, null, ACTOR, null);
			}
		}
		long chair = groups.members(groupId)
			.stream()
			.filter(m -> m.role() == GroupRole.CHAIR)
			.findFirst()
			.map(MemberView::personId)
			.orElseThrow();
		// Approved and published a week after the meeting, as the real minutes were.
		minutes.publishArchived(id, chair, date.plusDays(7), ACTOR);
	}

	/**
	 * Seed 001 proposes four items for the coming Gemensam utvecklingsgrupp of 13 March:
	 * they land on that meeting's agenda.
	 */
	void proposalsFromSeed001(String fromSeed, String toGroup, String monthDay, List<String> titles) {
		long target = meetings.createExtra(directory.group(toGroup), dates.inDemoYear(MonthDay.parse("--" + monthDay)),
				LocalTime.of(13, 0), LocalTime.of(15, 0), "Bryggan", null);
		titles.forEach(title -> minutes.proposeItem(seedMeeting(fromSeed), target, title, null));
	}

	/** The next meeting of a group with a rule, prepared with its follow-up. */
	void prepareNext(String group) {
		long groupId = directory.group(group);
		groups.nextOccurrence(groupId, dates.today().plusDays(1))
			.ifPresent(o -> meetings.prepare(groupId, o.ruleDate()));
	}

	/** A coming extra meeting with an item a member proposed. */
	void upcomingExtra(String group, String proposer, String proposal) {
		LocalDate monday = dates.today().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		long id = meetings.createExtra(directory.group(group), monday, LocalTime.of(13, 0), LocalTime.of(15, 30),
				"Bryggan, Helsingborg", null);
		minutes.addAgendaItem(id, proposal, null, proposer, directory.person(proposer));
	}

	private void attend(long meetingId, List<DemoFiles.Attendee> attendees, AttendanceStatus status,
			Set<Long> members) {
		for (DemoFiles.Attendee attendee : attendees) {
			long personId = directory.person(attendee.name());
			meetings.recordAttendance(meetingId, personId, status, !members.contains(personId),
					directory.organisation(attendee.organisation()).orElse(null), attendee.organisation());
		}
	}

	private List<Owner> owners(List<String> names) {
		List<Owner> owners = new ArrayList<>();
		for (String name : names) {
			owners.add(directory.personIfKnown(name)
				.map(Owner::person)
				.or(() -> directory.organisation(name).map(Owner::organisation))
				.orElseGet(() -> Owner.label(name)));
		}
		return owners;
	}

	/** A due date after the meeting: "05-16" is the first 16 May on or after it. */
	private static Due due(String text, LocalDate meetingDate) {
		if (text == null) {
			return Due.NONE;
		}
		if (!Character.isDigit(text.charAt(0))) {
			return Due.text(text);
		}
		LocalDate date = MonthDay.parse("--" + text).atYear(meetingDate.getYear());
		return Due.on(date.isBefore(meetingDate) ? date.plusYears(1) : date);
	}

}
