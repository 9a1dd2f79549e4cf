package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds action items in running text, sentence by sentence: "David ska jobba vidare",
 * "David Bergström lovar att ordna detta", "Gösta tar upp frågan", "Till nästa möte (9
 * mars) ska vi ...", "med Allan Hedman som projektledare. Uppdraget blir att ...", "Gösta
 * Strand undrar hur stor andel av brukarorganisationernas ...", "Martin bad alla ta en
 * titt", "... behöver verifieras av alla". Questions are no actions; an organisation's
 * plan ("Socialförvaltningen ska bygga en ny reception") counts only with a task verb or
 * a date. Lists of actions are {@link ActionLists}' part.
 */
final class ActionRecogniser {

	private static final Set<String> SUBORDINATORS = Set.of("som", "att", "om", "när", "där", "hur", "vilka", "vilket",
			"vilken", "vad", "eftersom", "men", "då", "för", "med", "av", "på", "i", "till", "från", "under", "har",
			"hade", "är", "var", "kan", "vill", "bör", "skulle");

	private static final Set<String> FRONTED = Set.of("till", "under", "inför", "senast", "innan", "före", "efter",
			"sedan", "därefter", "dessutom", "nu", "framöver", "då", "också", "även", "först", "sen", "snarast", "i",
			"på", "efteråt", "sedermera");

	private static final String NAME = "(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})";

	private static final Pattern ROLE = Pattern.compile("(?u)\\bmed " + NAME
			+ " som (?i:projektledare|ansvarig|samordnare|sammankallande|kontaktperson|huvudansvarig)\\b");

	private static final Pattern ASSIGNMENT = Pattern.compile("(?iu)^uppdraget (?:blir|är) att\\s+(.+)$");

	private static final Pattern REQUEST = Pattern.compile("(?u)^(.{1,60}?) (?i:undrar|vill veta|efterfrågar|frågar)"
			+ " (?i:hur|om|vilka|vilken|vad|när|var)\\b(.*)$");

	private static final Pattern ASK = Pattern.compile(
			"(?u)^(.{1,60}?) (?i:bad|ber) ((?i:alla|gruppen|samtliga" + "|deltagarna)|" + NAME + ") (?:att )?(.+)$");

	private static final Pattern PASSIVE = Pattern.compile("(?u)\\b(?i:ska|skall|behöver|bör|måste) (\\p{L}+s) (?i:av) "
			+ "((?i:alla|samtliga|gruppen)|" + NAME + ")\\b(.*)$");

	private static final Pattern GIVEN_TASK = Pattern.compile("(?u)\\b((?i:alla|samtliga|gruppen|vi)|" + NAME
			+ ") (?i:får|fick) (?i:till|i) (?i:uppgift|uppdrag) att (.+)$");

	private static final Pattern COMMISSIONED = Pattern.compile("(?u)\\b(?i:uppdrogs|uppdrog|uppdras|uppdrar)"
			+ " (?i:åt|till) ((?i:alla|samtliga|gruppen)|" + NAME + ") att (.+)$");

	private static final Pattern RESPONSIBLE = Pattern.compile("(?u)(?:^|\\s)(?i:ansvarig[a]?|ansvar)\\s*:\\s*(.+)$");

	private static final Pattern ACTION_LABEL = Pattern
		.compile("(?iu)^(?:åtgärd|action|actionpunkt|att göra|todo|to do|uppgift)\\s*:\\s*(\\S.*)$");

	/**
	 * "De som behöver konton ska kontakta Alvar": an instruction to whoever it concerns,
	 * with a task verb (not "den som kommer in ska få ...", which describes).
	 */
	private static final Pattern WHOEVER = Pattern
		.compile("(?iu)(?:^|\\b(?:att|och) )(?:den|de|alla) som .{1,80}? (?:ska|skall|bör|måste) (\\p{L}+)\\b(.*)$");

	/** "I Uppsala planeras att testa skripten": a plan nobody is named for yet. */
	private static final Pattern PLANNED = Pattern.compile("(?iu)\\bplaneras (?:det )?att (\\p{L}+)\\b(.*)$");

	private static final Pattern EARLIER_MEETING = Pattern
		.compile("(?iu)förra mötet|senaste mötet|vid möte(?:t)? den|förra gången|sedan förra");

	private final Owners owners;

	private final PartialDate meeting;

	ActionRecogniser(Owners owners, PartialDate meeting) {
		this.owners = owners;
		this.meeting = meeting;
	}

	/** Where a sentence stands: its paragraph, its offset there, the paragraph before. */
	record Where(Outline.Part part, String paragraph, int start, String previous, String next) {
	}

	List<ActionItem> sentences(Outline.Part part, String previous) {
		List<ActionItem> found = new ArrayList<>();
		String text = part.block().text();
		List<String> sentences = part.block().sentences();
		int offset = 0;
		for (int i = 0; i < sentences.size(); i++) {
			String sentence = sentences.get(i);
			int start = Math.max(0, text.indexOf(sentence, offset));
			offset = start + sentence.length();
			String next = (i + 1 < sentences.size()) ? sentences.get(i + 1) : null;
			found.addAll(sentence(sentence, new Where(part, text, start, previous, next)));
		}
		return found;
	}

	List<ActionItem> sentence(String sentence, Where where) {
		List<ActionItem> found = new ArrayList<>();
		if (sentence.endsWith("?")) {
			return found;
		}
		Matcher label = ACTION_LABEL.matcher(sentence);
		if (label.matches()) {
			List<ActionItem> inner = sentence(label.group(1), where);
			return inner.isEmpty() ? List.of(item(List.of(), label.group(1), due(sentence, where), where, sentence))
					: inner;
		}
		String[] words = Text.words(sentence);
		String[] low = lower(words);
		Set<String> vocabulary = new HashSet<>(Arrays.asList(low));
		ActionItem first = (vocabulary.contains("som") && vocabulary.contains("med")) ? role(sentence, where) : null;
		if (first == null && (vocabulary.contains("undrar") || vocabulary.contains("frågar")
				|| vocabulary.contains("veta") || vocabulary.contains("efterfrågar") || vocabulary.contains("bad")
				|| vocabulary.contains("ber"))) {
			first = request(sentence, where);
		}
		if (first == null) {
			first = subjectFirst(words, low, sentence, where);
		}
		if (first == null) {
			first = inverted(words, low, sentence, where);
		}
		boolean given = vocabulary.contains("uppgift") || vocabulary.contains("uppdrag");
		if (first == null && given) {
			first = pattern(GIVEN_TASK, sentence, where, 1, 3);
		}
		if (first == null && (vocabulary.contains("uppdrogs") || vocabulary.contains("uppdrog")
				|| vocabulary.contains("uppdras") || vocabulary.contains("uppdrar"))) {
			first = pattern(COMMISSIONED, sentence, where, 1, 3);
		}
		if (first == null && (vocabulary.contains("ansvarig") || vocabulary.contains("ansvariga")
				|| vocabulary.contains("ansvar"))) {
			first = responsible(sentence, where);
		}
		if (first == null && vocabulary.contains("som")) {
			first = whoever(sentence, where);
		}
		if (first != null) {
			found.add(first);
		}
		boolean modal = vocabulary.contains("ska") || vocabulary.contains("skall") || vocabulary.contains("behöver")
				|| vocabulary.contains("bör") || vocabulary.contains("måste");
		ActionItem passive = (modal && vocabulary.contains("av")) ? pattern(PASSIVE, sentence, where, 2, 4) : null;
		if (passive != null) {
			found.add(passive);
		}
		if (vocabulary.contains("planeras")) {
			Matcher planned = PLANNED.matcher(sentence);
			if (planned.find() && !ActionPhrases.COPULAS.contains(planned.group(1).toLowerCase(Text.SWEDISH))) {
				found.add(item(List.of(), planned.group(1) + planned.group(2), due(sentence, where), where, sentence));
			}
		}
		return found;
	}

	private ActionItem role(String sentence, Where where) {
		Matcher m = ROLE.matcher(sentence);
		if (!m.find()) {
			return null;
		}
		Optional<List<Owner>> who = this.owners.parse(m.group(1));
		if (who.isEmpty()) {
			return null;
		}
		String what = sentence;
		Matcher assignment = (where.next() != null) ? ASSIGNMENT.matcher(where.next()) : null;
		if (assignment != null && assignment.matches()) {
			what = assignment.group(1);
		}
		Due due = DueRecogniser.explicit(sentence + " " + what, this.meeting);
		return item(who.get(), what, due, where, sentence);
	}

	private ActionItem request(String sentence, Where where) {
		Matcher m = REQUEST.matcher(sentence);
		if (m.matches() && this.owners.parse(m.group(1)).isPresent()) {
			for (String word : Text.words(m.group(2))) {
				Optional<String> organisation = this.owners.organisationInGenitive(word);
				if (organisation.isPresent()) {
					Optional<List<Owner>> who = this.owners.parse(organisation.get());
					return who.map((o) -> item(o, sentence, due(sentence, where), where, sentence)).orElse(null);
				}
			}
		}
		Matcher ask = ASK.matcher(sentence);
		if (ask.matches() && this.owners.parse(ask.group(1)).isPresent()) {
			Optional<List<Owner>> who = this.owners.parse(ask.group(2));
			return who.map((o) -> item(o, ask.group(4), due(sentence, where), where, sentence)).orElse(null);
		}
		return null;
	}

	private ActionItem subjectFirst(String[] words, String[] low, String sentence, Where where) {
		for (int end = 1; end <= Math.min(6, words.length - 1); end++) {
			if (SUBORDINATORS.contains(low[end - 1]) || (end == 1 && FRONTED.contains(low[0]))) {
				return null;
			}
			ActionPhrases.Marker marker = ActionPhrases.at(low, end);
			if (marker == null) {
				continue;
			}
			Optional<List<Owner>> who = (marker.kind() == ActionPhrases.Kind.NEED) ? Optional.of(List.of())
					: this.owners.parse(join(words, 0, end));
			if (who.isPresent()) {
				return accept(marker, low, who.get(), join(words, marker.verb(), words.length), sentence, where);
			}
		}
		return null;
	}

	/** "Till dess ska respektive organisation fundera ...": adverbial, "ska", subject. */
	private ActionItem inverted(String[] words, String[] low, String sentence, Where where) {
		if (words.length < 4 || !FRONTED.contains(low[0])) {
			return null;
		}
		for (int k = 1; k < Math.min(8, words.length - 2); k++) {
			if (low[k].equals("att") || low[k].equals("som")) {
				return null;
			}
			if (!low[k].equals("ska") && !low[k].equals("skall")) {
				continue;
			}
			int subject = k + 1;
			while (subject < low.length && ActionPhrases.ADVERBS.contains(low[subject])) {
				subject++;
			}
			for (int len = 1; len <= 4 && subject + len < words.length; len++) {
				int verb = subject + len;
				if (ActionPhrases.COPULAS.contains(low[verb])) {
					continue;
				}
				Optional<List<Owner>> who = this.owners.parse(join(words, subject, verb));
				if (who.isPresent()) {
					ActionPhrases.Marker marker = new ActionPhrases.Marker(ActionPhrases.Kind.SHALL, verb);
					return accept(marker, low, who.get(), join(words, verb, words.length), sentence, where);
				}
			}
			return null;
		}
		return null;
	}

	private ActionItem accept(ActionPhrases.Marker marker, String[] low, List<Owner> who, String what, String sentence,
			Where where) {
		Due due = due(sentence, where);
		boolean people = who.stream().allMatch((o) -> o.kind() == Owner.Kind.PERSON);
		boolean taskVerb = marker.verb() < low.length && ActionPhrases.isTaskInfinitive(low[marker.verb()]);
		boolean ok = switch (marker.kind()) {
			case SHALL -> people || taskVerb || (due != null && due.isConcrete());
			case WILL -> people || taskVerb;
			case PAST_PROMISE -> !EARLIER_MEETING.matcher(where.paragraph()).find();
			case PROMISE, TASK, NEED -> true;
		};
		return ok ? item(who, what, due, where, sentence) : null;
	}

	private ActionItem whoever(String sentence, Where where) {
		Matcher m = WHOEVER.matcher(sentence);
		if (!m.find() || !ActionPhrases.isTaskInfinitive(m.group(1).toLowerCase(Text.SWEDISH))) {
			return null;
		}
		String what = sentence.substring(m.start()).replaceFirst("(?iu)^(?:att|och) ", "");
		return item(List.of(), what, due(sentence, where), where, sentence);
	}

	/** "Boka lokal. Ansvarig: Anna": the owner after the label, the task before it. */
	private ActionItem responsible(String sentence, Where where) {
		Matcher m = RESPONSIBLE.matcher(sentence);
		if (!m.find()) {
			return null;
		}
		Optional<List<Owner>> who = this.owners.parse(m.group(1));
		String before = Text.trimEnd(sentence.substring(0, m.start()));
		String what = before.isEmpty() ? where.paragraph().substring(0, Math.max(0, where.start())) : before;
		return who.map((o) -> item(o, what.isBlank() ? sentence : what, due(sentence, where), where, sentence))
			.orElse(null);
	}

	private ActionItem pattern(Pattern pattern, String sentence, Where where, int ownerGroup, int whatGroup) {
		Matcher m = pattern.matcher(sentence);
		if (!m.find()) {
			return null;
		}
		Optional<List<Owner>> who = this.owners.parse(m.group(ownerGroup));
		String what = (pattern == PASSIVE) ? m.group(1) + m.group(whatGroup) : m.group(whatGroup);
		return who.map((o) -> item(o, what, due(sentence, where), where, sentence)).orElse(null);
	}

	/**
	 * Written in the sentence, else said nearby (or before, where the sentence points
	 * back).
	 */
	private Due due(String sentence, Where where) {
		boolean pointsBack = DueRecogniser.ANAPHORA.matcher(sentence).find();
		Due due = pointsBack ? null : DueRecogniser.explicit(sentence, this.meeting);
		if (due == null) {
			due = DueRecogniser.nearby(where.paragraph(), where.start(), this.meeting);
		}
		if (due == null && pointsBack && where.previous() != null) {
			due = DueRecogniser.nearby(where.previous(), where.previous().length(), this.meeting);
		}
		if (due == null && pointsBack) {
			due = DueRecogniser.explicit(sentence, this.meeting);
		}
		return due;
	}

	ActionItem item(List<Owner> who, String what, Due due, Where where, String source) {
		return new ActionItem(who, Text.trimEnd(what), Dates.inYearOf(due, this.meeting), where.part().sectionTitle(),
				source);
	}

	static String[] lower(String[] words) {
		String[] low = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			low[i] = Text.stripPunctuation(words[i]).toLowerCase(Text.SWEDISH);
		}
		return low;
	}

	static String join(String[] words, int from, int to) {
		return String.join(" ", Arrays.copyOfRange(words, from, to));
	}

}
