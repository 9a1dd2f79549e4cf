package se.samskapa.meetings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.RuleException;
import se.samskapa.groups.WeekParity;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A meeting prepared from the rule follows later changes: moved, cancelled, back again,
 * or at a new time. The groups module announces the change; the meetings module reacts
 * after the change is committed, so the test waits for it.
 */
@SamskapaTest
class PreparedMeetingsFollowTheRuleIntegrationTests {

	@Autowired
	GroupManagement groups;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingReader reader;

	@Test
	void aPreparedMeetingMovesIsCancelledAndComesBackWithItsRule() {
		long group = groups.createGroup("Regelprovet", GroupKind.WORKING, null, null).id();
		groups.setRule(group, new MeetingRule(DayOfWeek.WEDNESDAY, WeekParity.EVERY, LocalTime.of(9, 0),
				LocalTime.of(10, 0), "Rum 1", null));
		LocalDate wednesday = LocalDate.of(2026, 12, 2);
		long meeting = meetings.prepare(group, wednesday);

		groups.putException(group, RuleException.moved(wednesday, wednesday.plusDays(1), LocalTime.of(13, 0),
				LocalTime.of(14, 0), "Lokalen är upptagen"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			MeetingSummary moved = reader.summary(meeting).orElseThrow();
			assertThat(moved.date()).isEqualTo(wednesday.plusDays(1));
			assertThat(moved.start()).isEqualTo(LocalTime.of(13, 0));
		});
		assertThat(reader.upcoming(java.util.List.of(group), wednesday, wednesday.plusDays(2))).singleElement()
			.satisfies(u -> assertThat(u.moved()).isTrue());

		groups.putException(group, RuleException.cancelled(wednesday, "Julledigt"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(reader.summary(meeting).orElseThrow().cancelled()).isTrue());

		groups.removeException(group, wednesday);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			MeetingSummary back = reader.summary(meeting).orElseThrow();
			assertThat(back.cancelled()).isFalse();
			assertThat(back.date()).isEqualTo(wednesday);
			assertThat(back.start()).isEqualTo(LocalTime.of(9, 0));
		});

		groups.setRule(group, new MeetingRule(DayOfWeek.WEDNESDAY, WeekParity.EVERY, LocalTime.of(15, 0),
				LocalTime.of(16, 30), "Rum 2", null));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			MeetingSummary later = reader.summary(meeting).orElseThrow();
			assertThat(later.start()).isEqualTo(LocalTime.of(15, 0));
			assertThat(later.place()).isEqualTo("Rum 2");
		});
	}

}
