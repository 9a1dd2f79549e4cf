package se.samskapa.groups;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.internal.Group;
import se.samskapa.groups.internal.GroupRepository;
import se.samskapa.shared.RuleViolation;
import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The groups module against the embedded PostgreSQL with the demo data. */
@SamskapaTest
@Transactional
class GroupManagementIntegrationTests {

	private static final LocalTime TEN = LocalTime.of(10, 0);

	private static final LocalTime NOON = LocalTime.of(12, 0);

	@Autowired
	GroupManagement groups;

	@Autowired
	GroupRepository repository;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private GroupView demoGroup(String name) {
		return groups.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}

	private long person(String name) {
		return directory.searchPeople(name, 1).get(0).id();
	}

	private GroupView newGroup(String name) {
		return groups.createGroup(name, GroupKind.STANDING, null, null);
	}

	@Test
	void aNewGroupGetsASlugWithoutSwedishLetters() {
		GroupView group = groups.createGroup("Ålands öar och äventyr", GroupKind.STANDING, null, "  ");

		assertThat(group.slug()).isEqualTo("alands-oar-och-aventyr");
		assertThat(group.description()).isNull();
		assertThat(groups.groupBySlug("alands-oar-och-aventyr")).contains(group);
	}

	@Test
	void twoNamesWithTheSameSlugGetDifferentSlugs() {
		GroupView first = newGroup("Grupp för öar");
		GroupView second = newGroup("Grupp for oar");

		assertThat(first.slug()).isEqualTo("grupp-for-oar");
		assertThat(second.slug()).isEqualTo("grupp-for-oar-2");
	}

	@Test
	void aNameIsTakenWhateverItsCase() {
		assertThatThrownBy(() -> newGroup("  klarspråksgruppen ")).isInstanceOf(RuleViolation.class)
			.hasMessage("group.name.taken");
	}

	@Test
	void aWorkingGroupReportsOnlyToAStandingGroup() {
		GroupView mentors = demoGroup("Mentorsgruppen");

		assertThatThrownBy(() -> groups.createGroup("Ny arbetsgrupp", GroupKind.WORKING, mentors.id(), null))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("group.reports.to.standing");
	}

	@Test
	void aStandingGroupReportsToNoOne() {
		GroupView parent = demoGroup("Gemensam utvecklingsgrupp");

		GroupView group = groups.createGroup("Ny stående grupp", GroupKind.STANDING, parent.id(), null);

		assertThat(group.reportsToId()).isNull();
	}

	@Test
	void describingAGroupKeepsItsSlug() {
		GroupView klarsprak = demoGroup("Klarspråksgruppen");
		GroupView parent = demoGroup("Gemensam utvecklingsgrupp");

		GroupView renamed = groups.describeGroup(klarsprak.id(), "Klarspråk och lättläst", GroupKind.WORKING,
				parent.id(), "Texter som alla förstår.");

		assertThat(renamed.slug()).isEqualTo(klarsprak.slug());
		assertThat(renamed.name()).isEqualTo("Klarspråk och lättläst");
		assertThat(renamed.description()).isEqualTo("Texter som alla förstår.");
	}

	@Test
	void describingRefusesAnotherGroupsNameButNotItsOwn() {
		GroupView klarsprak = demoGroup("Klarspråksgruppen");
		GroupView parent = demoGroup("Gemensam utvecklingsgrupp");

		assertThatThrownBy(
				() -> groups.describeGroup(klarsprak.id(), "Mentorsgruppen", GroupKind.WORKING, parent.id(), null))
			.hasMessage("group.name.taken");
		assertThat(
				groups.describeGroup(klarsprak.id(), "KLARSPRÅKSGRUPPEN", GroupKind.WORKING, parent.id(), null).name())
			.isEqualTo("KLARSPRÅKSGRUPPEN");
	}

	@Test
	void aGroupWithWorkingGroupsStaysAStandingGroup() {
		GroupView parent = demoGroup("Gemensam utvecklingsgrupp");
		GroupView other = demoGroup("Ledningsgrupp för utveckling");

		assertThatThrownBy(() -> groups.describeGroup(parent.id(), parent.name(), GroupKind.WORKING, other.id(), null))
			.hasMessage("group.has.working.groups");
	}

	@Test
	void workingGroupsOfAStandingGroup() {
		GroupView parent = demoGroup("Gemensam utvecklingsgrupp");
		groups.createGroup("Fritidsbanksgruppen", GroupKind.WORKING, parent.id(), null);

		assertThat(groups.workingGroupsOf(parent.id())).extracting(GroupView::name)
			.containsExactly("Brister i samverkan", "Fritidsbanksgruppen", "IT-gruppen", "Klarspråksgruppen",
					"Mentorsgruppen");
		assertThat(groups.workingGroupsOf(demoGroup("Ledningsgrupp för utveckling").id())).isEmpty();
	}

	@Test
	void membersComeChangeRoleAndGo() {
		GroupView klarsprak = demoGroup("Klarspråksgruppen");
		long bo = person("Bo Pettersson");
		long ria = directory.findOrganisation("Ria").orElseThrow().id();

		groups.putMember(klarsprak.id(), bo, GroupRole.MEMBER, ria, LocalDate.of(2026, 11, 22));
		assertThat(groups.roleOf(klarsprak.id(), bo)).contains(GroupRole.MEMBER);
		assertThat(groups.members(klarsprak.id())).contains(new MemberView(bo, GroupRole.MEMBER, ria));
		assertThat(groups.groupsOf(bo)).extracting(GroupView::name).contains("Klarspråksgruppen");

		groups.putMember(klarsprak.id(), bo, GroupRole.NOTE_TAKER, ria, LocalDate.of(2026, 12, 1));
		assertThat(groups.roleOf(klarsprak.id(), bo)).contains(GroupRole.NOTE_TAKER);
		assertThat(groups.members(klarsprak.id())).filteredOn(m -> m.personId() == bo).hasSize(1);

		groups.removeMember(klarsprak.id(), bo);
		assertThat(groups.roleOf(klarsprak.id(), bo)).isEmpty();
		assertThat(groups.groupsOf(bo)).extracting(GroupView::name).doesNotContain("Klarspråksgruppen");
	}

	@Test
	void aMemberWhoseJoinDateIsUnknownCanChangeRole() {
		GroupView klarsprak = demoGroup("Klarspråksgruppen");
		long herbert = person("Herbert Tinz");

		groups.putMember(klarsprak.id(), herbert, GroupRole.NOTE_TAKER, null, LocalDate.of(2026, 11, 22));

		assertThat(groups.roleOf(klarsprak.id(), herbert)).contains(GroupRole.NOTE_TAKER);
	}

	@Test
	void aRuleGivesOccurrences() {
		GroupView group = newGroup("Torsdagsgruppen");
		groups.setRule(group.id(), new MeetingRule(DayOfWeek.THURSDAY, WeekParity.EVEN, TEN, NOON, "Stadshuset", null));

		assertThat(groups.occurrences(group.id(), LocalDate.of(2026, 11, 22), LocalDate.of(2027, 1, 20)))
			.extracting(Occurrence::date)
			.containsExactly(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24),
					LocalDate.of(2027, 1, 14));
		assertThat(groups.nextOccurrence(group.id(), LocalDate.of(2026, 11, 27))).map(Occurrence::date)
			.contains(LocalDate.of(2026, 12, 10));

		groups.setRule(group.id(), null);
		assertThat(groups.rule(group.id())).isEmpty();
		assertThat(groups.occurrences(group.id(), LocalDate.of(2026, 11, 22), LocalDate.of(2027, 1, 20))).isEmpty();
	}

	@Test
	void anExceptionMustBeForADayTheRuleGives() {
		GroupView group = newGroup("Undantagsgruppen");
		assertThatThrownBy(
				() -> groups.putException(group.id(), RuleException.cancelled(LocalDate.of(2026, 12, 10), null)))
			.hasMessage("rule.missing");

		groups.setRule(group.id(), new MeetingRule(DayOfWeek.THURSDAY, WeekParity.EVEN, TEN, NOON, null, null));

		assertThatThrownBy(
				() -> groups.putException(group.id(), RuleException.cancelled(LocalDate.of(2026, 12, 3), null)))
			.as("3 December 2026 is in week 49")
			.hasMessage("rule.exception.not.occurrence");
		assertThatThrownBy(
				() -> groups.putException(group.id(),
						RuleException.moved(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11), LocalTime.of(13, 0),
								null, null)))
			.as("starts after the rule's end")
			.hasMessage("rule.exception.end.before.start");
	}

	@Test
	void exceptionsAreSavedReplacedAndRemoved() {
		GroupView group = newGroup("Undantagsgruppen");
		groups.setRule(group.id(), new MeetingRule(DayOfWeek.THURSDAY, WeekParity.EVEN, TEN, NOON, null, null));
		LocalDate december10 = LocalDate.of(2026, 12, 10);

		groups.putException(group.id(), RuleException.cancelled(december10, "Julbord"));
		assertThat(groups.occurrences(group.id(), december10, december10)).singleElement()
			.satisfies(o -> assertThat(o.cancelled()).isTrue());

		groups.putException(group.id(), RuleException.moved(december10, LocalDate.of(2026, 12, 11), null, null, null));
		assertThat(groups.ruleExceptions(group.id())).singleElement()
			.satisfies(e -> assertThat(e.kind()).isEqualTo(RuleException.Kind.MOVED));
		assertThat(groups.occurrences(group.id(), december10, LocalDate.of(2026, 12, 11))).extracting(Occurrence::date)
			.containsExactly(LocalDate.of(2026, 12, 11));

		groups.removeException(group.id(), december10);
		assertThat(groups.ruleExceptions(group.id())).isEmpty();
		assertThat(groups.occurrences(group.id(), december10, december10)).singleElement()
			.satisfies(o -> assertThat(o.status()).isEqualTo(Occurrence.Status.REGULAR));
	}

	@Test
	void aMergedDuplicatesMembershipMovesToTheSurvivorWithTheStrongerRole() {
		GroupView group = newGroup("Sammanslagningsgruppen");
		long survivor = directory.createPerson("Anna Andersson").id();
		long duplicate = directory.createPerson("Anna Anderson").id();
		long bystander = person("Bo Pettersson");
		groups.putMember(group.id(), survivor, GroupRole.MEMBER, null, null);
		groups.putMember(group.id(), duplicate, GroupRole.CHAIR, null, null);
		groups.putMember(group.id(), bystander, GroupRole.MEMBER, null, null);

		Group entity = repository.findAllWithPerson(duplicate).get(0);
		assertThat(entity.replacePerson(duplicate, survivor)).isTrue();
		repository.save(entity);

		assertThat(groups.members(group.id())).containsExactlyInAnyOrder(
				new MemberView(survivor, GroupRole.CHAIR, null), new MemberView(bystander, GroupRole.MEMBER, null));
		assertThat(repository.findAllWithPerson(duplicate)).isEmpty();
	}

	@Test
	void aSurvivorKeepsItsOwnStrongerRole() {
		GroupView group = newGroup("Sammanslagningsgruppen");
		long survivor = directory.createPerson("Anna Andersson").id();
		long duplicate = directory.createPerson("Anna Anderson").id();
		groups.putMember(group.id(), survivor, GroupRole.NOTE_TAKER, null, null);
		groups.putMember(group.id(), duplicate, GroupRole.MEMBER, null, null);

		Group entity = repository.findById(group.id()).orElseThrow();
		entity.replacePerson(duplicate, survivor);
		repository.save(entity);

		assertThat(groups.members(group.id())).containsExactly(new MemberView(survivor, GroupRole.NOTE_TAKER, null));
		assertThat(entity.replacePerson(duplicate, survivor)).as("nothing left to move").isFalse();
	}

	/**
	 * The list of groups is kept between requests: a new or renamed group shows at once,
	 * and one created in a transaction that rolls back is forgotten with it.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void theKeptListOfGroupsShowsAChangeAtOnceAndForgetsARollback() {
		List<GroupView> before = groups.groups();
		transactions.executeWithoutResult(status -> {
			GroupView created = newGroup("Åtgärdsgruppen");
			assertThat(groups.groups()).extracting(GroupView::name).contains("Åtgärdsgruppen");
			groups.describeGroup(created.id(), "Uppföljningsgruppen", GroupKind.STANDING, null, "Följer upp.");
			assertThat(groups.groups()).filteredOn(group -> group.id() == created.id())
				.extracting(GroupView::name, GroupView::description)
				.containsExactly(tuple("Uppföljningsgruppen", "Följer upp."));
			status.setRollbackOnly();
		});
		assertThat(groups.groups()).isEqualTo(before);
	}

	/**
	 * The rules and exceptions behind the lists of coming meetings are kept between
	 * requests: a new rule and a cancelled meeting show at once, and changes that roll
	 * back are forgotten with them.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void theKeptRulesShowAChangeAtOnceAndForgetARollback() {
		// A demo group, and nothing committed: the change is made and rolled back.
		long mentors = demoGroup("Mentorsgruppen").id();
		LocalDate december10 = LocalDate.of(2026, 12, 10);
		Map<Long, List<Occurrence>> before = groups.occurrences(List.of(mentors), december10, december10);

		transactions.executeWithoutResult(status -> {
			groups.setRule(mentors, new MeetingRule(DayOfWeek.THURSDAY, WeekParity.EVEN, TEN, NOON, null, null));
			assertThat(groups.occurrences(List.of(mentors), december10, december10).get(mentors)).singleElement()
				.satisfies(o -> assertThat(o.cancelled()).isFalse());

			groups.putException(mentors, RuleException.cancelled(december10, "Julbord"));
			assertThat(groups.occurrences(List.of(mentors), december10, december10).get(mentors)).singleElement()
				.satisfies(o -> assertThat(o.cancelled()).isTrue());
			status.setRollbackOnly();
		});

		assertThat(groups.occurrences(List.of(mentors), december10, december10)).isEqualTo(before);
	}

	/**
	 * A group made on another node a moment ago is not in this node's kept list; asked
	 * for by id (a meeting of it, a member of it), it is read at once.
	 */
	@Test
	void aGroupMadeElsewhereIsFoundByItsIdAtOnce() {
		GroupView mentors = demoGroup("Mentorsgruppen");
		long elsewhere = jdbc.sql("""
				INSERT INTO groups_group (slug, name, kind) VALUES ('annan-nod', 'Gjord på en annan nod', 'STANDING')
				RETURNING id
				""").query(Long.class).single();

		assertThat(groups.groups(List.of(elsewhere, mentors.id()))).extracting(GroupView::name)
			.containsExactlyInAnyOrder("Gjord på en annan nod", "Mentorsgruppen");
	}

	/**
	 * The whole way: the directory merges two people and publishes {@code PeopleMerged},
	 * and the groups module's listener moves the membership once the merge is committed.
	 * It needs real commits, so it runs outside the test transaction and removes what it
	 * made.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aMergeInTheDirectoryMovesMemberships() {
		// A demo group: one made here could only be removed behind the back of the kept
		// list of groups.
		GroupView group = demoGroup("IT-gruppen");
		long survivor = directory.createPerson("Berit Bengtsson").id();
		long duplicate = directory.createPerson("Berit Bengtson").id();
		try {
			groups.putMember(group.id(), duplicate, GroupRole.NOTE_TAKER, null, null);

			directory.merge(survivor, duplicate, "test");

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(groups.members(group.id()))
					.contains(new MemberView(survivor, GroupRole.NOTE_TAKER, null))
					.noneMatch(member -> member.personId() == duplicate));
		}
		finally {
			jdbc.sql("DELETE FROM groups_membership WHERE person_id IN (:ids)")
				.param("ids", List.of(survivor, duplicate))
				.update();
			jdbc.sql("DELETE FROM directory_person WHERE id IN (:ids)")
				.param("ids", List.of(survivor, duplicate))
				.update();
		}
	}

}
