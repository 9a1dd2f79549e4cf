package se.samskapa.groups.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.Occurrence;
import se.samskapa.groups.RuleException;
import se.samskapa.groups.WeekParity;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a coordinator does with a group's meeting times on the settings page, and the
 * Swedish messages when the input is wrong; who may do it is in
 * {@link GroupAdminControllerTests}. Demo group "Klarspråksgruppen" has no meeting rule;
 * "Ledningsgrupp för utveckling" meets on even-week Thursdays (26 November, 10 December
 * 2026, ...).
 */
@SamskapaTest
@Transactional
class MeetingRuleControllerTests {

	private static final String KLARSPRAK = "/grupper/klarspraksgruppen/installningar";

	private static final String LEDNING = "/grupper/ledningsgrupp-for-utveckling/installningar";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	GroupManagement groups;

	private ResultActions asCoordinator(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(users.coordinator()));
	}

	private GroupView group(String name) {
		return groups.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}

	private static MockHttpServletRequestBuilder saveRule() {
		return post(KLARSPRAK + "/motesregel").param("weekday", "TUESDAY")
			.param("parity", "ODD")
			.param("start", "13:00")
			.param("end", "15:00")
			.param("place", "Bryggan")
			.param("validFrom", "");
	}

	@Test
	void aRuleIsSaved() throws Exception {
		asCoordinator(saveRule()).andExpect(redirectedUrl(KLARSPRAK + "#motesregel"))
			.andExpect(flash().attribute("message", "rule.saved"));

		assertThat(groups.rule(group("Klarspråksgruppen").id())).contains(new MeetingRule(DayOfWeek.TUESDAY,
				WeekParity.ODD, LocalTime.of(13, 0), LocalTime.of(15, 0), "Bryggan", null));
	}

	@Test
	void aPreviewShowsTheMeetingsWithoutSaving() throws Exception {
		asCoordinator(saveRule().param("forhandsgranska", "ja")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Det här är en förhandsgranskning.")))
			// 1 December 2026 is the first odd-week Tuesday after the test date.
			.andExpect(content().string(containsString("tisdag 1 december kl. 13.00")))
			.andExpect(content().string(containsString("vecka 49")));

		assertThat(groups.rule(group("Klarspråksgruppen").id())).isEmpty();
	}

	@Test
	void aRuleMustEndAfterItStarts() throws Exception {
		asCoordinator(post(KLARSPRAK + "/motesregel").param("weekday", "TUESDAY")
			.param("parity", "EVERY")
			.param("start", "15:00")
			.param("end", "13:00")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Mötena måste sluta efter att de börjar.")))
			.andExpect(content().string(containsString("aria-describedby=\"end-error\"")))
			.andExpect(content().string(containsString("value=\"15:00\"")));
	}

	@Test
	void aRuleNeedsADay() throws Exception {
		asCoordinator(post(KLARSPRAK + "/motesregel").param("weekday", "")
			.param("parity", "EVERY")
			.param("start", "10:00")
			.param("end", "12:00")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj vilken dag gruppen träffas.")));
	}

	@Test
	void aRuleIsRemoved() throws Exception {
		asCoordinator(post(LEDNING + "/motesregel/ta-bort")).andExpect(redirectedUrl(LEDNING + "#motesregel"))
			.andExpect(flash().attribute("message", "rule.removed"));

		assertThat(groups.rule(group("Ledningsgrupp för utveckling").id())).isEmpty();
	}

	// Exceptions

	@Test
	void aMeetingIsCancelled() throws Exception {
		asCoordinator(post(LEDNING + "/undantag").param("occurrence", "2026-12-10")
			.param("change", "CANCELLED")
			.param("note", "Julbord")).andExpect(redirectedUrl(LEDNING + "#undantag"))
			.andExpect(flash().attribute("message", "exception.saved"));

		long ledning = group("Ledningsgrupp för utveckling").id();
		LocalDate december10 = LocalDate.of(2026, 12, 10);
		assertThat(groups.occurrences(ledning, december10, december10)).singleElement()
			.satisfies(o -> assertThat(o.cancelled()).isTrue())
			.satisfies(o -> assertThat(o.note()).isEqualTo("Julbord"));
	}

	@Test
	void aMeetingIsMovedByATypedDate() throws Exception {
		asCoordinator(post(LEDNING + "/undantag").param("occurrence", "")
			.param("otherDate", "2027-01-14")
			.param("change", "MOVED")
			.param("newDate", "2027-01-15")
			.param("newStart", "13:00")
			.param("newEnd", "15:00")
			.param("newPlace", "Bryggan")
			.param("note", "Workshop")).andExpect(redirectedUrl(LEDNING + "#undantag"));

		long ledning = group("Ledningsgrupp för utveckling").id();
		Occurrence moved = groups.occurrences(ledning, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15)).get(0);
		assertThat(moved.ruleDate()).isEqualTo(LocalDate.of(2027, 1, 14));
		assertThat(moved.start()).isEqualTo(LocalTime.of(13, 0));
		assertThat(moved.place()).isEqualTo("Bryggan");
	}

	@Test
	void aDateTheRuleDoesNotGiveIsExplainedInSwedish() throws Exception {
		// 3 December 2026 is a Thursday in week 49, an odd week.
		asCoordinator(post(LEDNING + "/undantag").param("otherDate", "2026-12-03").param("change", "CANCELLED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gruppen har inget möte det datumet enligt sin mötesregel.")))
			.andExpect(content().string(containsString("aria-describedby=\"otherDate-error\"")));
	}

	@Test
	void aMoveNeedsANewDateAndAnExceptionAMeeting() throws Exception {
		asCoordinator(post(LEDNING + "/undantag").param("occurrence", "").param("change", "MOVED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj vilket möte det gäller.")))
			.andExpect(content().string(containsString("Skriv vilket datum mötet flyttas till.")));
	}

	@Test
	void aMovedMeetingMustStillEndAfterItStarts() throws Exception {
		asCoordinator(post(LEDNING + "/undantag").param("occurrence", "2026-12-10")
			.param("change", "MOVED")
			.param("newDate", "2026-12-11")
			.param("newStart", "13:00")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Mötet måste sluta efter att det börjar.")))
			.andExpect(content().string(containsString("aria-describedby=\"newEnd-error")));
	}

	@Test
	void anExceptionForAGroupWithoutRuleIsExplained() throws Exception {
		asCoordinator(post(KLARSPRAK + "/undantag").param("occurrence", "2026-12-10").param("change", "CANCELLED"))
			.andExpect(redirectedUrl(KLARSPRAK + "#motesregel"))
			.andExpect(flash().attribute("problem", "rule.missing"));
	}

	@Test
	void anExceptionIsListedAndRemoved() throws Exception {
		long ledning = group("Ledningsgrupp för utveckling").id();
		groups.putException(ledning, RuleException.cancelled(LocalDate.of(2026, 12, 10), "Julbord"));

		mvc.perform(get(LEDNING).with(users.coordinator()))
			.andExpect(content().string(containsString("Julbord")))
			.andExpect(content().string(containsString("action=\"" + LEDNING + "/undantag/2026-12-10/ta-bort\"")));

		asCoordinator(post(LEDNING + "/undantag/2026-12-10/ta-bort")).andExpect(redirectedUrl(LEDNING + "#undantag"))
			.andExpect(flash().attribute("message", "exception.removed"));
		assertThat(groups.ruleExceptions(ledning))
			.noneMatch(e -> e.occurrenceDate().equals(LocalDate.of(2026, 12, 10)));
	}

}
