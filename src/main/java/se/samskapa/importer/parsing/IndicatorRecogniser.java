package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds goal figures: "Målet (har varit|är) att 40 personer ska ..., hittills har 25",
 * "ska nå upp till 400 platser/år", "anställa 4 procent av ...".
 */
final class IndicatorRecogniser {

	private static final Pattern GOAL = Pattern
		.compile("(?iu)\\bmålet (?:har varit|är|var) att (?:\\p{L}+ )?(\\d+)" + "\\s+([^,.;]{1,80})");

	private static final Pattern SO_FAR = Pattern.compile("(?iu)\\bhittills (?:har )?(\\d+)");

	private static final Pattern REACH = Pattern
		.compile("(?iu)\\bska nå (?:upp till )?(\\d+)\\s+([\\p{L}-]+(?:/[\\p{L}]+)?)");

	private static final Pattern PERCENT = Pattern.compile(
			"(?iu)\\b(?:anställa|nå|målet är|mål(?:et)? om) (\\d+) (?:procent|%) (?:av )?([\\p{L}-]+(?:\\s+[\\p{L}-]+){0,6})");

	private IndicatorRecogniser() {
	}

	static List<Indicator> recognise(List<Outline.Part> parts) {
		List<Indicator> indicators = new ArrayList<>();
		for (Outline.Part part : parts) {
			if (!Text.hasDigit(part.block().text())) {
				continue;
			}
			for (String sentence : part.block().sentences()) {
				if (!Text.hasDigit(sentence)) {
					continue;
				}
				Matcher goal = GOAL.matcher(sentence);
				if (goal.find()) {
					Matcher soFar = SO_FAR.matcher(sentence);
					Integer value = soFar.find() ? Integer.valueOf(soFar.group(1)) : null;
					indicators
						.add(new Indicator(Text.trimEnd(goal.group(2)), value, Integer.valueOf(goal.group(1)), false));
					continue;
				}
				Matcher percent = PERCENT.matcher(sentence);
				if (percent.find()) {
					indicators.add(new Indicator(Text.trimEnd(percent.group(2)), null,
							Integer.valueOf(percent.group(1)), true));
					continue;
				}
				Matcher reach = REACH.matcher(sentence);
				if (reach.find()) {
					indicators.add(new Indicator(reach.group(2), null, Integer.valueOf(reach.group(1)), false));
				}
			}
		}
		return indicators;
	}

}
