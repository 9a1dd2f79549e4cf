package se.samskapa.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.AccountView;
import se.samskapa.directory.Role;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.RuleException;
import se.samskapa.groups.WeekParity;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.AgendaItemView;
import se.samskapa.meetings.DemoMeetings;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.MinutesStatus;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo is the five seed minutes entered as real data, dated in the current year:
 * their attendance, sections, decisions and actions as a careful reader takes them.
 */
@SamskapaTest
@Import(DemoMeetings.class)
class DemoDataIntegrationTests {

	@Autowired
	MeetingReader reader;

	@Autowired
	ActionItemManagement actions;

	@Autowired
	GroupManagement groups;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DemoMeetings demo;

	@Test
	void theFiveSeedMeetingsArePublishedWithTheirAttendanceSectionsDecisionsAndActions() {
		assertSeed(demo.seed000(), 10, 0,
				List.of("Avstämningshalvdag", "Fritidsbank", "Sysselsättning", "Rapport från arbetsgrupper"), 1, 9,
				"David Bergström");
		assertSeed(demo.seed001(), 7, 3, List.of("Lokalfrågan", "Hälsa", "Personlig representant", "CurioCity Mashup",
				"Gemensam utvecklingsgrupp 13 mars", "Övrigt"), 0, 2, "David Bergström");
		assertSeed(demo.meeting(DemoMeetings.GUG, LocalDate.of(2026, 8, 31)), 14, 0, null, 0, 3, "David Bergström");
		assertSeed(demo.meeting(DemoMeetings.GUG, LocalDate.of(2026, 9, 5)), 11, 0, null, 1, 5, "David Bergström");
		assertSeed(demo.seed004(), 8, 0, null, 3, 4, null);
	}

	@Test
	void attendanceKeepsTheOrganisationAsWrittenAtEachMeeting() {
		assertThat(reader.details(demo.seed000()).present()).extracting(a -> a.label())
			.contains("Allan Hedman, brukarmentor", "Catrin Albrektsson", "Bent Nielsen, IFS");
		assertThat(reader.details(demo.seed001()).present()).extracting(a -> a.label())
			.contains("Allan Hedman, socialförvaltningen", "Bo Pettersson, Ria/G7");
		assertThat(reader.details(demo.seed001()).absent()).extracting(a -> a.label())
			.containsExactlyInAnyOrder("Ivan Kuzhikov, Vorta Drom", "Anne Eskilsson, socialförvaltningen",
					"Per Norbeck, Bryggan");
	}

	@Test
	void actionsAreOwnedByPeopleOrganisationsOrWordsWithTheirDueDates() {
		MeetingDetails seed000 = reader.details(demo.seed000());
		assertThat(seed000.actions()).extracting(a -> a.ownerNames())
			.contains("Åke Malmén, Lina Håkansson", "arbetsmarknadsförvaltningen", "respektive organisation", "");
		assertThat(seed000.actions()).allSatisfy(a -> assertThat(a.due().date()).isNotNull());
		assertThat(reader.details(demo.meeting(DemoMeetings.GUG, LocalDate.of(2026, 9, 5))).actions())
			.extracting(a -> a.due().text())
			.contains("under hösten");
	}

	@Test
	void theLedningsgruppMeetsOnThursdaysInEvenWeeksWithTheAprilException() {
		long lg = demo.group(DemoMeetings.LG).id();
		MeetingRule rule = groups.rule(lg).orElseThrow();
		assertThat(rule.weekday()).isEqualTo(DayOfWeek.THURSDAY);
		assertThat(rule.parity()).isEqualTo(WeekParity.EVEN);
		assertThat(rule.start()).isEqualTo(LocalTime.of(10, 0));
		assertThat(rule.end()).isEqualTo(LocalTime.of(12, 0));
		// 20 April 2026 is a Monday; the nearest Thursday of an even week is 16 April.
		assertThat(groups.ruleExceptions(lg)).extracting(RuleException::occurrenceDate)
			.containsExactly(LocalDate.of(2026, 4, 16));
	}

	@Test
	void theNextLedningsgruppMeetingIsPreparedWithItsFollowUp() {
		MeetingDetails next = reader.details(demo.nextLg());
		assertThat(next.status()).isEqualTo(MinutesStatus.DRAFT);
		assertThat(next.noteTaker().name()).isEqualTo("David Bergström");
		assertThat(next.followUpItem()).isPresent();
		assertThat(next.followUps()).hasSize(6);
	}

	@Test
	void seed001ProposedFourItemsForGemensamUtvecklingsgrupp() {
		assertThat(reader.details(demo.gugMarch13()).regularItems()).extracting(AgendaItemView::proposedFromGroup)
			.containsOnly("Ledningsgrupp för utveckling")
			.hasSize(4);
	}

	@Test
	void theThreeDemoAccountsAreLinkedToTheirPeople() {
		assertThat(accounts.accounts()).extracting(AccountView::username, AccountView::role, AccountView::personName)
			.contains(org.assertj.core.groups.Tuple.tuple("admin", Role.ADMIN, null),
					org.assertj.core.groups.Tuple.tuple("samordnare", Role.COORDINATOR, "David Bergström"),
					org.assertj.core.groups.Tuple.tuple("medlem", Role.MEMBER, "Herbert Tinz"));
	}

	private void assertSeed(long meetingId, int present, int absent, List<String> sections, int decisions,
			int actionCount, String noteTaker) {
		MeetingDetails details = reader.details(meetingId);
		assertThat(details.status()).isEqualTo(MinutesStatus.PUBLISHED);
		assertThat(details.present()).hasSize(present);
		assertThat(details.absent()).hasSize(absent);
		if (sections != null) {
			assertThat(details.regularItems()).extracting(AgendaItemView::title).containsExactlyElementsOf(sections);
		}
		assertThat(details.decisions()).hasSize(decisions);
		assertThat(actions.ofMeeting(meetingId)).hasSize(actionCount);
		assertThat(details.noteTaker() == null ? null : details.noteTaker().name()).isEqualTo(noteTaker);
	}

}
