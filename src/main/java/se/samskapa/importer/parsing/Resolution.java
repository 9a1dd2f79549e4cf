package se.samskapa.importer.parsing;

import java.util.List;

/**
 * How a name written in the minutes was matched against the directory.
 *
 * @param outcome resolved, ambiguous or new
 * @param match which rule matched
 * @param name the name to show: the person's full name, the organisation's name, or the
 * name as written (completed from the document where it could be)
 * @param person the person, when resolved to one
 * @param organisation the organisation, when the name was one
 * @param candidates the people to choose among, when ambiguous
 */
public record Resolution(Outcome outcome, Match match, String name, KnownPerson person, KnownOrganisation organisation,
		List<KnownPerson> candidates) {

	public Resolution {
		candidates = List.copyOf(candidates);
	}

	static Resolution person(Match match, KnownPerson person) {
		return new Resolution(Outcome.RESOLVED, match, person.name(), person, null, List.of());
	}

	static Resolution organisation(KnownOrganisation organisation) {
		return new Resolution(Outcome.RESOLVED, Match.ORGANISATION, organisation.name(), null, organisation, List.of());
	}

	static Resolution ambiguous(String written, List<KnownPerson> candidates) {
		return new Resolution(Outcome.AMBIGUOUS, Match.NONE, written, null, null, candidates);
	}

	static Resolution newPerson(Match match, String name) {
		return new Resolution(Outcome.NEW, match, name, null, null, List.of());
	}

	public boolean isResolved() {
		return this.outcome == Outcome.RESOLVED;
	}

	/** What became of the name. */
	public enum Outcome {

		/** Matched one person or organisation in the directory. */
		RESOLVED,
		/** Matched several people: the coordinator chooses. */
		AMBIGUOUS,
		/** Matched nobody: proposed as a new person. */
		NEW

	}

	/** The rule that matched. */
	public enum Match {

		/** The full name. */
		EXACT,
		/** One of the person's aliases. */
		ALIAS,
		/** A first name unique among the group's members, or else among everyone. */
		FIRST_NAME,
		/** An organisation's name or abbreviation (SOF, AMF). */
		ORGANISATION,
		/** A small misspelling or a shortened surname ("Ivan Kuzhik"). */
		SIMILAR,
		/** A fuller form of the name written elsewhere in the same minutes. */
		IN_DOCUMENT,
		/** Nothing matched. */
		NONE

	}

}
