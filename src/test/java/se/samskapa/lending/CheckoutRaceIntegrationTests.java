package se.samskapa.lending;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import se.samskapa.lending.ConcurrentBrowsers.Browser;
import se.samskapa.lending.LendingFixtures.Fixture;
import se.samskapa.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty counters lend the same pair of skates at the same moment, through the real HTTP
 * API on a real port, each with its own logged-in session and CSRF token as a counter
 * page has them: exactly one gets the loan, the other 49 a 409 that says in Swedish why,
 * and the database holds one open loan.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, LendingFixtures.class })
class CheckoutRaceIntegrationTests {

	private static final int SESSIONS = 10;

	private static final int REQUESTS_PER_SESSION = 5;

	@LocalServerPort
	int port;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyConcurrentCheckoutsOfOneItemLendItOnce() throws Exception {
		Fixture f = fixtures.create("race");
		List<Browser> counters = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			counters.add(Browser.logIn(port, f.staff(), "test-password"));
		}
		int requests = SESSIONS * REQUESTS_PER_SESSION;
		List<Callable<HttpResponse<String>>> checkouts = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			Browser counter = counters.get(i % SESSIONS);
			long borrower = borrowers
				.findOrRegister("Låntagare " + i, String.format("07011%05d", i), f.site().id(), "test")
				.borrower()
				.id();
			checkouts.add(() -> counter.checkout(f.site().id(), borrower, "RACE-SKATES-38"));
		}

		List<HttpResponse<String>> responses = ConcurrentBrowsers.race(checkouts);

		assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
		assertThat(responses).filteredOn(r -> r.statusCode() == 409)
			.hasSize(requests - 1)
			.allSatisfy(r -> assertThat(r.body())
				.contains("RACE-SKATES-38 är redan utlånad. Den måste lämnas tillbaka innan den kan lånas ut igen."));
		assertThat(jdbc.sql("SELECT count(*) FROM lending_loan WHERE item_id = :item AND returned_at IS NULL")
			.param("item", f.skates38().id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
