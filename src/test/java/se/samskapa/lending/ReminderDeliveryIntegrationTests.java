package se.samskapa.lending;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import se.samskapa.lending.FakeGateways.FakeGateway;
import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.lending.internal.LendingJobs;
import se.samskapa.lending.internal.LendingMessages;
import se.samskapa.lending.internal.ReceiptRequested;
import se.samskapa.notifications.DeliveryStatus;
import se.samskapa.notifications.MessageNotSent;
import se.samskapa.notifications.Notifications;
import se.samskapa.notifications.OutgoingMessage;
import se.samskapa.support.SamskapaTest;
import se.samskapa.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end with a fake SMS gateway and a fake mail server in place of the real ones:
 * the daily job (under its lock) takes today's reminders, the messages go after the
 * commit with their texts, each once, and are recorded; a failing gateway is recorded and
 * shown on the call list; the counter offers the receipt by SMS and sends it after the
 * loan is saved. Nothing here rolls back (the messages go after the commit), so each test
 * has its own site and borrowers, and looks only at them.
 */
@SamskapaTest
@Import({ LendingFixtures.class, FakeGateways.class })
@RecordApplicationEvents
class ReminderDeliveryIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The GSM 03.38 basic character set, which Swedish text fits in. */
	static final String GSM_7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
			+ "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	static final String HOURS = "Vi har öppet tisdag-fredag 12-18 och lördag 10-14.";

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	LendingManagement lending;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	LendingReminders reminders;

	@Autowired
	ReservationManagement reservations;

	@Autowired
	LendingJobs jobs;

	@Autowired
	Notifications notifications;

	@Autowired
	@Qualifier("fakeSmsGateway")
	FakeGateway sms;

	@Autowired
	@Qualifier("fakeMailServer")
	FakeGateway mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void gatewaysWorkAgain() {
		sms.failWith(null);
		mail.failWith(null);
	}

	@Test
	void theDailyJobSendsEachReminderOnceWithAFriendlyTextAndRecordsIt() {
		Fixture f = fixtures.create("rd");
		long alva = register("Alva Ek", "070-210 00 01", "alva.ek@example.se");
		List<Long> dueTomorrow = lend(f, alva, LocalDate.of(2026, 11, 23), "RD-SKATES-38", "RD-SKATES-40");
		long bo = register("Bo Ek", "070-210 00 02", null);
		List<Long> threeDaysLate = lend(f, bo, LocalDate.of(2026, 11, 19), "RD-TENT-1");
		freeLock();

		jobs.sendReminders();

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(sms.to("+46702100001")).hasSize(1);
			assertThat(sms.to("+46702100002")).hasSize(1);
			assertThat(statuses(dueTomorrow)).containsOnly("SENT");
			assertThat(statuses(threeDaysLate)).containsOnly("SENT");
		});
		OutgoingMessage tomorrow = sms.to("+46702100001").get(0);
		assertThat(tomorrow.body()).isEqualTo("Hej! En påminnelse från Fritidsbanken rd Centrum: i morgon, "
				+ "måndag 23 november, är sista dagen att lämna tillbaka hockeyskridskor, 38 (RD-SKATES-38) och "
				+ "hockeyskridskor, 40 (RD-SKATES-40). " + HOURS + " Det kostar ingenting.");
		assertThat(mail.to("alva.ek@example.se")).singleElement().satisfies(email -> {
			assertThat(email.subject()).isEqualTo("Påminnelse från Fritidsbanken rd Centrum: lämna tillbaka i morgon");
			assertThat(email.body()).isEqualTo(tomorrow.body());
		});
		assertThat(sms.to("+46702100002")).singleElement()
			.extracting(OutgoingMessage::body)
			.isEqualTo("Hej! Det här är Fritidsbanken rd Centrum. Du skulle ha lämnat tillbaka tält, 2 personer "
					+ "(RD-TENT-1) torsdag 19 november. Lämna gärna tillbaka så snart du kan, så att fler får låna. "
					+ HOURS + " Det kostar ingenting.");
		assertThat(List.of(tomorrow.body(), sms.to("+46702100002").get(0).body()))
			.noneMatch(text -> text.matches("(?is).*(avgift|kronor|\\bkr\\b|böter|straff|inkasso|polis).*"))
			// One character outside the GSM alphabet would make each SMS part 70
			// characters instead of 160.
			.allMatch(text -> text.chars().allMatch(c -> GSM_7.indexOf(c) >= 0));
		assertThat(channels(dueTomorrow)).containsOnly("SMS,EMAIL");
		assertThat(channels(threeDaysLate)).containsOnly("SMS");
		assertThat(notifications.deliveries(LendingMessages.REMINDER, LendingMessages.reference(dueTomorrow)))
			.extracting(d -> d.channel() + " " + d.status() + " " + d.detail().startsWith("fake-"))
			.containsExactlyInAnyOrder("SMS SENT true", "EMAIL SENT true");

		// A second run, by the job or directly, finds these reminders taken.
		reminders.remindDue();
		freeLock();
		jobs.sendReminders();
		assertThat(jdbc.sql("SELECT count(*) FROM lending_reminder WHERE loan_id IN (:loans)")
			.param("loans", List.of(dueTomorrow.get(0), dueTomorrow.get(1), threeDaysLate.get(0)))
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(sms.to("+46702100001")).hasSize(1);
		assertThat(sms.to("+46702100002")).hasSize(1);
	}

	@Test
	void whileAnotherNodeHoldsTheJobsLockThisOneSkipsIt() {
		Fixture f = fixtures.create("rl");
		long cy = register("Cy Ek", "070-210 00 03", null);
		List<Long> loan = lend(f, cy, LocalDate.of(2026, 11, 23), "RL-TENT-1");

		holdLockElsewhere();
		jobs.sendReminders();
		assertThat(statuses(loan)).isEmpty();

		freeLock();
		jobs.sendReminders();
		assertThat(statuses(loan)).hasSize(1);
		assertThat(jdbc.sql("SELECT locked_by FROM shared_scheduler_lock WHERE name = 'lending-reminders'")
			.query(String.class)
			.single()).isNotEqualTo("another-node");
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(sms.to("+46702100003")).hasSize(1));
	}

	@Test
	void aGatewayThatFailsIsRecordedAndTheCallListSaysToCall() {
		Fixture f = fixtures.create("rf");
		long di = register("Di Ek", "070-210 00 04", null);
		List<Long> tenDaysLate = lend(f, di, LocalDate.of(2026, 11, 12), "RF-TENT-1");
		sms.failWith(new MessageNotSent("46elks answered HTTP 500"));

		reminders.remindDue();

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(statuses(tenDaysLate)).containsOnly("FAILED"));
		assertThat(notifications.deliveries(LendingMessages.REMINDER, LendingMessages.reference(tenDaysLate)))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
				assertThat(d.detail()).isEqualTo("46elks answered HTTP 500");
			});
		assertThat(mvc.get().uri("/fritidsbanken/" + f.site().slug() + "/forsenade").with(users.as(f.staff())))
			.hasStatusOk()
			.bodyText()
			.contains("Di Ek", "10 dagar sen: kunde inte skickas 22 november 2026. Ring i stället.");
	}

	@Test
	void theCounterOffersTheReceiptBySmsAndSendsItAfterTheLoanIsSaved() {
		Fixture f = fixtures.create("rc");
		// Registered at the site: staff see their own site's borrowers only.
		long ed = borrowers.findOrRegister("Ed Ek", "070-210 00 05", null, f.site().id(), "test").borrower().id();
		String counter = "/fritidsbanken/" + f.site().slug() + "/disk/" + ed;

		assertThat(mvc.get().uri(counter + "?saker=RC-SKATES-38").with(users.as(f.staff()))).hasStatusOk()
			.bodyText()
			.contains("Skicka kvitto som sms",
					"name=\"kvittoSms\" value=\"true\" aria-describedby=\"kvittoSms-hint\" checked=\"checked\"");

		MvcTestResult lent = mvc.post()
			.uri(counter + "/lana")
			.param("saker", "RC-SKATES-38")
			.param("kvittoSms", "true")
			.with(users.as(f.staff()))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(lent).hasStatus(HttpStatus.FOUND).flash().containsEntry("receiptBySms", true);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(sms.to("+46702100005")).singleElement()
				.extracting(OutgoingMessage::body)
				.isEqualTo("Kvitto från Fritidsbanken rc Centrum. Du har lånat hockeyskridskor, 38 (RC-SKATES-38). "
						+ "Lämna tillbaka senast onsdag 9 december. " + HOURS
						+ " Allt är gratis. Välkommen tillbaka!"));

		// Unticked, no receipt goes.
		long before = events.stream(ReceiptRequested.class).count();
		assertThat(mvc.post()
			.uri(counter + "/lana")
			.param("saker", "RC-SKATES-40")
			.with(users.as(f.staff()))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(events.stream(ReceiptRequested.class).count()).isEqualTo(before);
	}

	@Test
	void aReservationIsConfirmedBySmsAndTheQueueIsToldWhenTheItemComesIn() {
		Fixture f = fixtures.create("rr");
		long fia = register("Fia Ek", "070-210 00 06", "fia.ek@example.se");
		long gun = register("Gun Ek", "070-210 00 07", null);
		long skates = f.skates38().typeId();

		ReservationView held = reservations.reserve(f.site().id(), skates, "38", fia, false, f.staff());
		ReservationView queued = reservations.reserve(f.site().id(), skates, "38", gun, true, f.staff());

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(sms.to("+46702100006")).hasSize(1);
			assertThat(sms.to("+46702100007")).hasSize(1);
		});
		assertThat(sms.to("+46702100006").get(0).body())
			.isEqualTo("Hej! Fritidsbanken rr Centrum har lagt undan hockeyskridskor, 38 åt dig. Hämta senast "
					+ "onsdag 25 november och säg ditt mobilnummer eller koden " + held.code() + " vid disken. " + HOURS
					+ " Det kostar ingenting.");
		assertThat(mail.to("fia.ek@example.se")).singleElement()
			.extracting(OutgoingMessage::subject)
			.isEqualTo("Din reservation hos Fritidsbanken rr Centrum");
		assertThat(sms.to("+46702100007").get(0).body())
			.isEqualTo("Hej! Du står i kö hos Fritidsbanken rr Centrum för hockeyskridskor, 38, som nummer 1. "
					+ "Vi skickar ett sms när något kommer tillbaka och ligger undan åt dig. Din kod är "
					+ queued.code() + ".");

		// Fia changes her mind: the skates go to Gun, who is told.
		reservations.cancel(held.id(), f.staff());

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(sms.to("+46702100007")).hasSize(2));
		assertThat(sms.to("+46702100007").get(1).body()).startsWith(
				"Hej! Nu ligger hockeyskridskor, 38 undan åt dig hos Fritidsbanken rr Centrum. Hämta senast onsdag 25 "
						+ "november och säg ditt mobilnummer eller koden " + queued.code() + " vid disken.");
		assertThat(notifications.deliveries(LendingMessages.RESERVATION, "lending-reservation:" + queued.id()))
			.extracting(d -> d.channel() + " " + d.status())
			.containsExactly("SMS SENT", "SMS SENT");
		assertThat(sms.to("+46702100006")).hasSize(1);
	}

	private long register(String name, String mobile, String email) {
		return borrowers.findOrRegister(name, mobile, email, null, "test").borrower().id();
	}

	/** Lends the items a week ago, due on the day. */
	private List<Long> lend(Fixture f, long borrowerId, LocalDate dueOn, String... items) {
		List<Long> loans = lending.checkout(f.site().id(), borrowerId, List.of(items), null, f.staff())
			.stream()
			.map(LoanView::id)
			.toList();
		jdbc.sql("UPDATE lending_loan SET due_on = :due, lent_at = lent_at - INTERVAL '7 days' WHERE id IN (:loans)")
			.params(Map.of("due", dueOn, "loans", loans))
			.update();
		return loans;
	}

	private List<String> statuses(List<Long> loans) {
		return jdbc.sql("SELECT status FROM lending_reminder WHERE loan_id IN (:loans)")
			.param("loans", loans)
			.query(String.class)
			.list();
	}

	private List<String> channels(List<Long> loans) {
		return jdbc.sql("SELECT channels FROM lending_reminder WHERE loan_id IN (:loans)")
			.param("loans", loans)
			.query(String.class)
			.list();
	}

	/**
	 * Another app node runs the reminders now (ShedLock's row, by the database's clock).
	 */
	private void holdLockElsewhere() {
		setLock("timezone('utc', now()) + INTERVAL '10 minutes'", "another-node");
	}

	private void freeLock() {
		setLock("timezone('utc', now()) - INTERVAL '1 second'", "nobody");
	}

	private void setLock(String until, String by) {
		jdbc.sql("""
				INSERT INTO shared_scheduler_lock (name, lock_until, locked_at, locked_by)
				VALUES ('lending-reminders', %s, timezone('utc', now()), '%s')
				ON CONFLICT (name) DO UPDATE SET lock_until = EXCLUDED.lock_until, locked_by = EXCLUDED.locked_by
				""".formatted(until, by)).update();
	}

}
