package se.samskapa.importer.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the head of the minutes: the title (the first heading or short first line), the
 * group (a known group named there, "möte i NGP-gruppen", or what the title says besides
 * its date and words like "Protokoll"), and the meeting date with the year from the text,
 * {@code --year}, the file's date or a full date elsewhere in the text, in that order.
 */
final class HeaderRecogniser {

	private static final Pattern DATE_LABEL = Pattern
		.compile("(?iu)^(?:datum(?: och tid)?|tid(?: och plats)?|mötesdatum|när|date)\\s*:\\s*(.+)$");

	private static final Pattern MEETING_OF = Pattern
		.compile("(?u)\\b(?i:möte|mötet|sammanträde|arbetsmöte|styrelsemöte"
				+ "|träff) (?i:i|med|för|hos) (\\p{Lu}[\\p{L}\\d-]*(?: \\p{Lu}[\\p{L}\\d-]*){0,4})");

	private static final Pattern GROUPISH = Pattern.compile("(?iu)grupp|styrelse|nätverk|råd(?:et)?\\b|nämnd|utskott"
			+ "|kommitté|förening|forum|team|projekt|\\p{Lu}{2,}-");

	private static final Pattern NUMERIC = Pattern.compile("[\\d:.,/-]+");

	private static final Set<String> GENERIC = Set.of("protokoll", "minnesanteckningar", "mötesanteckningar",
			"mötensanteckningar", "anteckningar", "agenda", "dagordning", "sammanfattning", "från", "fört", "vid",
			"för", "&", "och", "möte", "mötet", "arbetsmöte", "styrelsemöte", "digitalt", "extra", "i", "den", "kl",
			"kl.", "klockan", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "-", "–", "med",
			"justerat", "utkast", "sammanträde", "sammanträdesprotokoll");

	private HeaderRecogniser() {
	}

	/** Marks the first block as the title where it looks like one; returns its text. */
	static String title(List<Block> blocks) {
		if (blocks.isEmpty()) {
			return null;
		}
		Block first = blocks.get(0);
		boolean heading = first.kind == Block.Kind.HEADING;
		boolean line = first.kind == Block.Kind.PARAGRAPH && first.lines.size() == 1
				&& first.lines.get(0).length() <= 120;
		if ((heading || line) && first.role == Block.Role.CONTENT && !Outline.isStructural(first.text())) {
			first.role = Block.Role.TITLE;
			return Text.plain(first.raw.get(0));
		}
		return null;
	}

	static String group(String title, List<Block> blocks, List<String> knownGroups) {
		List<String> head = firstLines(blocks, 6);
		if (title != null) {
			head.add(0, title);
		}
		List<String> byLength = new ArrayList<>(knownGroups);
		byLength.sort(Comparator.comparingInt(String::length).reversed());
		List<String> groupKeys = byLength.stream().map(Text::key).toList();
		for (String line : head) {
			String lineKey = Text.key(line);
			for (int g = 0; g < byLength.size(); g++) {
				if (lineKey.contains(groupKeys.get(g))) {
					return byLength.get(g);
				}
			}
		}
		for (String line : head) {
			Matcher of = MEETING_OF.matcher(line);
			if (of.find() && GROUPISH.matcher(of.group(1)).find()) {
				return of.group(1);
			}
		}
		return (title != null) ? groupFromTitle(title) : null;
	}

	private static String groupFromTitle(String title) {
		String rest = title;
		List<SwedishDates.Mention> dates = SwedishDates.find(title, true);
		for (int i = dates.size() - 1; i >= 0; i--) {
			rest = rest.substring(0, dates.get(i).start()) + " " + rest.substring(dates.get(i).end());
		}
		List<String> kept = new ArrayList<>();
		for (String word : Text.words(rest)) {
			if (!GENERIC.contains(Text.key(word)) && !NUMERIC.matcher(word).matches()) {
				kept.add(word);
			}
		}
		if (kept.isEmpty() || kept.size() > 6 || kept.stream().noneMatch(Text::startsUpper)) {
			return null;
		}
		return Text.trimEnd(String.join(" ", kept));
	}

	static MeetingDate date(String title, List<Block> blocks, ParseContext context, List<ParseWarning> warnings) {
		String written = null;
		PartialDate date = null;
		if (title != null) {
			List<SwedishDates.Mention> inTitle = SwedishDates.find(title, true);
			if (!inTitle.isEmpty()) {
				date = inTitle.get(0).date();
				written = title;
			}
		}
		List<String> head = firstLines(blocks, 8);
		for (int pass = 0; pass < 2 && date == null; pass++) {
			for (String line : head) {
				Matcher label = DATE_LABEL.matcher(line);
				String candidate = (pass == 0) ? (label.matches() ? label.group(1) : null) : line;
				List<SwedishDates.Mention> found = (candidate != null) ? SwedishDates.find(candidate, pass == 0)
						: List.of();
				if (!found.isEmpty()) {
					date = found.get(0).date();
					written = line;
					break;
				}
			}
		}
		if (date == null && context.fileDate() != null) {
			warnings.add(new ParseWarning(ParseWarning.Code.NO_DATE, "datumet är filens"));
			return new MeetingDate(PartialDate.of(context.fileDate()), MeetingDate.YearSource.FILE_DATE, true, null);
		}
		if (date == null) {
			warnings.add(new ParseWarning(ParseWarning.Code.NO_DATE, title));
			return null;
		}
		return withYear(date, written, blocks, context, warnings);
	}

	private static MeetingDate withYear(PartialDate date, String written, List<Block> blocks, ParseContext context,
			List<ParseWarning> warnings) {
		if (date.hasYear()) {
			return new MeetingDate(date, MeetingDate.YearSource.WRITTEN, false, written);
		}
		if (context.defaultYear() != null) {
			return new MeetingDate(date.withYear(context.defaultYear()), MeetingDate.YearSource.DEFAULT_YEAR, false,
					written);
		}
		LocalDate file = context.fileDate();
		if (file != null) {
			PartialDate dated = date.withYear(file.getYear());
			boolean later = dated.toLocalDate().get().isAfter(file.plusDays(60));
			PartialDate chosen = later ? date.withYear(file.getYear() - 1) : dated;
			boolean unsure = chosen.toLocalDate().get().isBefore(file.minusDays(365));
			if (unsure) {
				warnings.add(new ParseWarning(ParseWarning.Code.YEAR_INFERRED, chosen.iso()));
			}
			return new MeetingDate(chosen, MeetingDate.YearSource.FILE_DATE, unsure, written);
		}
		for (Block block : blocks) {
			if (SwedishDates.digitRun(block.text()) < 4) {
				continue;
			}
			for (SwedishDates.Mention mention : SwedishDates.find(block.text())) {
				if (mention.date().hasYear() && mention.date().monthDay().equals(date.monthDay())) {
					return new MeetingDate(mention.date(), MeetingDate.YearSource.CONTEXT, false, written);
				}
				if (mention.date().hasYear()) {
					PartialDate inferred = date.withYear(mention.date().year());
					warnings.add(new ParseWarning(ParseWarning.Code.YEAR_INFERRED, inferred.iso()));
					return new MeetingDate(inferred, MeetingDate.YearSource.CONTEXT, true, written);
				}
			}
		}
		warnings.add(new ParseWarning(ParseWarning.Code.DATE_WITHOUT_YEAR, written));
		return new MeetingDate(date, MeetingDate.YearSource.UNKNOWN, true, written);
	}

	private static List<String> firstLines(List<Block> blocks, int count) {
		List<String> lines = new ArrayList<>();
		for (Block block : blocks) {
			if (block.kind == Block.Kind.CODE) {
				continue;
			}
			for (String line : block.lines) {
				if (lines.size() >= count) {
					return lines;
				}
				lines.add(line);
			}
		}
		return lines;
	}

}
