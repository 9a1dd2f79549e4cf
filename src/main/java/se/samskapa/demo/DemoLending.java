package se.samskapa.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samskapa.lending.Availability;
import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.BorrowerView;
import se.samskapa.lending.CategoryManagement;
import se.samskapa.lending.Condition;
import se.samskapa.lending.DonatedThing;
import se.samskapa.lending.Donation;
import se.samskapa.lending.ItemTypeView;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingDonations;
import se.samskapa.lending.LendingHistory;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.OpeningHours;
import se.samskapa.lending.ReservationManagement;
import se.samskapa.lending.ReservationView;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.TriageOutcome;

/**
 * Fritidsbanken Helsingborg: about 300 donated items across the usual categories, open
 * Tuesday to Saturday with the Christmas holidays closed, some borrowers with items out
 * and some items back in repair, and the half year of loans before today. The same every
 * time (a fixed random seed), so that screenshots and tests agree.
 */
class DemoLending {

	static final String SITE = "Fritidsbanken Helsingborg";

	private static final Logger log = LoggerFactory.getLogger(DemoLending.class);

	private static final String ACTOR = "demo";

	/**
	 * What the shelves hold: category, sub-category, type, sizes, how many, parts.
	 */
	private static final List<Shelf> SHELVES = List.of(
			new Shelf("Vintersport", "Skidor", "Längdskidor", List.of("150 cm", "170 cm", "190 cm", "200 cm"), 24,
					List.of("Stavar")),
			new Shelf("Vintersport", "Pjäxor", "Längdpjäxor", List.of("34", "36", "38", "40", "42", "44"), 24,
					List.of()),
			new Shelf("Vintersport", "Skridskor", "Hockeyskridskor",
					List.of("30", "32", "34", "36", "38", "40", "42", "44"), 36, List.of()),
			new Shelf("Vintersport", "Skridskor", "Konståkningsskridskor", List.of("30", "32", "34", "36", "38"), 15,
					List.of()),
			new Shelf("Vintersport", "Pulkor", "Pulka", List.of(), 10, List.of()),
			new Shelf("Skydd", "Hjälmar", "Skridskohjälm", List.of("XS", "S", "M", "L"), 16, List.of()),
			new Shelf("Skydd", "Hjälmar", "Cykelhjälm", List.of("S", "M", "L"), 15, List.of()),
			new Shelf("Friluftsliv", "Tält", "Tält, 2 personer", List.of(), 8,
					List.of("Innertält", "Yttertält", "Tältstänger", "Tältpinnar")),
			new Shelf("Friluftsliv", "Tält", "Tält, 4 personer", List.of(), 5,
					List.of("Innertält", "Yttertält", "Tältstänger", "Tältpinnar")),
			new Shelf("Friluftsliv", "Sova ute", "Sovsäck", List.of("Barn", "Vuxen"), 14, List.of()),
			new Shelf("Friluftsliv", "Sova ute", "Liggunderlag", List.of(), 12, List.of()),
			new Shelf("Friluftsliv", "Laga mat", "Stormkök", List.of(), 8,
					List.of("Brännare", "Kastruller", "Vindskydd", "Stekpanna")),
			new Shelf("Friluftsliv", "Bära", "Ryggsäck", List.of("30 l", "50 l", "65 l"), 12, List.of()),
			new Shelf("Bollsport", "Bollar", "Fotboll", List.of("3", "4", "5"), 22, List.of()),
			new Shelf("Bollsport", "Bollar", "Basketboll", List.of("5", "7"), 8, List.of()),
			new Shelf("Bollsport", "Klubbor och racketar", "Innebandyklubba", List.of("80 cm", "90 cm", "100 cm"), 18,
					List.of()),
			new Shelf("Bollsport", "Klubbor och racketar", "Tennisracket", List.of("Junior", "Vuxen"), 10, List.of()),
			new Shelf("Vatten", "Flytvästar", "Flytväst", List.of("Barn 15–30 kg", "Barn 30–50 kg", "Vuxen"), 15,
					List.of()),
			new Shelf("Vatten", "Snorkling", "Snorkelset", List.of("Barn", "Vuxen"), 8,
					List.of("Mask", "Snorkel", "Cyklopfenor")),
			new Shelf("Cykel", "Cyklar", "Barncykel", List.of("12 tum", "16 tum", "20 tum"), 9, List.of()),
			new Shelf("Spel och lek", null, "Kubbspel", List.of(), 6, List.of()),
			new Shelf("Spel och lek", null, "Boulespel", List.of(), 5, List.of("Klot", "Lillen")));

	/**
	 * Fictional people; their numbers are in the series 070-174 06 05 to 070-174 06 99,
	 * which Sweden keeps for fiction, so that no real phone can be reached.
	 */
	private static final List<String> BORROWERS = List.of("Amira Hassan", "Björn Nilsson", "Cecilia Lund",
			"Dawit Tesfaye", "Elsa Berg", "Filip Andersson", "Gunilla Holm", "Hugo Lindqvist", "Ines Karlsson",
			"Jonas Ek", "Kerstin Åberg", "Leo Svensson", "Maja Persson", "Nour Ali", "Oskar Björk", "Petra Sjöberg",
			"Rami Haddad", "Sara Johansson", "Tove Lindgren", "Ulf Magnusson");

	private final LendingCatalogue catalogue;

	private final LendingManagement lending;

	private final BorrowerManagement borrowers;

	private final LendingPermissions permissions;

	private final ReservationManagement reservations;

	private final LendingHistory history;

	DemoLending(LendingCatalogue catalogue, LendingManagement lending, BorrowerManagement borrowers,
			LendingPermissions permissions, ReservationManagement reservations, LendingHistory history) {
		this.catalogue = catalogue;
		this.lending = lending;
		this.borrowers = borrowers;
		this.permissions = permissions;
		this.reservations = reservations;
		this.history = history;
	}

	/**
	 * @param staffAccountId the demo account that works the counter
	 */
	void load(LocalDate today, long staffAccountId) {
		SiteView site = catalogue.createSite(SITE, "Södra Storgatan 1, Helsingborg", null, ACTOR);
		List<OpeningHours> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
			hours.add(new OpeningHours(day, LocalTime.of(12, 0), LocalTime.of(18, 0)));
		}
		hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
		catalogue.setOpeningHours(site.id(), hours, ACTOR);
		for (MonthDay holiday : List.of(MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26),
				MonthDay.of(12, 31), MonthDay.of(1, 1), MonthDay.of(1, 6))) {
			LocalDate day = holiday.atYear(today.getYear());
			catalogue.addClosedDay(site.id(), day.isBefore(today) ? day.plusYears(1) : day, "Helgdag", ACTOR);
		}
		permissions.appointStaff(staffAccountId, site.id(), ACTOR);

		Random random = new Random(4);
		Map<String, List<String>> numbers = new LinkedHashMap<>();
		int next = 1;
		for (Shelf shelf : SHELVES) {
			long category = catalogue.category(shelf.subCategory() == null ? null : shelf.category(),
					shelf.subCategory() == null ? shelf.category() : shelf.subCategory());
			long type = catalogue.itemType(category, shelf.type());
			for (int i = 0; i < shelf.count(); i++) {
				String number = String.format("HBG-%04d", next++);
				String size = shelf.sizes().isEmpty() ? null : shelf.sizes().get(i % shelf.sizes().size());
				Condition condition = Condition.values()[Math.min(random.nextInt(7) / 2, 2)];
				catalogue.registerItem(site.id(), type, number, null, size, condition, shelf.parts(), ACTOR);
				numbers.computeIfAbsent(shelf.type(), t -> new ArrayList<>()).add(number);
			}
		}
		lend(site, numbers, random);
		season(site, numbers, today);
		reserve(site);
	}

	/**
	 * Two reservations made online wait for pickup (one already on the reservations
	 * shelf), and every 20-inch children's bike is out with two families in the queue.
	 */
	private void reserve(SiteView site) {
		reservations.reserveOnline(site.id(), typeId(site, "Pulka"), null, "Amira Hassan", "070-174 06 05", false);
		ReservationView tent = reservations.reserveOnline(site.id(), typeId(site, "Tält, 4 personer"), null, "Jonas Ek",
				"070-174 06 14", false);
		reservations.setAside(tent.id(), ACTOR);
		long bike = typeId(site, "Barncykel");
		List<String> bikes = catalogue.items(site)
			.stream()
			.filter(item -> item.typeId() == bike && "20 tum".equals(item.size())
					&& item.status() == ItemStatus.AVAILABLE)
			.map(ItemView::number)
			.toList();
		long rami = borrowers.findByMobile("070-174 06 21").orElseThrow().id();
		lending.checkout(site.id(), rami, bikes, null, ACTOR);
		reservations.reserveOnline(site.id(), bike, "20 tum", "Kerstin Åberg", "070-174 06 15", true);
		reservations.reserveOnline(site.id(), bike, "20 tum", "Vera Strand", "070-174 06 25", true);
	}

	private long typeId(SiteView site, String type) {
		return catalogue.availability(site.slug())
			.stream()
			.filter(a -> a.type().equals(type))
			.map(Availability::typeId)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Every borrower has one to three items out; a few items came back, one tent without
	 * its pegs and a pair of skates broken, and wait for repair.
	 */
	private void lend(SiteView site, Map<String, List<String>> numbers, Random random) {
		String tent = numbers.get("Tält, 2 personer").get(0);
		String skates = numbers.get("Hockeyskridskor").get(4);
		List<String> shelf = new ArrayList<>(numbers.values().stream().flatMap(List::stream).toList());
		shelf.removeAll(List.of(tent, skates));
		Collections.shuffle(shelf, random);
		for (int i = 0; i < BORROWERS.size(); i++) {
			BorrowerView borrower = borrowers
				.findOrRegister(BORROWERS.get(i), String.format("070-174 06 %02d", 5 + i), site.id(), ACTOR)
				.borrower();
			int count = 1 + random.nextInt(3);
			List<String> items = new ArrayList<>(shelf.subList(0, count));
			shelf.subList(0, count).clear();
			lending.checkout(site.id(), borrower.id(), items, null, ACTOR);
		}
		long first = borrowers.findByMobile("070-174 06 05").orElseThrow().id();
		lending.checkout(site.id(), first, List.of(tent, skates), null, ACTOR);
		lending.takeBack(tent, Condition.WORN, List.of("Tältpinnar"), "Pinnarna glömdes på campingen", ACTOR);
		lending.takeBack(skates, Condition.BROKEN, List.of(), "Skenan har lossnat", ACTOR);
	}

	/**
	 * Three donations to Helsingborg: one a month ago, sorted (to the shelves, a pair of
	 * skates discarded), one last week from a named donor, partly sorted (a tent to
	 * repair), and one from the day before yesterday waiting. Types with a parts list
	 * give it to new items. Eight new items, HBG-0301 to HBG-0308.
	 */
	void loadDonations(LocalDate today, LendingDonations donations, CategoryManagement categories) {
		SiteView site = catalogue.siteBySlug("fritidsbanken-helsingborg").orElseThrow();
		Map<String, ItemTypeView> types = new LinkedHashMap<>();
		categories.types(site.id()).forEach(type -> types.put(type.name(), type));
		for (Shelf shelf : SHELVES) {
			if (!shelf.parts().isEmpty()) {
				ItemTypeView type = types.get(shelf.type());
				categories.updateType(type.id(), type.categoryId(), type.name(), shelf.parts(), ACTOR);
			}
		}
		Donation month = donations.receive(site.id(), today.minusDays(30), null, null,
				List.of(new DonatedThing(types.get("Hockeyskridskor").id(), null, "38", 4, Condition.GOOD, null),
						new DonatedThing(types.get("Cykelhjälm").id(), null, "M", 2, Condition.NEW, "Oanvända")),
				ACTOR);
		donations.triage(month.lines().get(0).id(), TriageOutcome.CATALOGUE, 3, null, null, ACTOR);
		donations.triage(month.lines().get(0).id(), TriageOutcome.DISCARD, 1, null, "Spricka i skenan", ACTOR);
		donations.triage(month.lines().get(1).id(), TriageOutcome.CATALOGUE, 2, null, null, ACTOR);
		Donation week = donations.receive(site.id(), today.minusDays(9), "Karin Holm", "070-174 06 40",
				List.of(new DonatedThing(null, "Tält, 2 personer", null, 1, Condition.WORN, "Pinnarna saknas"),
						new DonatedThing(null, "Längdskidor", "170 cm", 3, Condition.GOOD, null)),
				ACTOR);
		donations.triage(week.lines().get(0).id(), TriageOutcome.REPAIR, 1, null, "Nya tältpinnar behövs", ACTOR);
		donations.triage(week.lines().get(1).id(), TriageOutcome.CATALOGUE, 2, null, null, ACTOR);
		donations.receive(site.id(), today.minusDays(2), null, null,
				List.of(new DonatedThing(null, "Fotboll", "5", 5, Condition.GOOD, null),
						new DonatedThing(null, "Rullskidor", null, 1, Condition.GOOD, "Med stavar"),
						new DonatedThing(null, "Flytväst", "Barn 15–30 kg", 2, Condition.BROKEN, "Spännet trasigt")),
				ACTOR);
	}

	/**
	 * The half year before today, for the statistics: a season of loans by 80 borrowers,
	 * some still out and a few overdue, and searches that found nothing (see
	 * {@link DemoSeason}).
	 */
	private void season(SiteView site, Map<String, List<String>> numbers, LocalDate today) {
		long started = System.nanoTime();
		List<String> registered = IntStream.range(0, BORROWERS.size())
			.mapToObj(i -> String.format("070-174 06 %02d", 5 + i))
			.toList();
		int loans = new DemoSeason(catalogue, borrowers, history).load(site.id(), numbers, registered, today, ACTOR);
		log.info("Demo season of {}: {} loans written in {} ms", SITE, loans,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** One kind of thing on the shelves, spread over its sizes. */
	private record Shelf(String category, String subCategory, String type, List<String> sizes, int count,
			List<String> parts) {
	}

}
