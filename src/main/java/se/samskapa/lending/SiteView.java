package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Fritidsbanken site with its opening hours and coming closed days.
 *
 * @param loanDays how long a loan lasts here (the rule is 14 days)
 */
public record SiteView(long id, String slug, String name, String address, int loanDays, List<OpeningHours> hours,
		List<LocalDate> closedDays) {

	public OpeningCalendar calendar() {
		return new OpeningCalendar(hours.stream().map(OpeningHours::day).collect(Collectors.toSet()),
				Set.copyOf(closedDays));
	}

}
