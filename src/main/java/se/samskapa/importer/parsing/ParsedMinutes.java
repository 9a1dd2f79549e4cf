package se.samskapa.importer.parsing;

import java.util.List;

/**
 * What the parser read from one set of minutes. Names stand as written, each with its
 * {@link Resolution} against the directory; the {@code warnings} list what the
 * coordinator should check.
 *
 * @param source the label from the {@link ParseContext}
 * @param title the first line or heading
 * @param group the group that met, or {@code null}
 * @param date the meeting date, or {@code null}
 * @param present who was there
 * @param absent who was not
 * @param noteTaker who wrote the minutes, or {@code null}
 * @param chair who chaired, or {@code null}
 * @param adjusters who approve the minutes (justerare)
 * @param agenda the agenda items listed before the notes
 * @param sections the headings in order
 * @param decisions what the group settled
 * @param actionItems what someone is to do
 * @param events what happens on later days
 * @param indicators goal figures
 * @param workingGroupReports the working groups that reported
 * @param agendaProposals items proposed for another group's meeting, or {@code null}
 * @param meetingRule when the group meets from now on, or {@code null}
 * @param warnings what the parser was unsure of
 */
public record ParsedMinutes(String source, String title, String group, MeetingDate date, List<Attendee> present,
		List<Attendee> absent, PersonMention noteTaker, PersonMention chair, List<PersonMention> adjusters,
		List<String> agenda, List<Section> sections, List<Decision> decisions, List<ActionItem> actionItems,
		List<Event> events, List<Indicator> indicators, List<String> workingGroupReports,
		AgendaProposals agendaProposals, StatedMeetingRule meetingRule, List<ParseWarning> warnings) {

	public ParsedMinutes {
		present = List.copyOf(present);
		absent = List.copyOf(absent);
		adjusters = List.copyOf(adjusters);
		agenda = List.copyOf(agenda);
		sections = List.copyOf(sections);
		decisions = List.copyOf(decisions);
		actionItems = List.copyOf(actionItems);
		events = List.copyOf(events);
		indicators = List.copyOf(indicators);
		workingGroupReports = List.copyOf(workingGroupReports);
		warnings = List.copyOf(warnings);
	}

	/** The section titles in order. */
	public List<String> sectionTitles() {
		return this.sections.stream().map(Section::title).toList();
	}

}
