package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action items in lists: every item under a heading like "Actionpoints inför nästa gång",
 * "Åtgärder" or "Till nästa möte", and responsibility lists after a line like "Ansvariga
 * för respektive presentation:" whose items read "Klarspråk (David och Rebecka)". The
 * owner stands in parentheses at the end, before a colon at the start or after a dash at
 * the end; a list under a heading takes the heading's due date, a responsibility list the
 * first later date of its section.
 */
final class ActionLists {

	private static final Pattern ACTION_HEADING = Pattern.compile("(?iu).*(?:action ?points?|actionpunkt(?:er)?"
			+ "|åtgärd(?:er|slista)?|att göra|to ?do|actions?|nästa steg|uppdrag|uppgifter)\\b.*"
			+ "|(?:till|inför) nästa (?:möte|gång|träff).*");

	private static final Pattern RESPONSIBLE_FOR = Pattern
		.compile("(?iu)\\bansvarig[a]? för (?:respektive |varje |de olika |alla )?(\\p{L}+)");

	private static final Pattern TRAILING_OWNER = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\)?\\s*\\.?\\s*$");

	private static final Pattern LEADING_OWNER = Pattern.compile("^([^:]{1,40}):\\s+(.+)$");

	private static final Pattern DASH_OWNER = Pattern.compile("^(.+?)\\s+[-–—]\\s+([^-–—]{1,40})$");

	private final Owners owners;

	private final ActionRecogniser sentences;

	private final PartialDate meeting;

	ActionLists(Owners owners, ActionRecogniser sentences, PartialDate meeting) {
		this.owners = owners;
		this.sentences = sentences;
		this.meeting = meeting;
	}

	static boolean isActionHeading(String title) {
		return title != null && ACTION_HEADING.matcher(title).matches();
	}

	/**
	 * The items a part yields as a list entry, or {@code null} where it is no list entry.
	 */
	List<ActionItem> item(List<Outline.Part> section, int index) {
		Outline.Part part = section.get(index);
		Block block = part.block();
		if (block.kind != Block.Kind.LIST_ITEM || block.depth != 0) {
			return null;
		}
		String heading = part.sectionTitle();
		if (isActionHeading(heading)) {
			return List.of(listItem(part, DueRecogniser.explicit(heading, this.meeting)));
		}
		Block intro = responsibilityIntro(section, index);
		if (intro != null) {
			return List.of(responsibility(part, section, intro));
		}
		return null;
	}

	/**
	 * The "Ansvariga för ...:" line that a run of list items follows, or {@code null}.
	 */
	private static Block responsibilityIntro(List<Outline.Part> section, int index) {
		int i = index - 1;
		while (i >= 0 && section.get(i).block().kind == Block.Kind.LIST_ITEM) {
			i--;
		}
		Block intro = (i >= 0) ? section.get(i).block() : null;
		boolean isIntro = intro != null && intro.kind == Block.Kind.PARAGRAPH && intro.text().endsWith(":")
				&& Text.key(intro.text()).contains("ansvar");
		return isIntro ? intro : null;
	}

	private ActionItem listItem(Outline.Part part, Due headingDue) {
		String text = Text.trimEnd(part.block().text());
		ActionRecogniser.Where where = new ActionRecogniser.Where(part, text, 0, null, null);
		List<ActionItem> fromSentence = this.sentences.sentence(text, where);
		if (!fromSentence.isEmpty() && !fromSentence.get(0).owners().isEmpty()) {
			ActionItem found = fromSentence.get(0);
			Due due = (found.due() != null) ? found.due() : Dates.inYearOf(headingDue, this.meeting);
			return new ActionItem(found.owners(), found.what(), due, found.section(), found.source());
		}
		OwnerAndWhat split = split(text);
		Due due = DueRecogniser.explicit(split.what(), this.meeting);
		return this.sentences.item(split.owners(), split.what(), (due != null) ? due : headingDue, where, text);
	}

	private ActionItem responsibility(Outline.Part part, List<Outline.Part> section, Block intro) {
		String text = Text.trimEnd(part.block().text());
		OwnerAndWhat split = split(text);
		Matcher task = RESPONSIBLE_FOR.matcher(intro.text());
		if (task.find()) {
			String noun = task.group(1);
			split = new OwnerAndWhat(split.owners(),
					Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " om " + split.what());
		}
		Due due = DueRecogniser.explicit(split.what(), this.meeting);
		if (due == null) {
			due = firstLaterDate(section);
		}
		ActionRecogniser.Where where = new ActionRecogniser.Where(part, text, 0, null, null);
		return this.sentences.item(split.owners(), split.what(), due, where, text);
	}

	private Due firstLaterDate(List<Outline.Part> section) {
		for (Outline.Part p : section) {
			for (SwedishDates.Mention mention : SwedishDates.find(p.block().text())) {
				if (this.meeting == null || mention.date().isAfter(this.meeting)) {
					return Due.on(mention.date());
				}
			}
		}
		return null;
	}

	/** The owner of "Topic (Names)", "Names: task" or "task – Names", and the rest. */
	private OwnerAndWhat split(String text) {
		Matcher trailing = TRAILING_OWNER.matcher(text);
		if (trailing.matches()) {
			String inner = trailing.group(2).trim();
			Optional<List<Owner>> who = this.owners.parse(inner);
			if (who.isPresent() || inner.equals("?")) {
				return new OwnerAndWhat(who.orElse(List.of()), trailing.group(1));
			}
		}
		Matcher leading = LEADING_OWNER.matcher(text);
		if (leading.matches()) {
			Optional<List<Owner>> who = this.owners.parse(leading.group(1));
			if (who.isPresent()) {
				return new OwnerAndWhat(who.get(), leading.group(2));
			}
		}
		Matcher dash = DASH_OWNER.matcher(text);
		if (dash.matches()) {
			Optional<List<Owner>> who = this.owners.parse(dash.group(2));
			if (who.isPresent()) {
				return new OwnerAndWhat(who.get(), dash.group(1));
			}
		}
		return new OwnerAndWhat(new ArrayList<>(), text);
	}

	private record OwnerAndWhat(List<Owner> owners, String what) {
	}

}
