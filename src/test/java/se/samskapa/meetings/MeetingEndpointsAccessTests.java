package se.samskapa.meetings;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.support.EndpointLines;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the meetings module, tried as every role that must be refused: the
 * anonymous visitor, a member of another group, and a member of the group who neither
 * chairs nor takes notes. Placeholders in braces are the demo's ids, known at run time.
 */
@SamskapaTest
@Transactional
@Import(DemoMeetings.class)
class MeetingEndpointsAccessTests {

	/** What writing the minutes of the Ledningsgrupp's draft meeting takes. */
	static Stream<String> writeEndpoints() {
		return Stream.of("GET /moten/{lg}/skriv", "POST /moten/{lg}/punkter/{item}/anteckningar notes=text",
				"POST /moten/{lg}/punkter title=Ny punkt", "POST /moten/{lg}/punkter/{item} title=Rubrik",
				"POST /moten/{lg}/punkter/{item}/flytta up=true", "POST /moten/{lg}/punkter/{item}/ta-bort",
				"POST /moten/{lg}/punkter/{item}/beslut text=Beslut",
				"POST /moten/{lg}/beslut/{decision}/ta-bort itemId={item}",
				"POST /moten/{lg}/forslag target=m:{gug}&title=Förslag",
				"POST /moten/{lg}/narvaro personId={leif}&status=PRESENT", "POST /moten/{lg}/narvaro/{leif}/ta-bort",
				"POST /moten/{lg}/gaster name=Gäst", "POST /moten/{lg}/roller noteTakerId={leif}",
				"POST /moten/{lg}/punkter/{item}/atgarder what=Åtgärd&dueKind=NONE",
				"POST /moten/{lg}/atgarder/{action}/ta-bort", "POST /moten/{lg}/uppfoljning/{followUp} outcome=done",
				"POST /moten/{lg}/uppfoljning", "POST /moten/{lg}/detaljer date=2026-11-26", "POST /moten/{lg}/skicka",
				"POST /moten/{lg}/installt cancelled=true", "POST /moten/{lg}/ateroppna", "POST /moten/{lg}/publicera",
				"GET /moten/{published}/revidera", "POST /moten/{published}/revidera reason=Rättelse",
				"POST /grupper/ledningsgrupp-for-utveckling/forbered ruleDate=2026-12-10",
				"GET /grupper/ledningsgrupp-for-utveckling/nytt-mote",
				"POST /grupper/ledningsgrupp-for-utveckling/nytt-mote date=2026-12-15",
				"POST /atgarder/{action}/status outcome=done");
	}

	/** Pages for anyone logged in. */
	static Stream<String> loggedInEndpoints() {
		return Stream.of("GET /mina-sidor", "POST /mina-sidor/kalender", "GET /atgarder", "GET /atgarder.csv",
				"GET /atgarder/{action}", "GET /konto", "POST /konto/losenord");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoMeetings demo;

	@Autowired
	MeetingReader reader;

	@Autowired
	MinutesManagement minutes;

	@Autowired
	ActionItemManagement actions;

	private Map<String, Long> ids;

	@BeforeEach
	void ids() {
		long lg = demo.nextLg();
		MeetingDetails details = reader.details(lg);
		long item = details.followUpItem().orElseThrow().id();
		long leif = users.personUser("Leif Redestig", se.samskapa.directory.Role.MEMBER).personId();
		ids = Map.of("lg", lg, "gug", demo.nextGug(), "published", demo.seed000(), "item", item, "leif", leif,
				"decision", minutes.addDecision(lg, item, "Ett beslut"), "action",
				actions.create(lg, item, "En åtgärd", List.of(Owner.person(leif)), Due.NONE, "test"), "followUp",
				details.followUps().get(0).id());
	}

	@ParameterizedTest
	@MethodSource({ "writeEndpoints", "loggedInEndpoints" })
	void anonymousVisitorsAreSentToLogin(String endpoint) {
		MvcTestResult result = request(endpoint, null).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	@ParameterizedTest
	@MethodSource("writeEndpoints")
	void membersOfAnotherGroupAreRefused(String endpoint) {
		// Herbert Tinz (medlem) belongs to Gemensam utvecklingsgrupp, not the
		// Ledningsgrupp.
		assertThat(request(endpoint, users.member())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@MethodSource("writeEndpoints")
	void membersWhoNeitherChairNorTakeNotesAreRefused(String endpoint) {
		assertThat(request(endpoint, users.person("Gösta Strand"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@MethodSource("writeEndpoints")
	void coordinatorsMayWriteEveryGroupsMinutes(String endpoint) {
		MvcTestResult result = request(endpoint, users.coordinator()).exchange();
		assertThat(result.getResponse().getStatus()).as(endpoint).isNotEqualTo(403).isLessThan(500);
		assertThat(String.valueOf(result.getResponse().getRedirectedUrl())).as(endpoint).doesNotEndWith("/login");
	}

	@ParameterizedTest
	@MethodSource("loggedInEndpoints")
	void anyLoggedInUserMayUseTheirOwnPages(String endpoint) {
		MvcTestResult result = request(endpoint, users.member()).exchange();
		assertThat(result.getResponse().getStatus()).as(endpoint).isIn(200, 302);
		assertThat(String.valueOf(result.getResponse().getRedirectedUrl())).as(endpoint).doesNotEndWith("/login");
	}

	@ParameterizedTest
	@MethodSource("approvers")
	void onlyTheChairApprovesWhenNoJusterareIsAppointed(String username, int status) {
		RequestPostProcessor user = username.contains(" ") ? users.person(username) : users.as(username);
		assertThat(request("POST /moten/{lg}/justera", user)).hasStatus(status);
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> approvers() {
		return Stream.of(org.junit.jupiter.params.provider.Arguments.of("samordnare", 403),
				org.junit.jupiter.params.provider.Arguments.of("medlem", 403),
				org.junit.jupiter.params.provider.Arguments.of("admin", 403),
				org.junit.jupiter.params.provider.Arguments.of("Gösta Strand", 403),
				org.junit.jupiter.params.provider.Arguments.of("Leif Redestig", 302));
	}

	private MockMvcRequestBuilder request(String endpoint, RequestPostProcessor user) {
		MockMvcRequestBuilder request = EndpointLines.formRequest(mvc, EndpointLines.resolve(endpoint, ids));
		return user == null ? request : request.with(user);
	}

}
