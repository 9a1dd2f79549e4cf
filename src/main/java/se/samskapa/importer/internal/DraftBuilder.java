package se.samskapa.importer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.samskapa.groups.GroupView;
import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportDraft.Candidate;
import se.samskapa.importer.ImportDraft.DraftAction;
import se.samskapa.importer.ImportDraft.DraftDecision;
import se.samskapa.importer.ImportDraft.DraftPerson;
import se.samskapa.importer.ImportDraft.DraftRule;
import se.samskapa.importer.ImportDraft.DraftSection;
import se.samskapa.importer.parsing.ActionItem;
import se.samskapa.importer.parsing.Attendee;
import se.samskapa.importer.parsing.Decision;
import se.samskapa.importer.parsing.KnownPerson;
import se.samskapa.importer.parsing.Owner;
import se.samskapa.importer.parsing.ParseWarning;
import se.samskapa.importer.parsing.ParsedMinutes;
import se.samskapa.importer.parsing.PersonMention;
import se.samskapa.importer.parsing.Resolution;
import se.samskapa.importer.parsing.Section;
import se.samskapa.importer.parsing.StatedMeetingRule;

/** Turns what the parser recognised into the draft the coordinator reviews. */
final class DraftBuilder {

	private DraftBuilder() {
	}

	/**
	 * @param groupHint the group given for the whole batch, which wins over the title
	 */
	static ImportDraft draft(ParsedMinutes minutes, List<GroupView> groups, GroupView groupHint) {
		GroupView group = groupHint != null ? groupHint : group(groups, minutes.group()).orElse(null);
		LocalDate date = minutes.date() == null ? null : minutes.date().date().toLocalDate().orElse(null);
		List<String> organisationsPresent = new ArrayList<>();
		List<DraftPerson> present = people(minutes.present(), organisationsPresent);
		List<DraftPerson> absent = people(minutes.absent(), new ArrayList<>());
		List<DraftSection> sections = minutes.sections()
			.stream()
			.map(s -> new DraftSection(s.title(), s.markdown() == null ? "" : s.markdown().strip()))
			.toList();
		List<DraftDecision> decisions = new ArrayList<>();
		for (Decision decision : minutes.decisions()) {
			decisions.add(new DraftDecision(sectionIndex(minutes.sections(), decision.section()), decision.text()));
		}
		List<DraftAction> actions = new ArrayList<>();
		for (ActionItem action : minutes.actionItems()) {
			actions.add(new DraftAction(sectionIndex(minutes.sections(), action.section()), action.what(),
					owners(action.owners()), action.due() == null ? null : action.due().text()));
		}
		List<String> warnings = minutes.warnings()
			.stream()
			.map(ParseWarning::code)
			.distinct()
			.map(code -> "importer.warning." + code.name())
			.toList();
		boolean unsure = minutes.date() != null && minutes.date().unsure() && date != null;
		return new ImportDraft(minutes.title(), group == null ? null : group.id(), minutes.group(), date,
				minutes.date() == null ? null : minutes.date().written(), present, absent, person(minutes.noteTaker()),
				minutes.adjusters().isEmpty() ? null : person(minutes.adjusters().get(0)), sections, decisions, actions,
				organisationsPresent, rule(minutes.meetingRule()), false, unsure, false, warnings);
	}

	static java.util.Optional<GroupView> group(List<GroupView> groups, String name) {
		if (name == null || name.isBlank()) {
			return java.util.Optional.empty();
		}
		return groups.stream().filter(g -> g.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	private static List<DraftPerson> people(List<Attendee> attendees, List<String> organisationsOnly) {
		List<DraftPerson> people = new ArrayList<>();
		for (Attendee attendee : attendees) {
			if (attendee.isOrganisationOnly()) {
				organisationsOnly.add(attendee.organisation());
				continue;
			}
			if (attendee.resolution() != null && attendee.resolution().organisation() != null) {
				// "SOF" alone on a line of the present list
				organisationsOnly.add(attendee.resolution().organisation().name());
				continue;
			}
			people.add(person(attendee.name(), attendee.organisation(), attendee.resolution()));
		}
		return people;
	}

	private static DraftPerson person(PersonMention mention) {
		return mention == null ? null : person(mention.written(), null, mention.resolution());
	}

	private static DraftPerson person(String written, String organisation, Resolution resolution) {
		if (resolution == null) {
			return new DraftPerson(written, organisation, null, written, null, List.of());
		}
		return switch (resolution.outcome()) {
			case RESOLVED -> resolution.person() != null
					? new DraftPerson(written, organisation, Long.valueOf(resolution.person().id()),
							resolution.person().name(), resolution.match().name(), List.of())
					: new DraftPerson(written, organisation, null, written, null, List.of());
			case AMBIGUOUS -> new DraftPerson(written, organisation, null, written, null,
					resolution.candidates().stream().map(DraftBuilder::candidate).toList());
			case NEW -> new DraftPerson(written, organisation, null,
					resolution.name() == null ? written : resolution.name(),
					resolution.match() == Resolution.Match.IN_DOCUMENT ? resolution.match().name() : null, List.of());
		};
	}

	private static Candidate candidate(KnownPerson person) {
		return new Candidate(Long.parseLong(person.id()), person.name());
	}

	private static String owners(List<Owner> owners) {
		return owners.stream()
			.map(o -> o.name() != null ? o.name() : o.written())
			.filter(Objects::nonNull)
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

	private static int sectionIndex(List<Section> sections, String title) {
		if (title == null) {
			return -1;
		}
		for (int i = 0; i < sections.size(); i++) {
			if (title.equals(sections.get(i).title())) {
				return i;
			}
		}
		return -1;
	}

	private static DraftRule rule(StatedMeetingRule rule) {
		if (rule == null || rule.weekday() == null || rule.start() == null || rule.end() == null) {
			return null;
		}
		return new DraftRule(rule.text(), rule.weekday().getValue(),
				rule.parity() == null ? "EVERY" : rule.parity().name(), rule.start().toString(), rule.end().toString());
	}

}
