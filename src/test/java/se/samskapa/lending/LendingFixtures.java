package se.samskapa.lending;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;

import se.samskapa.directory.AccountManagement;
import se.samskapa.directory.Role;

/**
 * A small Fritidsbanken for tests, made through the module's own API: a site open Tuesday
 * to Saturday with a closed day, a second site, a few items, a borrower, and accounts for
 * each lending role. Names carry a prefix so that several sets can live in one database.
 */
@TestComponent
public class LendingFixtures {

	private final LendingCatalogue catalogue;

	private final LendingPermissions permissions;

	private final BorrowerManagement borrowers;

	private final AccountManagement accounts;

	LendingFixtures(LendingCatalogue catalogue, LendingPermissions permissions, BorrowerManagement borrowers,
			AccountManagement accounts) {
		this.catalogue = catalogue;
		this.permissions = permissions;
		this.borrowers = borrowers;
		this.accounts = accounts;
	}

	/**
	 * @param prefix keeps numbers and usernames apart: "t" gives items T-SKATES-38 and
	 * the staff account t-disk
	 */
	public Fixture create(String prefix) {
		String p = prefix.toUpperCase();
		SiteView site = catalogue.createSite("Fritidsbanken " + prefix + " Centrum", "Drottninggatan 1", null, "test");
		catalogue.setOpeningHours(site.id(),
				List.of(hours(DayOfWeek.TUESDAY), hours(DayOfWeek.WEDNESDAY), hours(DayOfWeek.THURSDAY),
						hours(DayOfWeek.FRIDAY),
						new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))),
				"test");
		// Tuesday 8 December 2026: staff training.
		catalogue.addClosedDay(site.id(), LocalDate.of(2026, 12, 8), "Personalutbildning", "test");
		SiteView other = catalogue.createSite("Fritidsbanken " + prefix + " Norr", null, 21, "test");

		long skates = catalogue.itemType(catalogue.category("Vintersport", "Skridskor"), "Hockeyskridskor");
		long tents = catalogue.itemType(catalogue.category("Friluftsliv", "Tält"), "Tält, 2 personer");
		long helmets = catalogue.itemType(catalogue.category(null, "Skydd"), "Cykelhjälm");
		ItemView skates38 = catalogue.registerItem(site.id(), skates, p + "-SKATES-38", null, "38", Condition.GOOD,
				List.of(), "test");
		ItemView skates40 = catalogue.registerItem(site.id(), skates, p + "-SKATES-40", p + "-BARCODE-40", "40",
				Condition.WORN, List.of(), "test");
		ItemView tent = catalogue.registerItem(site.id(), tents, p + "-TENT-1", null, null, Condition.GOOD,
				List.of("Tältstänger", "Tältpinnar", "Yttertält"), "test");
		ItemView helmet = catalogue.registerItem(other.id(), helmets, p + "-HELMET-M", null, "M", Condition.NEW,
				List.of(), "test");

		String user = prefix.toLowerCase();
		long staff = account(user + "-disk");
		permissions.appointStaff(staff, site.id(), "test");
		long otherStaff = account(user + "-norr");
		permissions.appointStaff(otherStaff, other.id(), "test");
		long admin = account(user + "-fbadmin");
		permissions.appointAdmin(admin, "test");
		BorrowerView borrower = borrowers.findOrRegister("Alva Lind", "070-100 00 01", site.id(), "test").borrower();
		return new Fixture(site, other, skates38, skates40, tent, helmet, user + "-disk", user + "-norr",
				user + "-fbadmin", borrower);
	}

	private long account(String username) {
		return accounts.createWithoutPolicy(username, "test-password", Role.MEMBER, null).id();
	}

	private static OpeningHours hours(DayOfWeek day) {
		return new OpeningHours(day, LocalTime.of(12, 0), LocalTime.of(18, 0));
	}

	/**
	 * One test Fritidsbanken.
	 *
	 * @param staff username of the staff at {@code site}
	 * @param otherStaff username of the staff at {@code otherSite} only
	 * @param lendingAdmin username of a lending admin (a member account otherwise)
	 */
	public record Fixture(SiteView site, SiteView otherSite, ItemView skates38, ItemView skates40, ItemView tent,
			ItemView helmet, String staff, String otherStaff, String lendingAdmin, BorrowerView borrower) {
	}

}
