package se.samskapa.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The meeting rule against real calendars: seed 004's "torsdagar jämna veckor klockan
 * 10:00-12:00" in spring 2017, and the turn of 2026, which has an ISO week 53.
 */
class MeetingRuleUnitTests {

	private static final LocalTime TEN = LocalTime.of(10, 0);

	private static final LocalTime NOON = LocalTime.of(12, 0);

	/** Seed 004: "Framöver gäller torsdagar jämna veckor klockan 10:00-12:00." */
	private static final MeetingRule SEED_004 = thursdays(WeekParity.EVEN, null);

	private static MeetingRule thursdays(WeekParity parity, LocalDate validFrom) {
		return new MeetingRule(DayOfWeek.THURSDAY, parity, TEN, NOON, "Stadshuset", validFrom);
	}

	private static List<LocalDate> dates(MeetingRule rule, LocalDate from, LocalDate to, RuleException... exceptions) {
		return rule.occurrences(from, to, List.of(exceptions)).stream().map(Occurrence::date).toList();
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Nested
	class Parity {

		@Test
		void seed004GivesTheEvenWeekThursdaysOfSpring2017() {
			assertThat(day(2017, 3, 23).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(12);
			assertThat(day(2017, 4, 20).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(16);

			assertThat(dates(SEED_004, day(2017, 3, 20), day(2017, 5, 5))).containsExactly(day(2017, 3, 23),
					day(2017, 4, 6), day(2017, 4, 20), day(2017, 5, 4));
		}

		@Test
		void oddWeeksAreTheOtherThursdays() {
			assertThat(dates(thursdays(WeekParity.ODD, null), day(2017, 3, 10), day(2017, 4, 30)))
				.containsExactly(day(2017, 3, 16), day(2017, 3, 30), day(2017, 4, 13), day(2017, 4, 27));
		}

		@Test
		void everyWeekIsEveryThursday() {
			assertThat(dates(thursdays(WeekParity.EVERY, null), day(2026, 11, 22), day(2026, 12, 13)))
				.containsExactly(day(2026, 11, 26), day(2026, 12, 3), day(2026, 12, 10));
		}

		@Test
		void oddWeeksMeetTwiceInARowAcrossWeek53() {
			// 31 December 2026 is in week 53, 7 January 2027 in week 1: both odd.
			assertThat(day(2026, 12, 31).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
			assertThat(day(2027, 1, 7).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(1);

			assertThat(dates(thursdays(WeekParity.ODD, null), day(2026, 12, 14), day(2027, 1, 24)))
				.containsExactly(day(2026, 12, 17), day(2026, 12, 31), day(2027, 1, 7), day(2027, 1, 21));
		}

		@Test
		void evenWeeksPauseThreeWeeksAcrossWeek53() {
			assertThat(dates(SEED_004, day(2026, 12, 14), day(2027, 1, 24))).containsExactly(day(2026, 12, 24),
					day(2027, 1, 14));
		}

		@Test
		void aWeek53DayInTheNewYearCountsAsWeek53() {
			// Friday 1 January 2027 still belongs to week 53 of 2026.
			MeetingRule oddFridays = new MeetingRule(DayOfWeek.FRIDAY, WeekParity.ODD, TEN, NOON, null, null);

			assertThat(dates(oddFridays, day(2026, 12, 21), day(2027, 1, 10))).containsExactly(day(2027, 1, 1),
					day(2027, 1, 8));
		}

		@Test
		void everyWeekRunsStraightThroughTheTurnOfTheYear() {
			assertThat(dates(thursdays(WeekParity.EVERY, null), day(2026, 12, 21), day(2027, 1, 10)))
				.containsExactly(day(2026, 12, 24), day(2026, 12, 31), day(2027, 1, 7));
		}

	}

	@Nested
	class ValidFrom {

		@Test
		void nothingBeforeTheRuleApplies() {
			MeetingRule fromSeed = thursdays(WeekParity.EVEN, day(2017, 3, 23));

			// 9 March 2017 is an even-week Thursday (week 10), but before the rule.
			assertThat(dates(fromSeed, day(2017, 3, 1), day(2017, 4, 10))).containsExactly(day(2017, 3, 23),
					day(2017, 4, 6));
		}

		@Test
		void aStartInTheMiddleOfAWeekWaitsForTheNextMatchingDay() {
			MeetingRule fromFriday = thursdays(WeekParity.EVEN, day(2017, 3, 17));

			assertThat(dates(fromFriday, day(2017, 3, 1), day(2017, 4, 10))).containsExactly(day(2017, 3, 23),
					day(2017, 4, 6));
		}

	}

	@Nested
	class Exceptions {

		private final RuleException workshop = RuleException.moved(day(2017, 4, 20), day(2017, 4, 21),
				LocalTime.of(13, 0), LocalTime.of(15, 0), "Arbetsmarknadsförvaltningen har workshop");

		@Test
		void aMovedOccurrenceAppearsOnItsNewDateAndKeepsItsRuleDate() {
			List<Occurrence> april = SEED_004.occurrences(day(2017, 4, 1), day(2017, 4, 30), List.of(workshop));

			assertThat(april).hasSize(2);
			assertThat(april.get(0).date()).isEqualTo(day(2017, 4, 6));
			Occurrence moved = april.get(1);
			assertThat(moved.ruleDate()).isEqualTo(day(2017, 4, 20));
			assertThat(moved.date()).isEqualTo(day(2017, 4, 21));
			assertThat(moved.start()).isEqualTo(LocalTime.of(13, 0));
			assertThat(moved.end()).isEqualTo(LocalTime.of(15, 0));
			assertThat(moved.place()).isEqualTo("Stadshuset");
			assertThat(moved.moved()).isTrue();
			assertThat(moved.note()).isEqualTo("Arbetsmarknadsförvaltningen har workshop");
		}

		@Test
		void aMoveWithoutNewTimesKeepsTheRulesTimes() {
			RuleException dayOnly = RuleException.moved(day(2017, 4, 20), day(2017, 4, 19), null, null, null);

			Occurrence moved = SEED_004.occurrences(day(2017, 4, 19), day(2017, 4, 19), List.of(dayOnly)).get(0);

			assertThat(moved.ruleDate()).isEqualTo(day(2017, 4, 20));
			assertThat(moved.start()).isEqualTo(TEN);
			assertThat(moved.end()).isEqualTo(NOON);
		}

		@Test
		void aCancelledOccurrenceStaysListedAsCancelled() {
			RuleException easter = RuleException.cancelled(day(2017, 4, 6), "Påskledigt");

			List<Occurrence> april = SEED_004.occurrences(day(2017, 4, 1), day(2017, 4, 30), List.of(easter));

			assertThat(april).extracting(Occurrence::date).containsExactly(day(2017, 4, 6), day(2017, 4, 20));
			assertThat(april.get(0).cancelled()).isTrue();
			assertThat(april.get(0).ruleDate()).isEqualTo(day(2017, 4, 6));
			assertThat(april.get(0).note()).isEqualTo("Påskledigt");
			assertThat(april.get(1).status()).isEqualTo(Occurrence.Status.REGULAR);
		}

		@Test
		void nextSkipsACancelledOccurrence() {
			RuleException easter = RuleException.cancelled(day(2017, 4, 6), "Påskledigt");

			assertThat(SEED_004.next(day(2017, 4, 1), List.of(easter))).map(Occurrence::date)
				.contains(day(2017, 4, 20));
		}

		@Test
		void nextFindsAMovedOccurrenceOnItsNewDate() {
			assertThat(SEED_004.next(day(2017, 4, 7), List.of(workshop))).map(Occurrence::date)
				.contains(day(2017, 4, 21));
			assertThat(SEED_004.next(day(2017, 4, 22), List.of(workshop))).map(Occurrence::date)
				.contains(day(2017, 5, 4));
		}

		@Test
		void anOccurrenceMovedOutOfTheWindowLeavesIt() {
			RuleException toMay = RuleException.moved(day(2017, 4, 20), day(2017, 5, 2), null, null, null);

			assertThat(dates(SEED_004, day(2017, 4, 1), day(2017, 4, 30), toMay)).containsExactly(day(2017, 4, 6));
		}

		@Test
		void anOccurrenceMovedIntoTheWindowJoinsIt() {
			RuleException fromMay = RuleException.moved(day(2017, 5, 4), day(2017, 4, 28), null, null, null);

			List<Occurrence> lateApril = SEED_004.occurrences(day(2017, 4, 21), day(2017, 4, 30), List.of(fromMay));

			assertThat(lateApril).extracting(Occurrence::date).containsExactly(day(2017, 4, 28));
			assertThat(lateApril.get(0).ruleDate()).isEqualTo(day(2017, 5, 4));
		}

		@Test
		void anOccurrenceMovedToBeforeTheWindowLeavesIt() {
			RuleException earlier = RuleException.moved(day(2017, 4, 6), day(2017, 3, 31), null, null, null);

			assertThat(dates(SEED_004, day(2017, 4, 1), day(2017, 4, 30), earlier)).containsExactly(day(2017, 4, 20));
		}

		@Test
		void anExceptionOnADayTheRuleDoesNotGiveChangesNothing() {
			RuleException oddWeek = RuleException.cancelled(day(2017, 4, 13), null);

			assertThat(SEED_004.occurrences(day(2017, 4, 1), day(2017, 4, 30), List.of(oddWeek)))
				.extracting(Occurrence::date, Occurrence::status)
				.containsExactly(tuple(day(2017, 4, 6), Occurrence.Status.REGULAR),
						tuple(day(2017, 4, 20), Occurrence.Status.REGULAR));
		}

	}

	@Nested
	class FallsOn {

		@Test
		void onlyTheRulesOwnDays() {
			assertThat(SEED_004.fallsOn(day(2017, 3, 23))).isTrue();
			assertThat(SEED_004.fallsOn(day(2017, 4, 20))).isTrue();
			assertThat(SEED_004.fallsOn(day(2017, 3, 30))).as("odd week").isFalse();
			assertThat(SEED_004.fallsOn(day(2017, 4, 21))).as("a Friday").isFalse();
		}

		@Test
		void notBeforeTheRuleApplies() {
			MeetingRule fromSeed = thursdays(WeekParity.EVEN, day(2017, 3, 23));

			assertThat(fromSeed.fallsOn(day(2017, 3, 9))).isFalse();
			assertThat(fromSeed.fallsOn(day(2017, 3, 23))).isTrue();
		}

		@Test
		void week53IsOdd() {
			assertThat(thursdays(WeekParity.ODD, null).fallsOn(day(2026, 12, 31))).isTrue();
			assertThat(SEED_004.fallsOn(day(2026, 12, 31))).isFalse();
		}

	}

	@Test
	void aMeetingMustEndAfterItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeetingRule(DayOfWeek.THURSDAY, WeekParity.EVEN, NOON, TEN, null, null));
	}

}
