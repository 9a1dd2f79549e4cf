package se.samskapa.importer.parsing;

import java.util.Set;

/**
 * The Swedish words that turn a sentence into an action item: "ska", "lovar att", "tar
 * upp", "kollar", "bjuder in", "kommer att", "har fått i uppdrag att" and the like, and
 * the verbs that count as a task when an organisation rather than a person is the
 * subject.
 */
final class ActionPhrases {

	/** How a marker commits its subject. */
	enum Kind {

		/** "ska": a plan; organisations need a task verb or a date. */
		SHALL,
		/** "kommer att": a person's plan, or an organisation's with a task verb. */
		WILL,
		/** "lovar att", "tar på sig att", "har fått i uppdrag att": a commitment. */
		PROMISE,
		/** A commitment in the past tense, void where it reports an earlier meeting. */
		PAST_PROMISE,
		/** A task verb in the present tense: "kollar", "tar upp", "bjuder in". */
		TASK,
		/** "vi behöver": a need nobody has taken yet. */
		NEED

	}

	/**
	 * A marker found after the subject.
	 *
	 * @param kind what it commits to
	 * @param verb where the task's words begin
	 */
	record Marker(Kind kind, int verb) {
	}

	static final Set<String> ADVERBS = Set.of("också", "även", "nu", "gärna", "därefter", "sedan", "då", "själv",
			"själva", "snarast", "tillsammans", "redan", "dessutom", "alltså", "vidare", "först");

	static final Set<String> COPULAS = Set.of("vara", "bli", "kunna", "få", "vilja", "behöva", "finnas", "heta");

	private static final String[][] PROMISES = { { "lovar", "att" }, { "lovar" }, { "har", "lovat", "att" },
			{ "har", "lovat" }, { "åtar", "sig", "att" }, { "tar", "på", "sig", "att" }, { "ansvarar", "för" },
			{ "har", "ansvar", "för" }, { "får", "i", "uppdrag", "att" }, { "har", "fått", "i", "uppdrag", "att" },
			{ "får", "i", "uppgift", "att" }, { "får", "till", "uppgift", "att" }, { "återkommer" } };

	private static final String[][] PAST_PROMISES = { { "lovade", "att" }, { "lovade" }, { "åtog", "sig", "att" },
			{ "tog", "på", "sig", "att" }, { "fick", "i", "uppdrag", "att" }, { "fick", "i", "uppgift", "att" },
			{ "fick", "till", "uppgift", "att" } };

	private static final String[][] TASKS = { { "tar", "upp" }, { "tar", "fram" }, { "tar", "kontakt" },
			{ "tar", "med" }, { "tar", "reda" }, { "tar", "hand" }, { "kollar" }, { "bjuder", "in" },
			{ "lägger", "upp" }, { "lägger", "ut" }, { "åker" }, { "ordnar" }, { "fixar" }, { "skickar" }, { "mejlar" },
			{ "mailar" }, { "ringer" }, { "kontaktar" }, { "undersöker" }, { "utreder" }, { "bokar" }, { "kallar" },
			{ "sammanställer" }, { "skriver" }, { "förbereder" }, { "tittar", "på" }, { "kikar", "på" },
			{ "ser", "över" }, { "följer", "upp" }, { "stämmer", "av" }, { "hör", "med" }, { "hör", "av" },
			{ "pratar", "med" }, { "håller", "i" }, { "samordnar" }, { "sköter" }, { "uppdaterar" }, { "påminner" },
			{ "kallar", "till" }, { "återkopplar" }, { "bevakar" } };

	/** The words any phrase above begins with, to skip the rest quickly. */
	private static final Set<String> FIRST_WORDS = firstWords(PROMISES, PAST_PROMISES, TASKS);

	private static Set<String> firstWords(String[][]... lists) {
		Set<String> words = new java.util.HashSet<>();
		for (String[][] list : lists) {
			for (String[] phrase : list) {
				words.add(phrase[0]);
			}
		}
		return Set.copyOf(words);
	}

	/** Infinitives that make an organisation's "ska" or "kommer att" a task. */
	private static final Set<String> TASK_INFINITIVES = Set.of("ta", "kolla", "bjuda", "lägga", "åka", "ordna", "fixa",
			"skicka", "mejla", "maila", "ringa", "kontakta", "undersöka", "utreda", "boka", "kalla", "sammanställa",
			"skriva", "förbereda", "titta", "kika", "se", "följa", "stämma", "höra", "prata", "hålla", "samordna",
			"sköta", "uppdatera", "påminna", "återkomma", "återkoppla", "informera", "bevaka", "svara", "lämna",
			"presentera", "redovisa", "ge", "sprida", "ansvara", "tillsätta", "utse", "fundera");

	private ActionPhrases() {
	}

	/** The marker starting at token {@code at}, or {@code null}. */
	static Marker at(String[] low, int at) {
		if (at >= low.length) {
			return null;
		}
		String word = low[at];
		if (word.equals("ska") || word.equals("skall")) {
			int verb = skipAdverbs(low, at + 1);
			return (verb < low.length && !COPULAS.contains(low[verb])) ? new Marker(Kind.SHALL, verb) : null;
		}
		if (word.equals("kommer")) {
			int att = skipAdverbs(low, at + 1);
			if (att < low.length && low[att].equals("att")) {
				int verb = skipAdverbs(low, att + 1);
				return (verb < low.length && !COPULAS.contains(low[verb])) ? new Marker(Kind.WILL, verb) : null;
			}
			return null;
		}
		if ((word.equals("behöver") || word.equals("måste")) && at == 1 && low[0].equals("vi")) {
			return new Marker(Kind.NEED, at + 1);
		}
		int end = match(low, at, PROMISES);
		if (end > 0) {
			return new Marker(Kind.PROMISE, end);
		}
		end = match(low, at, PAST_PROMISES);
		if (end > 0) {
			return new Marker(Kind.PAST_PROMISE, end);
		}
		end = match(low, at, TASKS);
		boolean reporting = end > 0 && end < low.length && low[end].equals("att");
		return (end > 0 && !reporting) ? new Marker(Kind.TASK, at) : null;
	}

	static boolean isTaskInfinitive(String word) {
		return TASK_INFINITIVES.contains(word);
	}

	private static int skipAdverbs(String[] low, int from) {
		int i = from;
		while (i < low.length && ADVERBS.contains(low[i])) {
			i++;
		}
		return i;
	}

	/** The index after the longest phrase of {@code phrases} at {@code at}, or 0. */
	private static int match(String[] low, int at, String[][] phrases) {
		int best = 0;
		if (!FIRST_WORDS.contains(low[at])) {
			return 0;
		}
		for (String[] phrase : phrases) {
			if (at + phrase.length > low.length || at + phrase.length <= best) {
				continue;
			}
			boolean all = true;
			for (int k = 0; k < phrase.length && all; k++) {
				all = low[at + k].equals(phrase[k]);
			}
			if (all) {
				best = at + phrase.length;
			}
		}
		return best;
	}

}
