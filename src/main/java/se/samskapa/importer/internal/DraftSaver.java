package se.samskapa.importer.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.OrganisationView;
import se.samskapa.directory.PersonView;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.MemberView;
import se.samskapa.groups.WeekParity;
import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportDraft.DraftAction;
import se.samskapa.importer.ImportDraft.DraftDecision;
import se.samskapa.importer.ImportDraft.DraftPerson;
import se.samskapa.importer.ImportDraft.DraftRule;
import se.samskapa.importer.ImportDraft.DraftSection;
import se.samskapa.importer.ImportOptions;
import se.samskapa.importer.parsing.PartialDate;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.AttendanceStatus;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.meetings.MinutesManagement;
import se.samskapa.meetings.Owner;

/**
 * Saves a reviewed draft as a meeting: attendance (adding the people the directory
 * lacks), roles, agenda items with their notes, decisions and actions, and publishes the
 * minutes as approved when the batch says so. Runs inside the caller's transaction.
 */
@Component
class DraftSaver {

	/** Where the minutes have no headings, the whole text goes under one item. */
	static final String WHOLE_TEXT_TITLE = "Anteckningar";

	/**
	 * Stored with the action, so in the language of the minutes rather than of whoever
	 * reads them later.
	 */
	static final String OLD_ACTION_NOTE = "Från ett importerat protokoll. Uppföljningen skedde utanför Samskapa.";

	private static final Pattern OWNER_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\boch\\b|&|\\+)\\s*");

	private final DirectoryManagement directory;

	private final GroupManagement groups;

	private final MeetingManagement meetings;

	private final MinutesManagement minutes;

	private final ActionItemManagement actions;

	private final Clock clock;

	DraftSaver(DirectoryManagement directory, GroupManagement groups, MeetingManagement meetings,
			MinutesManagement minutes, ActionItemManagement actions, Clock clock) {
		this.directory = directory;
		this.groups = groups;
		this.meetings = meetings;
		this.minutes = minutes;
		this.actions = actions;
		this.clock = clock;
	}

	/**
	 * @param original the text the draft was read from, kept whole where the draft has no
	 * sections
	 * @return the meeting and how many people were added
	 */
	Saved save(ImportDraft draft, String original, ImportOptions options, String actor) {
		long groupId = draft.groupId();
		LocalDate date = draft.date();
		Optional<MeetingRule> rule = groups.rule(groupId);
		long meetingId = meetings.createImported(groupId, date, rule.map(MeetingRule::start).orElse(null),
				rule.map(MeetingRule::end).orElse(null), null);
		People people = new People(groupId);

		Map<Long, AttendanceStatus> attendance = new LinkedHashMap<>();
		Map<Long, String> organisationOf = new HashMap<>();
		for (DraftPerson person : draft.absent()) {
			long id = people.id(person);
			attendance.put(id, AttendanceStatus.ABSENT);
			organisationOf.put(id, person.organisation());
		}
		// Named in both lists (sent apologies, then came): present wins.
		for (DraftPerson person : draft.present()) {
			long id = people.id(person);
			attendance.put(id, AttendanceStatus.PRESENT);
			organisationOf.put(id, person.organisation());
		}
		attendance.forEach((id, status) -> {
			String label = organisationOf.get(id);
			meetings.recordAttendance(meetingId, id, status, !people.members.contains(id),
					organisation(label).map(OrganisationView::id).orElse(null), label);
		});
		Long noteTaker = draft.noteTaker() == null ? null : people.id(draft.noteTaker());
		Long adjuster = draft.adjuster() == null ? null : people.id(draft.adjuster());
		if (noteTaker != null || adjuster != null) {
			meetings.assignRoles(meetingId, noteTaker, adjuster);
		}

		List<Long> items = new ArrayList<>();
		List<DraftSection> sections = draft.sections().isEmpty()
				? List.of(new DraftSection(WHOLE_TEXT_TITLE, original == null ? "" : original)) : draft.sections();
		for (DraftSection section : sections) {
			String title = section.title() == null || section.title().isBlank() ? WHOLE_TEXT_TITLE : section.title();
			long itemId = minutes.addAgendaItem(meetingId, title, null, null, null);
			if (section.body() != null && !section.body().isBlank()) {
				minutes.saveNotes(itemId, section.body());
			}
			items.add(itemId);
		}
		for (DraftDecision decision : draft.decisions()) {
			if (decision.text() != null && !decision.text().isBlank()) {
				minutes.addDecision(meetingId, item(items, decision.section()), decision.text().strip());
			}
		}
		boolean old = options.closeOldActions() && date.plus(ImportOptions.OLD).isBefore(LocalDate.now(clock));
		for (DraftAction action : draft.actions()) {
			if (action.what() != null && !action.what().isBlank()) {
				long actionId = actions.create(meetingId, item(items, action.section()), action.what().strip(),
						people.owners(action.owners()), due(action.due(), date), actor);
				if (old) {
					actions.drop(actionId, null, actor, OLD_ACTION_NOTE);
				}
			}
		}
		if (draft.applyRule() && draft.rule() != null) {
			DraftRule stated = draft.rule();
			groups.setRule(groupId,
					new MeetingRule(DayOfWeek.of(stated.weekday()), WeekParity.valueOf(stated.parity()),
							LocalTime.parse(stated.start()), LocalTime.parse(stated.end()),
							rule.map(MeetingRule::place).orElse(null), date));
		}
		if (options.publish()) {
			minutes.publishArchived(meetingId, adjuster, date, actor);
		}
		return new Saved(meetingId, people.created);
	}

	private Optional<OrganisationView> organisation(String written) {
		return directory.findOrganisation(written);
	}

	private static Long item(List<Long> items, int section) {
		return section >= 0 && section < items.size() ? items.get(section) : null;
	}

	/**
	 * A due date as the draft writes it: an ISO date; a day without a year ("--03-09", "9
	 * mars"), the first such day after the meeting; "nästa möte"; or other words.
	 */
	static Due due(String written, LocalDate meeting) {
		if (written == null || written.isBlank()) {
			return Due.NONE;
		}
		String text = written.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.matches("(till )?(nästa|kommande) möte(t)?")) {
			return Due.nextMeeting(null);
		}
		Optional<PartialDate> day = PartialDate.find(text);
		if (day.isPresent() && text.length() <= 24) {
			PartialDate date = day.get();
			if (date.hasYear()) {
				return Due.on(date.toLocalDate().orElseThrow());
			}
			LocalDate sameYear = MonthDay.of(date.month(), date.day()).atYear(meeting.getYear());
			return Due.on(sameYear.isBefore(meeting) ? sameYear.plusYears(1) : sameYear);
		}
		return Due.text(text);
	}

	/** What saving did. */
	record Saved(long meetingId, int newPeople) {
	}

	/**
	 * The directory's people by name and alias, taken once per save; people added along
	 * the way join it, so a name written twice is one new person.
	 */
	private final class People {

		private final Map<String, Long> byName = new HashMap<>();

		private final Map<String, Long> byAlias = new HashMap<>();

		private final Map<String, List<Long>> membersByFirstName;

		private final Set<Long> members;

		private int created;

		People(long groupId) {
			for (PersonView person : directory.people()) {
				if (person.mergedIntoId() == null) {
					byName.merge(key(person.fullName()), person.id(), (a, b) -> -1L);
					person.aliases().forEach(alias -> byAlias.merge(key(alias), person.id(), (a, b) -> -1L));
				}
			}
			members = groups.members(groupId).stream().map(MemberView::personId).collect(Collectors.toSet());
			Map<Long, PersonView> memberViews = directory.people(members);
			membersByFirstName = memberViews.values()
				.stream()
				.collect(Collectors.groupingBy(p -> key(p.fullName().split(" ")[0]),
						Collectors.mapping(PersonView::id, Collectors.toList())));
		}

		long id(DraftPerson person) {
			if (person.personId() != null) {
				return directory.resolve(person.personId());
			}
			if (person.ambiguous()) {
				throw new IllegalStateException("An ambiguous name reached saving: " + person.written());
			}
			String name = person.name() == null || person.name().isBlank() ? person.written() : person.name();
			return known(name).orElseGet(() -> {
				long id = directory.createPerson(name.strip()).id();
				byName.put(key(name), id);
				created++;
				return id;
			});
		}

		Optional<Long> known(String name) {
			Long id = byName.get(key(name));
			if (id == null) {
				id = byAlias.get(key(name));
			}
			return id == null || id < 0 ? Optional.empty() : Optional.of(id);
		}

		/**
		 * Owners as written in the draft: people (full name, alias, or a first name
		 * unique in the group), organisations, or else the words themselves.
		 */
		List<Owner> owners(String written) {
			if (written == null || written.isBlank()) {
				return List.of();
			}
			Optional<Owner> whole = owner(written.strip());
			if (whole.isPresent()) {
				return List.of(whole.get());
			}
			List<Owner> owners = new ArrayList<>();
			for (String part : OWNER_SEPARATOR.split(written.strip())) {
				if (!part.isBlank()) {
					owners.add(owner(part).orElseGet(() -> Owner.label(part)));
				}
			}
			return owners.stream().distinct().toList();
		}

		private Optional<Owner> owner(String name) {
			Optional<Long> person = known(name);
			if (person.isEmpty() && !name.contains(" ")) {
				List<Long> sameFirstName = membersByFirstName.getOrDefault(key(name), List.of());
				if (sameFirstName.size() == 1) {
					person = Optional.of(sameFirstName.get(0));
				}
			}
			return person.map(Owner::person).or(() -> organisation(name).map(o -> Owner.organisation(o.id())));
		}

		private static String key(String name) {
			return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		}

	}

}
