package se.samskapa.importer.web;

import java.util.ArrayList;
import java.util.List;

import se.samskapa.importer.ImportDraft;
import se.samskapa.importer.ImportDraft.Candidate;
import se.samskapa.importer.ImportDraft.DraftAction;
import se.samskapa.importer.ImportDraft.DraftDecision;
import se.samskapa.importer.ImportDraft.DraftPerson;
import se.samskapa.importer.ImportDraft.DraftSection;
import se.samskapa.importer.web.DraftForm.ActionRow;
import se.samskapa.importer.web.DraftForm.DecisionRow;
import se.samskapa.importer.web.DraftForm.PersonRow;
import se.samskapa.importer.web.DraftForm.SectionRow;

/**
 * Between a draft and its review form. The form ends each list with an empty row to add
 * to; the rows come back in the same order, so what the form does not carry (the
 * candidates of an unclear name) is taken from the stored draft by position.
 */
final class DraftForms {

	static final String NEW_PERSON = "new";

	private DraftForms() {
	}

	static DraftForm toForm(ImportDraft draft) {
		DraftForm form = new DraftForm();
		form.setGroupId(draft.groupId());
		form.setDate(draft.date());
		form.setSameDayConfirmed(draft.sameDayConfirmed());
		form.setApplyRule(draft.applyRule());
		form.setPresent(rows(draft.present()));
		form.setAbsent(rows(draft.absent()));
		form.setNoteTaker(row(draft.noteTaker()));
		form.setAdjuster(row(draft.adjuster()));
		List<SectionRow> sections = new ArrayList<>();
		for (DraftSection section : draft.sections()) {
			SectionRow row = new SectionRow();
			row.setTitle(section.title());
			row.setBody(section.body());
			sections.add(row);
		}
		sections.add(new SectionRow());
		form.setSections(sections);
		List<DecisionRow> decisions = new ArrayList<>();
		for (DraftDecision decision : draft.decisions()) {
			DecisionRow row = new DecisionRow();
			row.setText(decision.text());
			row.setSection(decision.section());
			decisions.add(row);
		}
		decisions.add(new DecisionRow());
		form.setDecisions(decisions);
		List<ActionRow> actions = new ArrayList<>();
		for (DraftAction action : draft.actions()) {
			ActionRow row = new ActionRow();
			row.setWhat(action.what());
			row.setOwners(action.owners());
			row.setDue(action.due());
			row.setSection(action.section());
			actions.add(row);
		}
		actions.add(new ActionRow());
		form.setActions(actions);
		return form;
	}

	/**
	 * Gives the rows of a form sent back the candidates the stored draft has for them.
	 */
	static DraftForm withCandidates(DraftForm form, ImportDraft stored) {
		candidates(form.getPresent(), stored.present());
		candidates(form.getAbsent(), stored.absent());
		if (stored.noteTaker() != null) {
			form.getNoteTaker().candidates(stored.noteTaker().candidates());
		}
		if (stored.adjuster() != null) {
			form.getAdjuster().candidates(stored.adjuster().candidates());
		}
		return form;
	}

	static ImportDraft toDraft(DraftForm form, ImportDraft stored) {
		withCandidates(form, stored);
		List<Integer> sectionIndex = new ArrayList<>();
		List<DraftSection> sections = new ArrayList<>();
		for (SectionRow row : form.getSections()) {
			boolean blank = blank(row.getTitle()) && blank(row.getBody());
			if (row.isRemove() || blank) {
				sectionIndex.add(-1);
				continue;
			}
			sectionIndex.add(sections.size());
			sections.add(new DraftSection(trim(row.getTitle()), row.getBody() == null ? "" : row.getBody().strip()));
		}
		List<DraftDecision> decisions = new ArrayList<>();
		for (DecisionRow row : form.getDecisions()) {
			if (!row.isRemove() && !blank(row.getText())) {
				decisions.add(new DraftDecision(section(sectionIndex, row.getSection()), row.getText().strip()));
			}
		}
		List<DraftAction> actions = new ArrayList<>();
		for (ActionRow row : form.getActions()) {
			if (!row.isRemove() && !blank(row.getWhat())) {
				actions.add(new DraftAction(section(sectionIndex, row.getSection()), row.getWhat().strip(),
						trim(row.getOwners()), trim(row.getDue())));
			}
		}
		boolean sameDate = form.getDate() != null && form.getDate().equals(stored.date());
		return new ImportDraft(stored.title(), form.getGroupId(), stored.groupWritten(), form.getDate(),
				stored.dateWritten(), people(form.getPresent()), people(form.getAbsent()), person(form.getNoteTaker()),
				person(form.getAdjuster()), sections, decisions, actions, stored.organisationsPresent(), stored.rule(),
				form.isApplyRule() && stored.rule() != null,
				// Sending the form with the date in view confirms it.
				stored.dateUnsure() && form.getDate() == null, form.isSameDayConfirmed() && sameDate,
				stored.warnings());
	}

	private static List<PersonRow> rows(List<DraftPerson> people) {
		List<PersonRow> rows = new ArrayList<>();
		people.forEach(person -> rows.add(row(person)));
		rows.add(new PersonRow());
		return rows;
	}

	private static PersonRow row(DraftPerson person) {
		PersonRow row = new PersonRow();
		if (person == null) {
			return row;
		}
		row.setWritten(person.written());
		row.setName(person.name());
		row.setShownName(person.name());
		row.setPersonId(person.personId());
		row.setMatch(person.match());
		row.setOrganisation(person.organisation());
		row.candidates(person.candidates());
		return row;
	}

	private static void candidates(List<PersonRow> rows, List<DraftPerson> stored) {
		for (int i = 0; i < rows.size() && i < stored.size(); i++) {
			if (same(rows.get(i).getWritten(), stored.get(i).written())) {
				rows.get(i).candidates(stored.get(i).candidates());
			}
		}
	}

	private static List<DraftPerson> people(List<PersonRow> rows) {
		List<DraftPerson> people = new ArrayList<>();
		for (PersonRow row : rows) {
			DraftPerson person = person(row);
			if (person != null) {
				people.add(person);
			}
		}
		return people;
	}

	/**
	 * A chosen candidate wins; "new" makes a new person of the name; a changed name is
	 * looked up again (by the importer); an untouched row keeps its match.
	 */
	static DraftPerson person(PersonRow row) {
		if (row == null || row.isRemove() || row.isBlank()) {
			return null;
		}
		String written = row.getWritten() == null ? trim(row.getName()) : row.getWritten();
		String name = trim(row.getName());
		String organisation = trim(row.getOrganisation());
		String choice = trim(row.getChoice());
		if (choice != null && !choice.equals(NEW_PERSON)) {
			for (Candidate candidate : row.getCandidates()) {
				if (String.valueOf(candidate.personId()).equals(choice)) {
					return new DraftPerson(written, organisation, candidate.personId(), candidate.name(), "CHOSEN",
							List.of());
				}
			}
		}
		if (NEW_PERSON.equals(choice)) {
			return new DraftPerson(written, organisation, null, name == null ? written : name, null, List.of());
		}
		if (name == null) {
			return null;
		}
		if (!same(name, row.getShownName())) {
			List<Candidate> candidates = same(name, written) ? row.getCandidates() : List.of();
			return new DraftPerson(written, organisation, null, name, null, candidates);
		}
		return new DraftPerson(written, organisation, row.getPersonId(), name, row.getMatch(), row.getCandidates());
	}

	private static int section(List<Integer> sectionIndex, int section) {
		return section >= 0 && section < sectionIndex.size() ? sectionIndex.get(section) : -1;
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trim(String value) {
		return blank(value) ? null : value.strip();
	}

}
