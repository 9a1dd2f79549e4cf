package se.samskapa.importer.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when something is due, in Swedish: a date ("9 mars", "senast 15/3",
 * "2020-03-16"), the next meeting ("till nästa möte", "inför nästa gång"), a season
 * ("under hösten", "i vår"), a week ("vecka 12"), "snarast". A date wins over words, so
 * "Till nästa möte (9 mars)" is due on 9 March.
 */
final class DueRecogniser {

	private static final Pattern NEXT_MEETING = Pattern.compile("\\b(?:till|inför|före|innan|senast (?:till|vid|på)?)"
			+ "\\s*(?:den\\s+)?nästa\\s+(?:möte|mötet|gång|träff|sammanträde|styrelsemöte)");

	private static final Pattern SEASON = Pattern.compile("\\b(?:under|till|före|innan|efter|senast|i)\\s+"
			+ "(hösten|våren|sommaren|vintern|höst(?=[\\s.,;]|$)|vår(?=[.,;]|$)|sommar(?=[.,;]|$))");

	private static final Pattern HOLIDAY = Pattern.compile(
			"\\b(?:innan|före|till|efter)\\s+(jul(?:en)?|årsskiftet|nyår|påsk(?:en)?|midsommar|sommaren|semestern)");

	private static final Pattern WEEK = Pattern
		.compile("\\b(?:till|senast|under|inom|före|innan|i)?\\s*(vecka|v\\.)\\s*(\\d{1,2})\\b");

	private static final Pattern MONTH = Pattern.compile("\\b(?:under|i|till|senast i|innan|före)\\s+("
			+ "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\b(?!\\s*\\d)");

	private static final Pattern SOON = Pattern.compile("\\b(snarast|omgående|så snart som möjligt|asap)\\b");

	/**
	 * Words that point back to a date said before ("vid detta tillfälle", "till dess").
	 */
	static final Pattern ANAPHORA = Pattern.compile("(?iu)\\b(?:tillfälle|till dess|dit|då)\\b");

	private static final String[] SEASONS = { "höst", "vår", "sommar", "vinter" };

	private static final String[] HOLIDAYS = { "jul", "årsskiftet", "nyår", "påsk", "midsommar", "sommaren",
			"semestern" };

	private static final String[] SOON_WORDS = { "snarast", "omgående", "så snart", "asap" };

	private DueRecogniser() {
	}

	/** The due date or words written in {@code text}, or {@code null}. */
	static Due explicit(String text, PartialDate meeting) {
		for (SwedishDates.Mention mention : SwedishDates.find(text)) {
			if (meeting == null || mention.date().isAfter(meeting)) {
				return Due.on(mention.date());
			}
		}
		// The patterns are in lower case: matching lower-cased text is much faster than
		// ignoring case.
		String lower = text.toLowerCase(Text.SWEDISH);
		if (lower.contains("nästa") && NEXT_MEETING.matcher(lower).find()) {
			return Due.words("nästa möte");
		}
		Matcher season = SEASON.matcher(Text.containsAnyLower(lower, SEASONS) ? lower : "");
		if (season.find()) {
			return Due.words(season(season.group(1)));
		}
		Matcher holiday = HOLIDAY.matcher(Text.containsAnyLower(lower, HOLIDAYS) ? lower : "");
		if (holiday.find()) {
			return Due.words(Text.key(holiday.group(1)));
		}
		Matcher week = WEEK.matcher((lower.contains("veck") || lower.contains("v.")) ? lower : "");
		if (week.find()) {
			return Due.words("vecka " + week.group(2));
		}
		Matcher month = MONTH.matcher(lower);
		if (month.find()) {
			return Due.words(Text.key(month.group(1)));
		}
		Matcher soon = SOON.matcher(Text.containsAnyLower(lower, SOON_WORDS) ? lower : "");
		return soon.find() ? Due.words(Text.key(soon.group(1))) : null;
	}

	/**
	 * A date said near the sentence: in the same paragraph (the nearest before the
	 * sentence, else the first after it), later than the meeting.
	 */
	static Due nearby(String paragraph, int sentenceStart, PartialDate meeting) {
		List<SwedishDates.Mention> mentions = SwedishDates.find(paragraph);
		SwedishDates.Mention before = null;
		SwedishDates.Mention after = null;
		for (SwedishDates.Mention mention : mentions) {
			if (meeting != null && !mention.date().isAfter(meeting)) {
				continue;
			}
			if (mention.start() < sentenceStart) {
				before = mention;
			}
			else if (after == null) {
				after = mention;
			}
		}
		SwedishDates.Mention chosen = (before != null) ? before : after;
		return (chosen != null) ? Due.on(chosen.date()) : null;
	}

	private static String season(String word) {
		return switch (Text.key(word)) {
			case "höst" -> "hösten";
			case "vår" -> "våren";
			case "sommar" -> "sommaren";
			default -> Text.key(word);
		};
	}

}
