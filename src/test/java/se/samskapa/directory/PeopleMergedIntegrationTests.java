package se.samskapa.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.AttendanceStatus;
import se.samskapa.meetings.DemoMeetings;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.Owner;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two records that turn out to be one person are merged without losing either's history:
 * the survivor takes the names and affiliations, and every module moves its references
 * (group memberships, attendance, action owners) on the PeopleMerged event.
 */
@SamskapaTest
@Import(DemoMeetings.class)
class PeopleMergedIntegrationTests {

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GroupManagement groups;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingReader reader;

	@Autowired
	ActionItemManagement actions;

	@Autowired
	DemoMeetings demo;

	@Test
	void mergingMovesEveryReferenceToTheSurvivor() {
		// Fresh people, so that the committed merge does not change the demo data other
		// tests read.
		long survivor = directory.createPerson("Karin Testberg").id();
		long duplicate = directory.createPerson("Karin Test-Berg").id();
		directory.addAffiliation(duplicate, null, "brukarutvecklare", LocalDate.of(2024, 1, 1), null);
		long group = demo.group(DemoMeetings.GUG).id();
		groups.putMember(group, duplicate, GroupRole.MEMBER, null, null);
		long meeting = demo.nextGug();
		meetings.setAttendance(meeting, duplicate, AttendanceStatus.PRESENT);
		long action = actions.create(meeting, null, "Ta fram en affisch", List.of(Owner.person(duplicate)), Due.NONE,
				"test");

		PersonView merged = directory.merge(survivor, duplicate, "test");

		assertThat(merged.aliases()).contains("Karin Test-Berg");
		assertThat(merged.affiliations()).extracting(AffiliationView::title).contains("brukarutvecklare");
		assertThat(directory.person(duplicate).orElseThrow().mergedIntoId()).isEqualTo(survivor);
		assertThat(directory.people()).extracting(PersonView::id).doesNotContain(duplicate);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(groups.members(group)).extracting(m -> m.personId())
				.contains(survivor)
				.doesNotContain(duplicate);
			assertThat(reader.details(meeting).present()).extracting(a -> a.personId())
				.contains(survivor)
				.doesNotContain(duplicate);
			assertThat(actions.find(action).orElseThrow().owners()).extracting(o -> o.personId())
				.containsExactly(survivor);
		});
	}

	@Test
	void theListOfEveryoneShowsEachPersonAsTheirOwnRecordDoes() {
		long person = directory.createPerson("Lista Testsson").id();
		directory.addAlias(person, "Listan");
		directory.addAlias(person, "L. Testsson");
		directory.addAffiliation(person, null, "mentor", LocalDate.of(2023, 1, 1), null);
		directory.addAffiliation(person, null, "brukarutvecklare", null, LocalDate.of(2022, 12, 31));
		long merged = directory.createPerson("Lista Testson").id();
		directory.merge(person, merged, "test");

		List<PersonView> everyone = directory.people();
		assertThat(everyone).extracting(PersonView::id).contains(person).doesNotContain(merged);
		assertThat(everyone).allSatisfy(p -> assertThat(p).isEqualTo(directory.person(p.id()).orElseThrow()));
	}

	@Test
	void theDuplicatesLoginMovesToTheSurvivor() {
		long survivor = directory.createPerson("Olle Kontolös").id();
		long duplicate = directory.createPerson("Olle Kontolos").id();
		accounts.createWithoutPolicy("olle-test", "ett-langt-losenord", Role.MEMBER, duplicate);
		directory.merge(survivor, duplicate, "test");
		assertThat(accounts.accountOfPerson(survivor)).map(AccountView::username).contains("olle-test");
		assertThat(((SamskapaUser) accounts.loadUserByUsername("olle-test")).personId()).isEqualTo(survivor);
	}

	@Test
	void aPersonCannotBeMergedWithThemselves() {
		long person = directory.createPerson("Ensam Person").id();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> directory.merge(person, person, "test"))
			.isInstanceOf(RuntimeException.class);
	}

}
