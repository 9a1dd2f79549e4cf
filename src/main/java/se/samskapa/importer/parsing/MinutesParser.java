package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Swedish minutes (plain text or Markdown) into {@link ParsedMinutes}: text in,
 * structure out. Stateless and thread-safe; one instance can parse any number of
 * documents.
 *
 * <pre>
 * ParsedMinutes minutes = new MinutesParser().parse(text, ParseContext.empty()
 *     .withKnownGroups(List.of("Ledningsgrupp för utveckling"))
 *     .withDefaultYear(2017)
 *     .withPeople(index));
 * </pre>
 */
public final class MinutesParser {

	/** Parses text without any context: no groups, no year, nobody known. */
	public ParsedMinutes parse(String text) {
		return parse(text, ParseContext.empty());
	}

	/**
	 * Parses one set of minutes.
	 * @param text the minutes as plain text or Markdown, any line endings
	 * @param context what is known beyond the text
	 * @return what the minutes say, with names resolved where the directory allows
	 */
	public ParsedMinutes parse(String text, ParseContext context) {
		List<ParseWarning> warnings = new ArrayList<>();
		List<Block> blocks = BlockReader.read(text);
		String title = HeaderRecogniser.title(blocks);
		NameShapes shapes = new NameShapes(context.people());
		AttendanceRecogniser.Attendance attendance = new AttendanceRecogniser(shapes).recognise(blocks);
		SignatureRecogniser.Signatures signatures = new SignatureRecogniser().recognise(blocks);
		String group = HeaderRecogniser.group(title, blocks, context.knownGroups());
		MeetingDate date = HeaderRecogniser.date(title, blocks, context, warnings);
		PartialDate day = (date != null) ? date.date() : null;
		Outline outline = Outline.of(blocks);

		List<String> documentNames = documentNames(blocks, attendance, shapes);
		NameResolver resolver = new NameResolver(context.people());
		Names names = new Names(resolver, group, documentNames, warnings);
		List<Attendee> present = names.attendees(attendance.present());
		List<Attendee> absent = names.attendees(attendance.absent());
		String noteTaker = (signatures.noteTaker() != null) ? signatures.noteTaker() : attendance.noteTaker();
		String chair = (signatures.chair() != null) ? signatures.chair() : attendance.chair();

		Owners owners = new Owners(shapes, resolver, group, documentNames);
		List<ActionItem> actions = actions(outline, owners, day);
		actions.forEach((action) -> names.warnAbout(action, warnings));
		if (present.isEmpty()) {
			warnings.add(new ParseWarning(ParseWarning.Code.NO_ATTENDANCE, title));
		}
		if (group == null && !context.knownGroups().isEmpty()) {
			warnings.add(new ParseWarning(ParseWarning.Code.NO_GROUP, title));
		}
		return new ParsedMinutes(context.source(), title, group, date, present, absent, names.mention(noteTaker),
				names.mention(chair), signatures.adjusters().stream().map(names::mention).toList(), outline.agenda,
				outline.sections.stream().map(Outline.Node::toSection).toList(),
				DecisionRecogniser.recognise(outline.parts), actions, EventRecogniser.recognise(outline.parts, day),
				IndicatorRecogniser.recognise(outline.parts),
				AgendaProposalRecogniser.workingGroupReports(outline.parts),
				AgendaProposalRecogniser.proposals(outline.parts, context.knownGroups(), group, day),
				MeetingRuleRecogniser.recognise(outline.parts, day), warnings);
	}

	static List<ActionItem> actions(Outline outline, Owners owners, PartialDate day) {
		ActionRecogniser sentences = new ActionRecogniser(owners, day);
		ActionLists lists = new ActionLists(owners, sentences, day);
		Map<Object, List<Outline.Part>> bySection = new LinkedHashMap<>();
		for (Outline.Part part : outline.parts) {
			Object key = (part.section() != null) ? part.section() : String.valueOf(part.structural());
			bySection.computeIfAbsent(key, (k) -> new ArrayList<>()).add(part);
		}
		List<ActionItem> actions = new ArrayList<>();
		for (List<Outline.Part> section : bySection.values()) {
			for (int i = 0; i < section.size(); i++) {
				Outline.Part part = section.get(i);
				if (part.block().kind == Block.Kind.CODE || Outline.isAgendaHeading(part.structural())) {
					continue;
				}
				List<ActionItem> listed = lists.item(section, i);
				if (listed != null) {
					actions.addAll(listed);
					continue;
				}
				String previous = (i > 0) ? section.get(i - 1).block().text() : null;
				actions.addAll(sentences.sentences(part, previous));
			}
		}
		return actions;
	}

	/**
	 * The full names written anywhere: attendees, and capitalised pairs led by a first
	 * name.
	 */
	static List<String> documentNames(List<Block> blocks, AttendanceRecogniser.Attendance attendance,
			NameShapes shapes) {
		Set<String> names = new LinkedHashSet<>();
		attendance.present().stream().map(Attendee::name).filter((n) -> n != null).forEach(names::add);
		attendance.absent().stream().map(Attendee::name).filter((n) -> n != null).forEach(names::add);
		for (Block block : blocks) {
			if (block.kind == Block.Kind.CODE) {
				continue;
			}
			String[] words = Text.words(block.text());
			for (int i = 0; i + 1 < words.length; i++) {
				String first = words[i];
				String last = Text.stripPunctuation(words[i + 1]);
				if (!Text.startsUpper(first) || !Text.startsUpper(last) || !first.equals(Text.stripPunctuation(first))
						|| !shapes.isFirstName(first)) {
					continue;
				}
				String name = first + " " + last;
				if (shapes.isPersonName(name) && !shapes.isOrganisation(name)) {
					names.add(name);
				}
			}
		}
		return List.copyOf(names);
	}

}
