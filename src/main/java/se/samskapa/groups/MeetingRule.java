package se.samskapa.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When a group meets: "torsdagar jämna veckor klockan 10:00-12:00".
 *
 * @param weekday the day of the week
 * @param parity every week, or only even or odd ISO weeks
 * @param start when the meeting begins
 * @param end when it ends
 * @param place where, if always the same
 * @param validFrom the first day the rule applies, or {@code null} for always
 */
public record MeetingRule(DayOfWeek weekday, WeekParity parity, LocalTime start, LocalTime end, String place,
		LocalDate validFrom) {

	/** How far an exception may move an occurrence; bounds the search window. */
	private static final int MAX_MOVE_DAYS = 60;

	public MeetingRule {
		Objects.requireNonNull(weekday, "weekday");
		Objects.requireNonNull(parity, "parity");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A meeting must end after it starts");
		}
	}

	/**
	 * The meetings the rule gives from {@code from} to {@code to} (both included), with
	 * the exceptions applied: a moved occurrence appears on its new date, a cancelled one
	 * stays in the list marked as cancelled.
	 */
	public List<Occurrence> occurrences(LocalDate from, LocalDate to, Collection<RuleException> exceptions) {
		Map<LocalDate, RuleException> byDate = exceptions.stream()
			.collect(Collectors.toMap(RuleException::occurrenceDate, Function.identity(), (a, b) -> b));
		List<Occurrence> result = new ArrayList<>();
		LocalDate first = from.minusDays(MAX_MOVE_DAYS);
		if (validFrom != null && first.isBefore(validFrom)) {
			first = validFrom;
		}
		for (LocalDate day = first.with(TemporalAdjusters.nextOrSame(weekday)); !day
			.isAfter(to.plusDays(MAX_MOVE_DAYS)); day = day.plusWeeks(1)) {
			if (!parity.includes(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))) {
				continue;
			}
			Occurrence occurrence = apply(day, byDate.get(day));
			if (!occurrence.date().isBefore(from) && !occurrence.date().isAfter(to)) {
				result.add(occurrence);
			}
		}
		result.sort(Comparator.comparing(Occurrence::date).thenComparing(Occurrence::start));
		return result;
	}

	/** The first occurrence that is not cancelled, on or after the given day. */
	public Optional<Occurrence> next(LocalDate onOrAfter, Collection<RuleException> exceptions) {
		for (int year = 0; year < 3; year++) {
			LocalDate from = onOrAfter.plusYears(year);
			Optional<Occurrence> found = occurrences(from, from.plusYears(1).minusDays(1), exceptions).stream()
				.filter(o -> !o.cancelled())
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** Whether the rule (before exceptions) falls on the given day. */
	public boolean fallsOn(LocalDate day) {
		return day.getDayOfWeek() == weekday && parity.includes(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
				&& (validFrom == null || !day.isBefore(validFrom));
	}

	private Occurrence apply(LocalDate day, RuleException exception) {
		if (exception == null) {
			return new Occurrence(day, day, start, end, place, Occurrence.Status.REGULAR, null);
		}
		if (exception.kind() == RuleException.Kind.CANCELLED) {
			return new Occurrence(day, day, start, end, place, Occurrence.Status.CANCELLED, exception.note());
		}
		return new Occurrence(day, exception.newDate(), Optional.ofNullable(exception.newStart()).orElse(start),
				Optional.ofNullable(exception.newEnd()).orElse(end),
				Optional.ofNullable(exception.newPlace()).orElse(place), Occurrence.Status.MOVED, exception.note());
	}

}
