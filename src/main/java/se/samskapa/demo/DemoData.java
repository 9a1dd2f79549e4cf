package se.samskapa.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.Role;
import se.samskapa.groups.GroupManagement;
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.CategoryManagement;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingDonations;
import se.samskapa.lending.LendingHistory;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.meetings.ActionItemManagement;
import se.samskapa.meetings.MeetingManagement;
import se.samskapa.meetings.MinutesManagement;
import se.samskapa.shared.Dates;

/**
 * Demo mode (on for {@code ./mvnw spring-boot:run}, off in the {@code prod} profile): on
 * the first start, loads the organisations, people and groups of the seed minutes, the
 * five seed meetings with their attendance, sections, decisions and action items (dates
 * in the current year), the meetings around them, Fritidsbanken Helsingborg with its
 * equipment and loans, and the demo accounts. With
 * {@code samskapa.demo.seed-meetings=false} the seed meetings are left out, to try the
 * importer on the seed files themselves.
 */
@Component
@ConditionalOnBooleanProperty("samskapa.demo.enabled")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	static final List<String> ACCOUNTS = List.of("admin", "samordnare", "medlem", "fritidsbanken");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	private final GroupManagement groups;

	private final MeetingManagement meetings;

	private final MinutesManagement minutes;

	private final ActionItemManagement actions;

	private final Dates dates;

	private final DemoLending lending;

	private final LendingCatalogue lendingCatalogue;

	private final LendingDonations donations;

	private final CategoryManagement categories;

	private final TransactionTemplate transaction;

	private final boolean seedMeetings;

	DemoData(DirectoryManagement directory, AccountManagement accounts, GroupManagement groups,
			MeetingManagement meetings, MinutesManagement minutes, ActionItemManagement actions, Dates dates,
			LendingCatalogue lendingCatalogue, LendingManagement lending, BorrowerManagement borrowers,
			LendingPermissions lendingPermissions, LendingDonations donations, CategoryManagement categories,
			ReservationManagement reservations, LendingHistory lendingHistory, TransactionTemplate transaction,
			@Value("${samskapa.demo.seed-meetings:true}") boolean seedMeetings) {
		this.directory = directory;
		this.accounts = accounts;
		this.groups = groups;
		this.meetings = meetings;
		this.minutes = minutes;
		this.actions = actions;
		this.dates = dates;
		this.lendingCatalogue = lendingCatalogue;
		this.donations = donations;
		this.categories = categories;
		this.lending = new DemoLending(lendingCatalogue, lending, borrowers, lendingPermissions, reservations,
				lendingHistory);
		this.transaction = transaction;
		this.seedMeetings = seedMeetings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (groups.groups().isEmpty()) {
			transaction.executeWithoutResult(status -> load());
			log.info("Demo data loaded: {} groups{}", groups.groups().size(),
					seedMeetings ? ", the five seed meetings" : "");
		}
		// Separately, so that a demo database from before Fritidsbanken gets it too.
		if (lendingCatalogue.sites().isEmpty()) {
			transaction.executeWithoutResult(status -> {
				lending.load(dates.today(),
						accounts.createWithoutPolicy("fritidsbanken", PASSWORD, Role.MEMBER, null).id());
				lending.loadDonations(dates.today(), donations, categories);
			});
			log.info("Demo data loaded: {}", DemoLending.SITE);
		}
		log.info("""

				  Samskapa runs in demo mode. Log in with one of these accounts, password "{}":
				    admin       administrator
				    samordnare  coordinator (David Bergström, socialförvaltningen)
				    medlem      member (Herbert Tinz, Bryggan)
				    fritidsbanken  staff at the counter of Fritidsbanken Helsingborg
				""", PASSWORD);
	}

	private void load() {
		JsonMapper json = JsonMapper.builder().build();
		DemoFiles.Directory directoryData = read(json, "demo/directory.json", DemoFiles.Directory.class);
		List<DemoFiles.SeedMeeting> seeds = Arrays
			.asList(read(json, "demo/seed-meetings.json", DemoFiles.SeedMeeting[].class));
		DemoDates demoDates = new DemoDates(dates.today());
		DemoDirectory people = new DemoDirectory(directory, groups);
		people.load(directoryData);
		DemoMeetings demoMeetings = new DemoMeetings(people, demoDates, groups, meetings, minutes, actions);
		if (seedMeetings) {
			seeds.forEach(demoMeetings::load);
		}

		DemoFiles.SeedMeeting rules = seeds.stream().filter(s -> s.seed().equals("004")).findFirst().orElseThrow();
		directoryData.groups()
			.stream()
			.filter(g -> g.rule() != null)
			.forEach(g -> people.setRule(g, demoMeetings.seedDate(rules), demoDates));
		if (seedMeetings) {
			demoMeetings.proposalsFromSeed001("001", "Gemensam utvecklingsgrupp", "03-13",
					List.of("Lokalfrågan som huvudtema", "Fritidsbanken har varit i Eslöv", "Hälsodagen/vårfest i maj",
							"Uppföljning av digitaliseringsfrukosten 7 mars"));
		}
		demoMeetings.prepareNext("Ledningsgrupp för utveckling");
		demoMeetings.upcomingExtra("Gemensam utvecklingsgrupp", "Herbert Tinz",
				"Fritidsbanken: hur kan brukarorganisationerna bidra med personal?");

		accounts.createWithoutPolicy("admin", PASSWORD, Role.ADMIN, null);
		accounts.createWithoutPolicy("samordnare", PASSWORD, Role.COORDINATOR, people.person("David Bergström"));
		accounts.createWithoutPolicy("medlem", PASSWORD, Role.MEMBER, people.person("Herbert Tinz"));
	}

	private static <T> T read(JsonMapper json, String path, Class<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + path, ex);
		}
	}

}
