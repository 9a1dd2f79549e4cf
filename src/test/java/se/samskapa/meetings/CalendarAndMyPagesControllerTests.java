package se.samskapa.meetings;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.groups.GroupManagement;
import se.samskapa.meetings.internal.CalendarTokens;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mina sidor, and the calendar feeds: valid RFC 5545, read back by a real parser.
 */
@SamskapaTest
@Transactional
@Import(DemoMeetings.class)
class CalendarAndMyPagesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CalendarTokens tokens;

	@Autowired
	ActionItemManagement actions;

	@Autowired
	DemoMeetings demo;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	GroupManagement groups;

	@Autowired
	DirectoryManagement directory;

	@Test
	void myPagesShowMyOpenActionsOverdueFirstAndMyNextMeetings() throws Exception {
		mvc.perform(get("/mina-sidor")).andExpect(redirectedUrl("/login"));
		long david = users.user("samordnare").personId();
		actions.create(demo.seed004(), null, "Skicka lokalprogrammet till förvaltningsledningen",
				List.of(Owner.person(david)), Due.on(LocalDate.of(2026, 10, 1)), "test");
		String page = mvc.perform(get("/mina-sidor").with(users.coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Mina åtgärder", "Mina kommande möten", "/kalender/", "Försenad",
				"torsdag 26 november kl. 10.00");
		assertThat(page.indexOf("Skicka lokalprogrammet till förvaltningsledningen")).isPositive()
			.isLessThan(page.indexOf("Jobba vidare med upplägget för CurioCity Mashup"));
		assertThat(page).contains("Stötta Allan i arbetet med Fritidsbanken")
			.doesNotContain("Åka med till Kvalitetsmässan");
	}

	@Test
	void someoneWithManyOpenActionsSeesTheMostPressingAndALinkToAll() throws Exception {
		long david = users.user("samordnare").personId();
		int before = actions.openOfPerson(david, 100).count();
		for (int i = 1; i <= 12; i++) {
			actions.create(demo.seed004(), null, "Extra åtgärd " + i, List.of(Owner.person(david)),
					Due.on(LocalDate.of(2026, 9, i)), "test");
		}
		int open = before + 12;
		assertThat(actions.openOfPerson(david, 100).count()).isEqualTo(open);
		assertThat(actions.openOfPerson(david, 3).first()).extracting(ActionSummary::what)
			.containsExactly("Extra åtgärd 1", "Extra åtgärd 2", "Extra åtgärd 3");

		String page = mvc.perform(get("/mina-sidor").with(users.coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("Extra åtgärd 10", "Alla dina " + open + " öppna åtgärder", "/atgarder?person=" + david)
			.doesNotContain("Extra åtgärd 11");
	}

	@Test
	void theNextEightMeetingsAreShownAndTheRestAClickAway() throws Exception {
		long group = groups.groupsOf(users.user("samordnare").personId()).get(0).id();
		for (int day = 1; day <= 9; day++) {
			meetings.createExtra(group, LocalDate.of(2026, 12, day), LocalTime.of(13, 0), LocalTime.of(14, 0), null,
					"Extramöte " + day);
		}
		String page = mvc.perform(get("/mina-sidor").with(users.coordinator()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher all = Pattern.compile("Alla (\\d+) möten de kommande åtta veckorna").matcher(page);
		assertThat(all.find()).as("the link to all meetings").isTrue();
		int coming = Integer.parseInt(all.group(1));
		assertThat(coming).isGreaterThan(8);
		assertThat(page.split("class=\"event-row\"", -1)).hasSize(8 + 1);
		assertThat(page).contains("/mina-sidor?moten=alla#moten");

		String everything = mvc.perform(get("/mina-sidor").param("moten", "alla").with(users.coordinator()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(everything.split("class=\"event-row\"", -1)).hasSize(coming + 1);
		assertThat(everything).doesNotContain("möten de kommande åtta veckorna");
	}

	@Test
	void anAccountWithoutPersonIsToldSo() throws Exception {
		mvc.perform(get("/mina-sidor").with(users.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ditt konto är inte kopplat till en person")));
	}

	@Test
	void theGroupCalendarIsValidIcalendarWithTheComingMeetings() throws Exception {
		String feed = mvc.perform(get("/grupper/ledningsgrupp-for-utveckling/kalender.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
		ValidationResult validation = calendar.validate();
		assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
		List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
		assertThat(events).anySatisfy(event -> {
			assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
				.isEqualTo("Ledningsgrupp för utveckling");
			// 10.00 in Stockholm on 26 November is 09.00 UTC.
			assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261126T090000Z");
			assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261126T110000Z");
		});
		assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
			.doesNotHaveDuplicates();
	}

	@Test
	void thePersonalCalendarNeedsTheSecretAddressAndHoldsMeetingsAndActions() throws Exception {
		long david = users.user("samordnare").personId();
		actions.create(demo.seed004(), null, "Skicka lokalprogrammet", List.of(Owner.person(david)),
				Due.on(LocalDate.of(2026, 12, 1)), "test");
		String token = tokens.tokenFor(david);
		String feed = mvc.perform(get("/kalender/{token}.ics", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
		assertThat(calendar.validate().hasErrors()).isFalse();
		List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
		assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.contains("Ledningsgrupp för utveckling", "Gemensam utvecklingsgrupp", "Åtgärd: Skicka lokalprogrammet");
		assertThat(events)
			.filteredOn(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().startsWith("Åtgärd"))
			.singleElement()
			.satisfies(e -> assertThat(e.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261201"));
		mvc.perform(get("/kalender/{token}.ics", "gissat-" + token)).andExpect(status().isNotFound());
	}

	@Test
	void aNewCalendarAddressReplacesTheOld() throws Exception {
		long david = users.user("samordnare").personId();
		String old = tokens.tokenFor(david);
		mvc.perform(post("/mina-sidor/kalender").with(users.coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(tokens.tokenFor(david)).isNotEqualTo(old);
		mvc.perform(get("/kalender/{token}.ics", old)).andExpect(status().isNotFound());
		mvc.perform(post("/mina-sidor/kalender").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theFirstVisitToMyPagesMakesTheCalendarAddressAndLaterVisitsShowTheSame() throws Exception {
		long newcomer = directory.createPerson("Kalle Kalendersson").id();
		assertThat(tokens.existing(newcomer)).isEmpty();

		String first = calendarAddressOn(mvc.perform(get("/mina-sidor").with(users.person("Kalle Kalendersson")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tokens.existing(newcomer)).hasValueSatisfying(token -> assertThat(first).endsWith(token + ".ics"));

		String second = calendarAddressOn(mvc.perform(get("/mina-sidor").with(users.person("Kalle Kalendersson")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(second).isEqualTo(first);
	}

	private static String calendarAddressOn(String page) {
		Matcher address = Pattern.compile("id=\"calendar-url\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(address.find()).as("the calendar address on the page").isTrue();
		return address.group(1);
	}

	@Test
	void myPagesAreInTheLayoutWithTheSkipLinkAndMainLandmark() throws Exception {
		mvc.perform(get("/mina-sidor").with(users.member()))
			.andExpect(content().string(
					allOf(containsString("class=\"skip-link\" href=\"#main\""), containsString("<main id=\"main\""))));
	}

}
