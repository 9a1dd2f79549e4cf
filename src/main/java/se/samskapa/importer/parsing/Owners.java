package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads who a phrase names as owner: people ("David", "Åke och Lina"), organisations
 * ("Socialförvaltningen", "AMF", "frivilligorganisationerna") or the group itself ("vi",
 * "alla", "respektive organisation"). Anything else ("Resultatet", "Dessa") is no owner.
 */
final class Owners {

	private static final Map<String, String> COLLECTIVES = Map.ofEntries(Map.entry("vi", "gruppen"),
			Map.entry("alla", "alla"), Map.entry("samtliga", "alla"), Map.entry("gruppen", "gruppen"),
			Map.entry("hela gruppen", "gruppen"), Map.entry("alla deltagare", "alla"),
			Map.entry("deltagarna", "deltagarna"), Map.entry("var och en", "var och en"),
			Map.entry("respektive organisation", "respektive organisation"),
			Map.entry("respektive organisationer", "respektive organisation"),
			Map.entry("varje organisation", "varje organisation"),
			Map.entry("alla organisationer", "alla organisationer"), Map.entry("styrelsen", "styrelsen"),
			Map.entry("ledningsgruppen", "ledningsgruppen"), Map.entry("arbetsgruppen", "arbetsgruppen"),
			Map.entry("presidiet", "presidiet"), Map.entry("kansliet", "kansliet"));

	private static final Pattern BRACKETS = Pattern.compile("^[(\\[]|[)\\]]$");

	private static final Pattern SPLIT = Pattern.compile("\\s*,\\s*|\\s+och\\s+|\\s+samt\\s+|\\s*&\\s*|\\s*/\\s*");

	private final NameShapes shapes;

	private final NameResolver resolver;

	private final String group;

	private final List<String> documentNames;

	Owners(NameShapes shapes, NameResolver resolver, String group, List<String> documentNames) {
		this.shapes = shapes;
		this.resolver = resolver;
		this.group = group;
		this.documentNames = documentNames;
	}

	/** The owners a phrase names, or empty where it names none. */
	Optional<List<Owner>> parse(String phrase) {
		String text = Text.trimEnd(BRACKETS.matcher(Text.plain(phrase)).replaceAll(""));
		if (text.isEmpty() || text.length() > 80) {
			return Optional.empty();
		}
		String collective = COLLECTIVES.get(Text.key(text));
		if (collective != null) {
			return Optional.of(List.of(new Owner(text, Owner.Kind.COLLECTIVE, null, collective)));
		}
		List<Owner> owners = new ArrayList<>();
		for (String part : SPLIT.split(text)) {
			Owner owner = one(part);
			if (owner == null) {
				return Optional.empty();
			}
			owners.add(owner);
		}
		return owners.isEmpty() ? Optional.empty() : Optional.of(owners);
	}

	private Owner one(String part) {
		String text = Text.trimEnd(part);
		if (text.isEmpty()) {
			return null;
		}
		String collective = COLLECTIVES.get(Text.key(text));
		if (collective != null) {
			return new Owner(text, Owner.Kind.COLLECTIVE, null, collective);
		}
		Optional<KnownOrganisation> known = this.shapes.index().findOrganisation(text);
		if (known.isPresent()) {
			return new Owner(text, Owner.Kind.ORGANISATION, Resolution.organisation(known.get()), known.get().name());
		}
		if (this.shapes.isPersonName(text)) {
			Resolution resolution = this.resolver.resolve(text, this.group, this.documentNames);
			return new Owner(text, Owner.Kind.PERSON, resolution, resolution.name());
		}
		String[] words = Text.words(text);
		if (words.length <= 3 && this.shapes.isOrganisation(text) && Character.isLetter(text.charAt(0))
				&& !isCommonNoun(words)) {
			boolean commonWord = words.length == 1 && NameShapes.isOrganisationWord(text);
			return new Owner(text, Owner.Kind.ORGANISATION, null, commonWord ? Text.decapitalise(text) : text);
		}
		return null;
	}

	/** Lower-case words that are not organisations ("saknas", "alla andra"). */
	private static boolean isCommonNoun(String[] words) {
		return !Text.startsUpper(words[0]) && !NameShapes.isOrganisationWord(String.join(" ", words));
	}

	/**
	 * The organisation a genitive names: "brukarorganisationernas" gives
	 * "brukarorganisationerna".
	 */
	Optional<String> organisationInGenitive(String word) {
		String w = Text.trimEnd(word);
		if (w.length() < 4) {
			return Optional.empty();
		}
		for (String candidate : new String[] { w, w.endsWith("s") ? w.substring(0, w.length() - 1) : w }) {
			Optional<KnownOrganisation> known = this.shapes.index().findOrganisation(candidate);
			if (known.isPresent()) {
				return Optional.of(known.get().name());
			}
			if (NameShapes.isOrganisationWord(candidate) && candidate.length() > 8) {
				return Optional.of(Text.decapitalise(candidate));
			}
		}
		return Optional.empty();
	}

}
