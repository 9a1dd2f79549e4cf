package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds events: a day later than the meeting, with its time span where one follows ("12
 * oktober, 13:00-16:30"), the place after "i" or "på", and a name from the sentence
 * ("hälsodag", "workshop", "konferens", "nästa möte") or else the section's title. Each
 * day makes one event.
 */
final class EventRecogniser {

	private static final Pattern EVENT_NOUN = Pattern.compile("(?iu)\\b(nästa möte|\\p{L}*(?:konferens|mässa|mässan"
			+ "|möte|mötet|workshop|workshopen|seminarium|seminariet|halvdag|heldag|hälsodag|temadag|träff|träffen"
			+ "|utbildning|webbinarium|föreläsning|fest|festen|mingel|frukost|besök|dagar|dagarna|vecka|veckan))\\b");

	private static final Pattern PLACE = Pattern.compile("(?u)\\b(?:i|på) (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?"
			+ "(?: (?:arena|hallen|huset|torget|gatan|gården))?)");

	private EventRecogniser() {
	}

	static List<Event> recognise(List<Outline.Part> parts, PartialDate meeting) {
		List<Event> events = new ArrayList<>();
		Set<String> days = new HashSet<>();
		Set<Outline.Node> sections = new java.util.LinkedHashSet<>();
		parts.stream().map(Outline.Part::section).filter((s) -> s != null).forEach(sections::add);
		for (Outline.Node section : sections) {
			List<SwedishDates.Mention> inTitle = SwedishDates.find(section.title);
			if (!inTitle.isEmpty() && (meeting == null || inTitle.get(0).date().isAfter(meeting))) {
				SwedishDates.Mention mention = inTitle.get(0);
				PartialDate date = Dates.inYearOf(mention.date(), meeting);
				String what = Text.trimEnd(section.title.substring(0, mention.start()));
				if (!what.isEmpty() && days.add(date.monthDay().toString())) {
					events.add(new Event(what, date, Dates.inYearOf(mention.until(), meeting), null, null, null,
							section.title));
				}
			}
		}
		for (Outline.Part part : parts) {
			String text = part.block().text();
			if (!Text.hasDigit(text)) {
				continue;
			}
			for (String sentence : part.block().sentences()) {
				if (!Text.hasDigit(sentence)) {
					continue;
				}
				for (SwedishDates.Mention mention : SwedishDates.find(sentence)) {
					if ((meeting != null && !mention.date().isAfter(meeting))
							|| isDeadline(sentence, mention.start())) {
						continue;
					}
					PartialDate date = Dates.inYearOf(mention.date(), meeting);
					if (!days.add(date.monthDay().toString())) {
						continue;
					}
					SwedishDates.Times times = SwedishDates.timesAfter(sentence, mention.end());
					boolean close = times != null && times.start() - mention.end() <= 12;
					events.add(new Event(what(sentence, part), date, Dates.inYearOf(mention.until(), meeting),
							close ? times.from() : null, close ? times.to() : null, place(sentence),
							part.sectionTitle()));
				}
			}
		}
		return events;
	}

	/** "senast 30 april", "till 9 mars": a deadline, not a happening. */
	private static boolean isDeadline(String sentence, int dateStart) {
		String before = Text.key(sentence.substring(Math.max(0, dateStart - 12), dateStart));
		return before.endsWith("senast") || before.endsWith("senast den") || before.endsWith("före")
				|| before.endsWith("innan") || before.endsWith("till den") || before.endsWith("till");
	}

	private static String what(String sentence, Outline.Part part) {
		Matcher noun = EVENT_NOUN.matcher(sentence);
		String title = part.sectionTitle();
		if (noun.find()) {
			String word = noun.group(1);
			return Text.startsUpper(word) ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
		}
		return (title != null) ? title : Text.trimEnd(sentence);
	}

	private static String place(String sentence) {
		Matcher m = PLACE.matcher(sentence);
		while (m.find()) {
			if (SwedishDates.month(Text.words(m.group(1))[0]) == null) {
				return m.group(1);
			}
		}
		return null;
	}

}
