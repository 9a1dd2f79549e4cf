package se.samskapa.importer.parsing;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells by its shape whether a piece of text is a person's name or an organisation:
 * capitalised words and known first names make a person; known organisations,
 * abbreviations, slashes, lower case and words like "-förvaltningen" make an
 * organisation. One instance serves one document: it learns the first names of the people
 * the document lists.
 */
final class NameShapes {

	private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)*\\.?");

	private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

	private static final Set<String> PARTICLES = Set.of("von", "af", "de", "van", "der", "den", "da", "la", "di", "el",
			"al", "bin", "ibn", "du", "le");

	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&-]{1,7}|\\p{Lu}{1,4}\\d{1,2}");

	/**
	 * Endings of words that name organisations ("-förvaltningen", "-organisationerna").
	 */
	private static final String[] ORGANISATION_ENDINGS = endings("förvaltning:en,ar,arna", "organisation:en,er,erna",
			"myndighet:en,er,erna", "nämnd:en,er,erna", "styrelse:n", "kansli:et", "förening:en,ar,arna", "förbund:et",
			"kommun:en,er,erna", "region:en", "verket", "förmedling:en", "kassan", "bolag:et", "avdelning:en",
			"sekretariat:et", "universitet:et", "högskola:n", "institut:et", "landsting:et", "länsstyrelse:n",
			"polis:en", "center", "centrum", "enhet:en", "stiftelse:n", "aktiebolag", " ab");

	private static String[] endings(String... stems) {
		java.util.List<String> all = new java.util.ArrayList<>();
		for (String stem : stems) {
			String[] parts = stem.split(":");
			all.add(parts[0]);
			if (parts.length > 1) {
				for (String ending : parts[1].split(",")) {
					all.add(parts[0] + ending);
				}
			}
		}
		return all.toArray(String[]::new);
	}

	/** Whether the text ends in a word like "-förvaltningen" or "-organisationerna". */
	static boolean isOrganisationWord(String text) {
		String lower = text.toLowerCase(Text.SWEDISH);
		for (String ending : ORGANISATION_ENDINGS) {
			if (lower.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern PLACE_ORGANISATION = Pattern
		.compile("(?u)(?:Region|Länsstyrelsen) \\p{Lu}.*" + "|.+ (?:kommun|stad|län|AB|HB|ek\\. ?för\\.)");

	private final PeopleIndex index;

	private final Set<String> documentFirstNames = new HashSet<>();

	NameShapes(PeopleIndex index) {
		this.index = index;
	}

	/** Remembers the first name of a name the document lists. */
	void learn(String name) {
		String[] words = Text.words(name);
		if (words.length >= 2) {
			this.documentFirstNames.add(Text.key(words[0]));
		}
	}

	boolean isFirstName(String word) {
		return FirstNames.contains(word) || this.documentFirstNames.contains(Text.key(word))
				|| !this.index.findByFirstName(word).isEmpty() || !this.index.findByAlias(word).isEmpty();
	}

	/**
	 * Capitalised words (2 to 4, initials and "von" allowed), or one known first name.
	 */
	boolean isPersonName(String text) {
		String[] words = Text.words(text);
		if (words.length == 0 || words.length > 4 || !NAME_TOKEN.matcher(words[0]).matches()) {
			return false;
		}
		if (isOrganisation(text)) {
			return false;
		}
		if (words.length == 1) {
			return isFirstName(words[0]) || !this.index.findByName(words[0]).isEmpty();
		}
		for (int i = 1; i < words.length; i++) {
			String w = words[i];
			boolean ok = NAME_TOKEN.matcher(w).matches() || INITIAL.matcher(w).matches()
					|| (PARTICLES.contains(w) && i < words.length - 1);
			if (!ok || (ACRONYM.matcher(w).matches() && w.length() > 2 && !w.endsWith("."))) {
				return false;
			}
		}
		return true;
	}

	/** A person name that the directory or the first-name list vouches for. */
	boolean isKnownPersonName(String text) {
		String[] words = Text.words(text);
		return isPersonName(text) && (isFirstName(words[0]) || !this.index.findByName(text).isEmpty()
				|| !this.index.findByAlias(text).isEmpty());
	}

	/** Known, abbreviated, lower-case, slashed or named like an organisation. */
	boolean isOrganisation(String text) {
		String t = Text.collapse(text);
		if (t.isEmpty()) {
			return false;
		}
		if (this.index.findOrganisation(t).isPresent()) {
			return true;
		}
		if (!this.index.findByName(t).isEmpty() || !this.index.findByAlias(t).isEmpty()) {
			return false;
		}
		return ACRONYM.matcher(t).matches() || t.indexOf('/') >= 0 || Character.isLowerCase(t.charAt(0))
				|| isOrganisationWord(t) || PLACE_ORGANISATION.matcher(t).matches();
	}

	PeopleIndex index() {
		return this.index;
	}

}
