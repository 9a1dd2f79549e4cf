package se.samskapa.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * What was recognised in one file, as the coordinator corrects it before saving. Kept as
 * JSON with the batch, so that corrections survive until the batch is saved.
 *
 * @param title the title line as written
 * @param groupId the group the meeting belongs to, once known
 * @param groupWritten the group as the title names it
 * @param date the meeting's date, once known (a date without a year is not)
 * @param dateWritten the date as written, or as recognised ("--03-23")
 * @param present people present
 * @param absent people absent
 * @param noteTaker who took the notes
 * @param adjuster who approved (justerade) the minutes, if they say
 * @param sections the sections, each an agenda item with its notes
 * @param decisions decisions, each under a section
 * @param actions action items, each under a section
 * @param organisationsPresent organisations listed without a person
 * @param rule a meeting rule the minutes state, if any
 * @param applyRule whether to give the group that rule when saving
 * @param dateUnsure whether the year was guessed and the coordinator has not yet
 * confirmed it
 * @param sameDayConfirmed whether the coordinator confirmed that this is another meeting
 * than the one the group already has that day
 * @param warnings message keys of what the parser was unsure of
 */
public record ImportDraft(String title, Long groupId, String groupWritten, LocalDate date, String dateWritten,
		List<DraftPerson> present, List<DraftPerson> absent, DraftPerson noteTaker, DraftPerson adjuster,
		List<DraftSection> sections, List<DraftDecision> decisions, List<DraftAction> actions,
		List<String> organisationsPresent, DraftRule rule, boolean applyRule, boolean dateUnsure,
		boolean sameDayConfirmed, List<String> warnings) {

	public ImportDraft {
		present = present == null ? List.of() : List.copyOf(present);
		absent = absent == null ? List.of() : List.copyOf(absent);
		sections = sections == null ? List.of() : List.copyOf(sections);
		decisions = decisions == null ? List.of() : List.copyOf(decisions);
		actions = actions == null ? List.of() : List.copyOf(actions);
		organisationsPresent = organisationsPresent == null ? List.of() : List.copyOf(organisationsPresent);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	public ImportDraft withPeople(List<DraftPerson> newPresent, List<DraftPerson> newAbsent, DraftPerson newNoteTaker,
			DraftPerson newAdjuster) {
		return new ImportDraft(title, groupId, groupWritten, date, dateWritten, newPresent, newAbsent, newNoteTaker,
				newAdjuster, sections, decisions, actions, organisationsPresent, rule, applyRule, dateUnsure,
				sameDayConfirmed, warnings);
	}

	/** The meeting on this date; a date given by the coordinator is no longer unsure. */
	public ImportDraft withDate(LocalDate newDate, boolean confirmed) {
		return new ImportDraft(title, groupId, groupWritten, newDate, dateWritten, present, absent, noteTaker, adjuster,
				sections, decisions, actions, organisationsPresent, rule, applyRule, dateUnsure && !confirmed,
				sameDayConfirmed, warnings);
	}

	public ImportDraft withSameDayConfirmed(boolean confirmed) {
		return new ImportDraft(title, groupId, groupWritten, date, dateWritten, present, absent, noteTaker, adjuster,
				sections, decisions, actions, organisationsPresent, rule, applyRule, dateUnsure, confirmed, warnings);
	}

	/** Everyone named: present, absent, the note-taker and the adjuster. */
	public List<DraftPerson> everyone() {
		List<DraftPerson> everyone = new java.util.ArrayList<>(present);
		everyone.addAll(absent);
		if (noteTaker != null) {
			everyone.add(noteTaker);
		}
		if (adjuster != null) {
			everyone.add(adjuster);
		}
		return everyone;
	}

	/**
	 * A person named in the minutes.
	 *
	 * @param written the name as written
	 * @param organisation the organisation or role written after it
	 * @param personId the person in the directory, once decided; {@code null} for a new
	 * person named {@code name}
	 * @param name the person's full name (resolved, or the new person's)
	 * @param match how the name was matched: EXACT, ALIAS, FIRST_NAME, SIMILAR,
	 * IN_DOCUMENT, CHOSEN (by the coordinator), or {@code null} for a new person
	 * @param candidates the people the name may be, when it is ambiguous
	 */
	public record DraftPerson(String written, String organisation, Long personId, String name, String match,
			List<Candidate> candidates) {

		public DraftPerson {
			candidates = candidates == null ? List.of() : List.copyOf(candidates);
		}

		public boolean ambiguous() {
			return personId == null && !candidates.isEmpty();
		}

		public boolean isNew() {
			return personId == null && candidates.isEmpty();
		}

		/**
		 * Whether the match is a guess worth a look: a first name, a near spelling, or a
		 * fuller name found elsewhere in the text.
		 */
		public boolean guessed() {
			return personId != null
					&& ("FIRST_NAME".equals(match) || "SIMILAR".equals(match) || "IN_DOCUMENT".equals(match));
		}

	}

	/**
	 * A person a name may be.
	 *
	 * @param personId the person
	 * @param name their name
	 */
	public record Candidate(long personId, String name) {
	}

	/**
	 * A section of the minutes: an agenda item and its notes.
	 *
	 * @param title the heading
	 * @param body the notes
	 */
	public record DraftSection(String title, String body) {
	}

	/**
	 * A decision.
	 *
	 * @param section the section it is under (its index), or -1
	 * @param text what was decided
	 */
	public record DraftDecision(int section, String text) {
	}

	/**
	 * An action item.
	 *
	 * @param section the section it is under (its index), or -1
	 * @param what what is to be done
	 * @param owners who answers for it: names, organisations or words, separated by
	 * commas
	 * @param due when: an ISO date, {@code --MM-DD}, "nästa möte", words, or {@code null}
	 */
	public record DraftAction(int section, String what, String owners, String due) {
	}

	/**
	 * A meeting rule stated in the minutes ("torsdagar jämna veckor 10–12").
	 *
	 * @param text as written
	 * @param weekday ISO day of the week, 1 = Monday
	 * @param parity EVERY, EVEN or ODD
	 * @param start when meetings begin ("10:00")
	 * @param end when they end
	 */
	public record DraftRule(String text, int weekday, String parity, String start, String end) {
	}

}
