package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a name as written against the directory, in this order: the full name, an
 * alias, a first name (or first name and initial) unique among the group's members or
 * else among everyone, an organisation's name or abbreviation, a small misspelling or
 * shortened surname, and last a fuller form of the name written elsewhere in the same
 * minutes. Names found in the document also break ties between several people. What
 * matches nobody comes back as {@link Resolution.Outcome#NEW}; what matches several as
 * {@link Resolution.Outcome#AMBIGUOUS} with the candidates.
 */
public final class NameResolver {

	private final PeopleIndex index;

	private final Map<String, Resolution> resolved = new HashMap<>();

	private final Map<String, String> keys = new HashMap<>();

	/**
	 * A resolver over the directory. It remembers what it resolved, so use one per
	 * document (or per batch of documents), not one for ever.
	 * @param index the directory
	 */
	public NameResolver(PeopleIndex index) {
		this.index = index;
	}

	/**
	 * Resolves one name.
	 * @param written the name as written ("/David", "Bosse", "Ivan Kuzhik", "SOF")
	 * @param group the group that met, for first names; may be {@code null}
	 * @param documentNames the full names written elsewhere in the same minutes
	 * @return the resolution, never {@code null}
	 */
	public Resolution resolve(String written, String group, Collection<String> documentNames) {
		String cacheKey = written + "\u0000" + group + "\u0000" + documentNames.size();
		Resolution known = this.resolved.get(cacheKey);
		if (known == null) {
			known = resolveUncached(written, group, documentNames);
			this.resolved.put(cacheKey, known);
		}
		return known;
	}

	private Resolution resolveUncached(String written, String group, Collection<String> documentNames) {
		String name = clean(written);
		List<KnownPerson> exact = this.index.findByName(name);
		if (!exact.isEmpty()) {
			return choose(name, exact, Resolution.Match.EXACT, group, documentNames);
		}
		List<KnownPerson> alias = this.index.findByAlias(name);
		if (!alias.isEmpty()) {
			return choose(name, alias, Resolution.Match.ALIAS, group, documentNames);
		}
		String[] words = Text.words(name);
		if (words.length == 1 || (words.length == 2 && isInitial(words[1]))) {
			List<KnownPerson> byFirst = byFirstName(words);
			if (!byFirst.isEmpty()) {
				return choose(name, byFirst, Resolution.Match.FIRST_NAME, group, documentNames);
			}
		}
		Optional<KnownOrganisation> organisation = this.index.findOrganisation(name);
		if (organisation.isPresent()) {
			return Resolution.organisation(organisation.get());
		}
		if (words.length >= 2) {
			List<KnownPerson> similar = similar(name, words);
			if (!similar.isEmpty()) {
				return choose(name, similar, Resolution.Match.SIMILAR, group, documentNames);
			}
		}
		return fromDocument(name, words, group, documentNames);
	}

	private List<KnownPerson> byFirstName(String[] words) {
		List<KnownPerson> people = new ArrayList<>(this.index.findByFirstName(words[0]));
		if (words.length == 2) {
			String initial = Text.key(words[1].replace(".", ""));
			people.removeIf((p) -> !Text.key(p.lastName()).startsWith(initial));
		}
		return people;
	}

	/** One person: resolved. Several: the group's members, then the document, decide. */
	private Resolution choose(String name, List<KnownPerson> people, Resolution.Match match, String group,
			Collection<String> documentNames) {
		List<KnownPerson> distinct = List.copyOf(new LinkedHashSet<>(people));
		if (distinct.size() == 1) {
			return Resolution.person(match, distinct.get(0));
		}
		List<KnownPerson> members = distinct.stream().filter((p) -> p.isMemberOf(group)).toList();
		if (members.size() == 1) {
			return Resolution.person(match, members.get(0));
		}
		List<KnownPerson> pool = members.isEmpty() ? distinct : members;
		Set<String> written = keys(documentNames);
		List<KnownPerson> inDocument = pool.stream().filter((p) -> written.contains(Text.key(p.name()))).toList();
		if (inDocument.size() == 1) {
			return Resolution.person(Resolution.Match.IN_DOCUMENT, inDocument.get(0));
		}
		return Resolution.ambiguous(name, pool);
	}

	/**
	 * Misspellings within a small edit distance, a surname cut short ("Kuzhik" for
	 * "Kuzhikov"), or a middle name left out ("Carina Sörensen").
	 */
	private List<KnownPerson> similar(String name, String[] words) {
		String key = Text.key(name);
		List<KnownPerson> found = new ArrayList<>();
		for (KnownPerson person : this.index.findSimilar(name)) {
			List<String> names = new ArrayList<>(person.aliases());
			names.add(person.name());
			for (String candidate : names) {
				if (isSimilar(key, words, this.keys.computeIfAbsent(candidate, Text::key))) {
					found.add(person);
					break;
				}
			}
		}
		return found;
	}

	static boolean isSimilar(String key, String[] words, String candidate) {
		int allowed = Math.max(1, Math.min(2, key.length() / 8));
		if (EditDistance.atMost(key, candidate, allowed)) {
			return true;
		}
		String[] other = candidate.split(" ");
		if (other.length < 2 || !Text.key(words[0]).equals(other[0])) {
			return false;
		}
		String last = Text.key(words[words.length - 1]);
		String otherLast = other[other.length - 1];
		boolean shortened = last.length() >= 4 && (otherLast.startsWith(last) || last.startsWith(otherLast));
		return shortened || (words.length < other.length && last.equals(otherLast));
	}

	private Resolution fromDocument(String name, String[] words, String group, Collection<String> documentNames) {
		if (words.length == 1) {
			String first = Text.key(words[0]);
			List<String> fuller = documentNames.stream()
				.filter((full) -> Text.words(full).length > 1 && Text.key(Text.words(full)[0]).equals(first))
				.distinct()
				.toList();
			if (fuller.size() == 1) {
				List<KnownPerson> known = this.index.findByName(fuller.get(0));
				return (known.size() == 1) ? Resolution.person(Resolution.Match.IN_DOCUMENT, known.get(0))
						: Resolution.newPerson(Resolution.Match.IN_DOCUMENT, fuller.get(0));
			}
		}
		return Resolution.newPerson(Resolution.Match.NONE, name);
	}

	private static Set<String> keys(Collection<String> names) {
		Set<String> keys = new LinkedHashSet<>();
		names.forEach((n) -> keys.add(Text.key(n)));
		return keys;
	}

	private static boolean isInitial(String word) {
		return word.replace(".", "").length() == 1 && Character.isUpperCase(word.charAt(0));
	}

	/** "/David", "*Vilma*", "David." all become the bare name. */
	static String clean(String written) {
		String s = Text.plain(written == null ? "" : written);
		while (s.startsWith("/") || s.startsWith("-")) {
			s = s.substring(1).trim();
		}
		return Text.trimEnd(s);
	}

}
