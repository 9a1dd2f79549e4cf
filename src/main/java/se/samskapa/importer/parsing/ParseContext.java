package se.samskapa.importer.parsing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the parser may know beyond the text.
 *
 * @param source the file name or other label, copied into the result
 * @param knownGroups names of the groups, so that "Ledningsgrupp för utveckling 20
 * februari" yields the group and the date
 * @param defaultYear the year for dates written without one ({@code --year}), or
 * {@code null}
 * @param fileDate the file's date from its metadata, or {@code null}
 * @param people the directory, for resolving names
 */
public record ParseContext(String source, List<String> knownGroups, Integer defaultYear, LocalDate fileDate,
		PeopleIndex people) {

	public ParseContext {
		knownGroups = List.copyOf(knownGroups);
		Objects.requireNonNull(people, "people");
	}

	/** No groups, no year, nobody known. */
	public static ParseContext empty() {
		return new ParseContext(null, List.of(), null, null, PeopleIndex.empty());
	}

	public ParseContext withSource(String newSource) {
		return new ParseContext(newSource, this.knownGroups, this.defaultYear, this.fileDate, this.people);
	}

	public ParseContext withKnownGroups(List<String> groups) {
		return new ParseContext(this.source, groups, this.defaultYear, this.fileDate, this.people);
	}

	public ParseContext withDefaultYear(Integer year) {
		return new ParseContext(this.source, this.knownGroups, year, this.fileDate, this.people);
	}

	public ParseContext withFileDate(LocalDate date) {
		return new ParseContext(this.source, this.knownGroups, this.defaultYear, date, this.people);
	}

	public ParseContext withPeople(PeopleIndex index) {
		return new ParseContext(this.source, this.knownGroups, this.defaultYear, this.fileDate, index);
	}

}
