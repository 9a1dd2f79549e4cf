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
 * Many people reserve the last pair of skates in size 40 at the same moment, each in
 * their own browser session with the form's CSRF token, through the real public page on a
 * real port: exactly one gets it held, every other is told in Swedish that someone was
 * quicker and offered the queue, and the database holds one reservation of the item. Then
 * the same race between reservations online and counters lending the item: one wins, and
 * the item is never both held and lent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.class, LendingFixtures.class })
class ReservationRaceIntegrationTests {

	private static final int VISITORS = 40;

	private static final String SOMEONE_WAS_QUICKER = "Någon hann före: just nu finns inget sådant inne.";

	@LocalServerPort
	int port;

	@Autowired
	LendingFixtures fixtures;

	@Autowired
	BorrowerManagement borrowers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fortyConcurrentReservationsOfTheLastItemHoldItForOne() throws Exception {
		Fixture f = fixtures.create("rrace");
		String form = "/fritidsbanken/" + f.site().slug() + "/reservera";
		long type = f.skates40().typeId();
		List<Browser> browsers = new ArrayList<>();
		for (int i = 0; i < VISITORS; i++) {
			browsers.add(Browser.open(port, form + "?sort=" + type + "&storlek=40"));
		}
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < VISITORS; i++) {
			Browser browser = browsers.get(i);
			String mobile = String.format("07022%05d", i);
			calls.add(() -> browser.postForm(form, "sort=" + type + "&storlek=40&ko=false&namn="
					+ ConcurrentBrowsers.encode("Besökare " + browser.hashCode()) + "&mobil=" + mobile));
		}

		List<HttpResponse<String>> responses = ConcurrentBrowsers.race(calls);

		List<HttpResponse<String>> held = responses.stream().filter(r -> r.statusCode() == 302).toList();
		assertThat(held).hasSize(1);
		assertThat(held.get(0).headers().firstValue("Location").orElseThrow())
			.matches(".*/fritidsbanken/" + f.site().slug() + "/reservation/[A-Z0-9]{6}");
		assertThat(responses).filteredOn(r -> r.statusCode() == 200)
			.hasSize(VISITORS - 1)
			.allSatisfy(r -> assertThat(r.body()).contains(SOMEONE_WAS_QUICKER, "Ställ mig i kö",
					"name=\"ko\" value=\"true\""));
		assertThat(count("SELECT count(*) FROM lending_reservation WHERE item_id = :item", f.skates40().id()))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM lending_reservation WHERE site_id = :item", f.site().id())).isEqualTo(1);
		assertThat(
				count("SELECT count(*) FROM lending_item WHERE id = :item AND status = 'RESERVED'", f.skates40().id()))
			.isEqualTo(1);
	}

	@Test
	void reservationsOnlineAndLoansAtTheCounterOfTheLastItemNeverBothWin() throws Exception {
		Fixture f = fixtures.create("rmix");
		String form = "/fritidsbanken/" + f.site().slug() + "/reservera";
		long type = f.skates40().typeId();
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < VISITORS / 2; i++) {
			Browser visitor = Browser.open(port, form + "?sort=" + type + "&storlek=40");
			String mobile = String.format("07033%05d", i);
			calls.add(() -> visitor.postForm(form, "sort=" + type + "&storlek=40&ko=false&namn="
					+ ConcurrentBrowsers.encode("Besökare " + mobile) + "&mobil=" + mobile));
			Browser counter = Browser.logIn(port, f.staff(), "test-password");
			long borrower = borrowers
				.findOrRegister("Låntagare " + i, String.format("07044%05d", i), f.site().id(), "test")
				.borrower()
				.id();
			calls.add(() -> counter.checkout(f.site().id(), borrower, "RMIX-SKATES-40"));
		}

		List<HttpResponse<String>> responses = ConcurrentBrowsers.race(calls);

		long reservationsWon = responses.stream().filter(r -> r.statusCode() == 302).count();
		long loansWon = responses.stream().filter(r -> r.statusCode() == 201).count();
		assertThat(reservationsWon + loansWon).isEqualTo(1);
		assertThat(responses).filteredOn(r -> r.statusCode() == 409)
			.allSatisfy(r -> assertThat(r.body()).containsAnyOf("RMIX-SKATES-40 är redan utlånad",
					"RMIX-SKATES-40 är reserverad för en annan låntagare"));
		assertThat(responses).filteredOn(r -> r.statusCode() == 200)
			.allSatisfy(r -> assertThat(r.body()).contains(SOMEONE_WAS_QUICKER));
		long heldOrLent = count("SELECT count(*) FROM lending_reservation WHERE item_id = :item", f.skates40().id())
				+ count("SELECT count(*) FROM lending_loan WHERE item_id = :item", f.skates40().id());
		assertThat(heldOrLent).isEqualTo(1);
	}

	private long count(String sql, long id) {
		return jdbc.sql(sql).param("item", id).query(Long.class).single();
	}

}
