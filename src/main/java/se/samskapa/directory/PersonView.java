package se.samskapa.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person as other modules see it.
 *
 * @param id the person's id
 * @param fullName the name as the person uses it
 * @param aliases other spellings and nicknames (Bosse for Bo Pettersson)
 * @param affiliations organisations and roles over time
 * @param mergedIntoId set when this record turned out to be a duplicate of another person
 */
public record PersonView(long id, String fullName, List<String> aliases, List<AffiliationView> affiliations,
		Long mergedIntoId) {

	public PersonView {
		aliases = List.copyOf(aliases);
		affiliations = List.copyOf(affiliations);
	}

	/** The affiliation valid on the given day; of several, the one that began last. */
	public Optional<AffiliationView> affiliationOn(LocalDate day) {
		return affiliations.stream()
			.filter(a -> a.isValidOn(day))
			.max(Comparator.comparing(AffiliationView::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	public String firstName() {
		int space = fullName.indexOf(' ');
		return space < 0 ? fullName : fullName.substring(0, space);
	}

}
