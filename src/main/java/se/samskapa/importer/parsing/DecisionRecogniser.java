package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds what the group settled: every entry under a "Beslut" heading, lines starting
 * "Beslut:", and sentences with "beslutade", "beslutades", "enades om", "kom överens",
 * "Vi landade i", "Framöver gäller" and the like. A sentence that ends in a colon takes
 * the list item after it ("Vi landade i ett tredje mellanting: 3. Gemensam ...").
 */
final class DecisionRecogniser {

	private static final Pattern TRIGGER = Pattern.compile("(?iu)\\b(?:beslutade(?:s)?|beslutar|beslöt|beslutat"
			+ "|fattade(?:s)? beslut|enades|enade sig|kom(?:mit)? överens|är överens om|bestämdes|bestämde(?! sig för att"
			+ " inte)|landade (?:så småningom |till slut )?i|framöver gäller|från och med nu gäller|gäller framöver"
			+ "|godkändes|godkände|antogs|fastställdes|fastställde|strategin (?:nu )?är att"
			+ "|(?:behöver|måste|ska) vi (?:ändra|flytta|ställa in)|(?:mötet|sammanträdet) (?:flyttas|ställs in|utgår))\\b");

	/** Cheap checks before the trigger pattern: every trigger contains one of these. */
	private static final String[] STEMS = { "beslut", "beslöt", "enade", "överens", "bestäm", "landade", "gäller",
			"godkän", "antogs", "fastställ", "strategin", "ändra", "flytta", "ställ", "utgår" };

	private static final Pattern NEGATED = Pattern.compile("(?iu)\\b(?:inget|inte|ej) (?:beslut|besluta)");

	private static final Pattern LABEL = Pattern.compile("(?iu)^(?:beslut|beslutades|mötet beslutade)\\s*:\\s*(.+)$");

	private DecisionRecogniser() {
	}

	static List<Decision> recognise(List<Outline.Part> parts) {
		List<Decision> decisions = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			Outline.Part part = parts.get(i);
			Block block = part.block();
			if (block.kind == Block.Kind.CODE) {
				continue;
			}
			String text = block.text();
			if (Outline.isDecisionHeading(part.structural()) && block.depth == 0) {
				decisions.add(new Decision(Text.trimEnd(text), part.sectionTitle()));
				continue;
			}
			java.util.regex.Matcher label = LABEL.matcher(text);
			if (label.matches()) {
				decisions.add(new Decision(Text.trimEnd(label.group(1)), part.sectionTitle()));
				continue;
			}
			if (!Text.containsAnyLower(block.lower(), STEMS)) {
				continue;
			}
			for (String sentence : block.sentences()) {
				if (sentence.endsWith("?") || !Text.containsAny(sentence, STEMS) || !TRIGGER.matcher(sentence).find()
						|| NEGATED.matcher(sentence).find()) {
					continue;
				}
				String decision = sentence;
				if (sentence.endsWith(":") && i + 1 < parts.size()
						&& parts.get(i + 1).block().kind == Block.Kind.LIST_ITEM) {
					decision = sentence + " " + Text.trimEnd(parts.get(i + 1).block().text());
				}
				decisions.add(new Decision(Text.trimEnd(decision), part.sectionTitle()));
			}
		}
		return decisions;
	}

}
