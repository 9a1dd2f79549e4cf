package se.samskapa.groups.web;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MemberView;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The group administration: every endpoint for every role (including the meeting-time
 * endpoints, whose behaviour is in {@link MeetingRuleControllerTests}), creating a group,
 * its details and members, and the Swedish messages when the input is wrong. Demo group
 * "Klarspråksgruppen" (slug klarspraksgruppen) has no meeting rule; "Ledningsgrupp för
 * utveckling" meets on even-week Thursdays (26 November, 10 December 2026, ...).
 */
@SamskapaTest
@Transactional
class GroupAdminControllerTests {

	private static final String KLARSPRAK = "/grupper/klarspraksgruppen/installningar";

	private static final String LEDNING = "/grupper/ledningsgrupp-for-utveckling/installningar";

	private static final Set<String> PAGES = Set.of("new group form", "settings");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	GroupManagement groups;

	@Autowired
	DirectoryManagement directory;

	private long herbert;

	private long bo;

	private long parent;

	@BeforeEach
	void ids() {
		herbert = person("Herbert Tinz");
		bo = person("Bo Pettersson");
		parent = group("Gemensam utvecklingsgrupp").id();
	}

	private long person(String name) {
		return directory.searchPeople(name, 1).get(0).id();
	}

	private GroupView group(String name) {
		return groups.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}

	private ResultActions asCoordinator(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(users.coordinator()));
	}

	/** Every endpoint, with input that a coordinator gets through. */
	static Stream<Arguments> endpoints() {
		return Stream.of(Arguments.of("new group form"), Arguments.of("create group"), Arguments.of("settings"),
				Arguments.of("details"), Arguments.of("add member"), Arguments.of("change role"),
				Arguments.of("remove member"), Arguments.of("save rule"), Arguments.of("remove rule"),
				Arguments.of("add exception"), Arguments.of("remove exception"));
	}

	static Stream<Arguments> changes() {
		return endpoints().filter(a -> !PAGES.contains(a.get()[0]));
	}

	static Stream<Arguments> staff() {
		return Stream.of("samordnare", "admin").flatMap(user -> endpoints().map(e -> Arguments.of(user, e.get()[0])));
	}

	private MockHttpServletRequestBuilder request(String endpoint) {
		return switch (endpoint) {
			case "new group form" -> get("/katalog/grupper/ny");
			case "create group" -> post("/katalog/grupper/ny").param("name", "Fritidsbanksgruppen")
				.param("kind", "WORKING")
				.param("reportsToId", String.valueOf(parent))
				.param("description", "Startar Fritidsbanken.");
			case "settings" -> get(KLARSPRAK);
			case "details" -> post(KLARSPRAK + "/uppgifter").param("name", "Klarspråk")
				.param("kind", "WORKING")
				.param("reportsToId", String.valueOf(parent))
				.param("description", "");
			case "add member" -> post(KLARSPRAK + "/medlemmar").param("personId", String.valueOf(bo))
				.param("role", "MEMBER")
				.param("organisationId", "");
			case "change role" -> post(KLARSPRAK + "/medlemmar/" + herbert + "/roll").param("role", "NOTE_TAKER");
			case "remove member" -> post(KLARSPRAK + "/medlemmar/" + herbert + "/ta-bort");
			case "save rule" -> post(KLARSPRAK + "/motesregel").param("weekday", "TUESDAY")
				.param("parity", "ODD")
				.param("start", "13:00")
				.param("end", "15:00")
				.param("place", "Bryggan")
				.param("validFrom", "");
			case "remove rule" -> post(LEDNING + "/motesregel/ta-bort");
			case "add exception" -> post(LEDNING + "/undantag").param("occurrence", "2026-12-10")
				.param("change", "CANCELLED")
				.param("note", "Julbord");
			case "remove exception" -> post(LEDNING + "/undantag/2026-12-10/ta-bort");
			default -> throw new IllegalArgumentException(endpoint);
		};
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void anonymousVisitorsAreSentToTheLogin(String endpoint) throws Exception {
		mvc.perform(request(endpoint).with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void membersAreRefused(String endpoint) throws Exception {
		mvc.perform(request(endpoint).with(csrf()).with(users.member())).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void aGroupChairIsRefused(String endpoint) throws Exception {
		mvc.perform(request(endpoint).with(csrf()).with(users.person("Leif Redestig")))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("staff")
	void coordinatorsAndAdminsGetThrough(String username, String endpoint) throws Exception {
		mvc.perform(request(endpoint).with(csrf()).with(users.as(username)))
			.andExpect(PAGES.contains(endpoint) ? status().isOk() : redirectedUrlPattern("/grupper/**"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void aChangeWithoutCsrfTokenIsRefused(String endpoint) throws Exception {
		mvc.perform(request(endpoint).with(users.coordinator())).andExpect(status().isForbidden());
	}

	@Test
	void theLinksOnTheGroupPagesLeadHere() throws Exception {
		mvc.perform(get("/grupper").with(users.coordinator()))
			.andExpect(content().string(containsString("href=\"/katalog/grupper/ny\"")));
		mvc.perform(get("/grupper/klarspraksgruppen").with(users.coordinator()))
			.andExpect(content().string(containsString("href=\"" + KLARSPRAK + "\"")));
	}

	// A new group

	@Test
	void theNewGroupFormOffersStandingGroupsToReportTo() throws Exception {
		mvc.perform(get("/katalog/grupper/ny").with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(view().name("groups/new"))
			.andExpect(content().string(containsString(">Gemensam utvecklingsgrupp</option>")))
			.andExpect(content().string(not(containsString(">Mentorsgruppen</option>"))));
	}

	@Test
	void aNewGroupOpensOnItsPage() throws Exception {
		asCoordinator(request("create group")).andExpect(redirectedUrl("/grupper/fritidsbanksgruppen"))
			.andExpect(flash().attribute("message", "group.created"));

		GroupView created = groups.groupBySlug("fritidsbanksgruppen").orElseThrow();
		assertThat(created.kind()).isEqualTo(GroupKind.WORKING);
		assertThat(created.reportsToId()).isEqualTo(parent);
		assertThat(created.description()).isEqualTo("Startar Fritidsbanken.");
	}

	@Test
	void aTakenNameIsExplainedNextToTheField() throws Exception {
		asCoordinator(post("/katalog/grupper/ny").param("name", "mentorsgruppen").param("kind", "STANDING"))
			.andExpect(status().isOk())
			.andExpect(view().name("groups/new"))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Det finns redan en grupp med det namnet.")))
			.andExpect(content().string(containsString("aria-describedby=\"name-error\"")))
			.andExpect(content().string(containsString("value=\"mentorsgruppen\"")));
	}

	@Test
	void aNewGroupNeedsANameAndAWorkingGroupAParent() throws Exception {
		asCoordinator(post("/katalog/grupper/ny").param("name", " ").param("kind", "WORKING").param("reportsToId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv gruppens namn.")))
			.andExpect(content().string(containsString("Välj vilken stående grupp arbetsgruppen rapporterar till.")))
			.andExpect(content().string(containsString("aria-describedby=\"reportsToId-error reportsToId-hint\"")));
	}

	// The settings page

	@Test
	void theSettingsPageShowsMembersAndTheComingMeetings() throws Exception {
		mvc.perform(get(LEDNING).with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(view().name("groups/settings"))
			.andExpect(content().string(containsString("Leif Redestig")))
			.andExpect(content().string(containsString("torsdag 10 december kl. 10.00")))
			.andExpect(content().string(containsString("vecka 50")))
			.andExpect(content().string(containsString("href=\"/grupper/ledningsgrupp-for-utveckling\"")));
	}

	@Test
	void theSearchNarrowsThePeopleOffered() throws Exception {
		mvc.perform(get(KLARSPRAK).param("sok", "Bo Petters").with(users.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + bo + "\"")))
			.andExpect(content().string(not(containsString(">Leif Redestig, socialförvaltningen</option>"))));
	}

	@Test
	void detailsAreSaved() throws Exception {
		asCoordinator(request("details")).andExpect(redirectedUrl(KLARSPRAK + "#uppgifter"))
			.andExpect(flash().attribute("message", "group.saved"));

		assertThat(groups.groupBySlug("klarspraksgruppen")).map(GroupView::name).contains("Klarspråk");
	}

	@Test
	void aDetailsErrorKeepsWhatWasTyped() throws Exception {
		asCoordinator(post(KLARSPRAK + "/uppgifter").param("name", "Mentorsgruppen")
			.param("kind", "WORKING")
			.param("reportsToId", String.valueOf(parent))
			.param("description", "Ny beskrivning")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finns redan en grupp med det namnet.")))
			.andExpect(content().string(containsString("Ny beskrivning")));
	}

	// Members

	@Test
	void aMemberIsAddedWithRoleAndOrganisation() throws Exception {
		long ria = directory.findOrganisation("Ria").orElseThrow().id();

		asCoordinator(post(KLARSPRAK + "/medlemmar").param("personId", String.valueOf(bo))
			.param("role", "NOTE_TAKER")
			.param("organisationId", String.valueOf(ria))).andExpect(redirectedUrl(KLARSPRAK + "#medlemmar"))
			.andExpect(flash().attribute("message", "member.added"))
			.andExpect(flash().attribute("savedSection", "medlemmar"));

		long klarsprak = group("Klarspråksgruppen").id();
		assertThat(groups.members(klarsprak)).contains(new MemberView(bo, GroupRole.NOTE_TAKER, ria));
	}

	@Test
	void addingAMemberNeedsAPerson() throws Exception {
		asCoordinator(post(KLARSPRAK + "/medlemmar").param("personId", "").param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj vem som ska vara med i gruppen.")))
			.andExpect(content().string(containsString("aria-describedby=\"personId-error personId-hint\"")));
	}

	@Test
	void addingAPersonWhoDoesNotExistIsRefused() throws Exception {
		asCoordinator(post(KLARSPRAK + "/medlemmar").param("personId", "999999").param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Personen finns inte i katalogen.")));
	}

	@Test
	void aRoleIsChangedAndAMemberRemoved() throws Exception {
		long klarsprak = group("Klarspråksgruppen").id();

		asCoordinator(request("change role")).andExpect(redirectedUrl(KLARSPRAK + "#medlemmar"))
			.andExpect(flash().attribute("message", "member.role.changed"));
		assertThat(groups.roleOf(klarsprak, herbert)).contains(GroupRole.NOTE_TAKER);

		asCoordinator(request("remove member")).andExpect(flash().attribute("message", "member.removed"));
		assertThat(groups.roleOf(klarsprak, herbert)).isEmpty();
	}

	@Test
	void changingTheRoleOfSomeoneOutsideTheGroupIsNotFound() throws Exception {
		asCoordinator(post(KLARSPRAK + "/medlemmar/" + bo + "/roll").param("role", "CHAIR"))
			.andExpect(status().isNotFound());
	}

}
