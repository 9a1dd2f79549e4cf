package se.samskapa.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.Condition;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingCatalogue;
import se.samskapa.lending.LendingHistory;
import se.samskapa.lending.OpeningCalendar;
import se.samskapa.lending.OpeningHours;
import se.samskapa.lending.PastEmptySearch;
import se.samskapa.lending.PastLoan;
import se.samskapa.lending.SiteView;

/**
 * Half a year of Fritidsbanken Helsingborg, so that the statistics and their charts show
 * something real: a few hundred loans over the past 26 weeks by 80 borrowers, with the
 * seasons in them (skis and skates in winter, tents, life jackets and balls in summer),
 * returns, some renewals, loans still out and a few overdue, and searches of the public
 * catalogue that found nothing in. Written through {@link LendingHistory} in one batch.
 * The same every time for the same day (a fixed random seed).
 */
class DemoSeason {

	/** How far back the season goes. */
	static final int WEEKS = 26;

	/** How many loans are overdue today: a short call list. */
	static final int OVERDUE = 6;

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	/**
	 * More fictional people, beside {@link DemoLending}'s twenty: with theirs, 80
	 * borrowers, numbered 070-174 06 05 to 070-174 06 84 in the series Sweden keeps for
	 * fiction.
	 */
	static final List<String> BORROWERS = List.of("Adam Forsberg", "Alice Wallin", "Ahmed Yusuf", "Anton Dahl",
			"Astrid Lundberg", "Benjamin Hedlund", "Bianca Roos", "Camilla Strand", "Daniel Öberg", "Dalia Nasser",
			"Ebba Falk", "Edvin Håkansson", "Elin Sundberg", "Emil Nyberg", "Fatima Osman", "Felicia Blom",
			"Gustav Lindholm", "Hanna Ekström", "Hassan Jama", "Ida Martinsson", "Isak Berglund", "Jasmin Kaya",
			"Johan Mattsson", "Julia Axelsson", "Karin Engström", "Kevin Nordin", "Lina Sandberg", "Liam Åkesson",
			"Linnea Hermansson", "Lucas Fransson", "Malin Holmberg", "Marcus Lindström", "Meron Haile", "Moa Bengtsson",
			"Nils Jonsson", "Noah Persson", "Olivia Eklund", "Omar Said", "Patrik Söderberg", "Ronja Fredriksson",
			"Saga Viklund", "Samuel Lind", "Selma Hansson", "Simon Gunnarsson", "Siri Löfgren", "Stina Backman",
			"Theo Wikström", "Thea Isaksson", "Tilde Nordström", "Viktor Hellström", "Vera Sjödin", "Wilma Jakobsson",
			"William Ström", "Yasmin Aziz", "Zara Mohammed", "Albin Eriksson", "Nora Abdi", "Melvin Sjögren",
			"Leila Karimi", "Sixten Dahlberg");

	/** What people look for that Fritidsbanken Helsingborg does not have, by season. */
	private static final List<String> SUMMER_WISHES = List.of("kanot", "kajak", "SUP-bräda", "hängmatta", "fiskespö",
			"skateboard", "inlines", "badmintonset", "beachvolleyboll", "våtdräkt");

	private static final List<String> WINTER_WISHES = List.of("snowboard", "slalomskidor", "spark", "snöskor",
			"skridskor 46", "skidglasögon");

	private static final List<String> ALL_YEAR_WISHES = List.of("pingisracket", "klätterskor", "golfklubbor",
			"yogamatta", "longboard");

	private static final Set<String> WINTER = Set.of("Längdskidor", "Längdpjäxor", "Hockeyskridskor",
			"Konståkningsskridskor", "Pulka", "Skridskohjälm");

	private static final Set<String> ALL_YEAR = Set.of("Basketboll", "Innebandyklubba");

	/** Asked for more often than there are of them. */
	private static final Set<String> POPULAR = Set.of("Tält, 2 personer", "Tält, 4 personer", "Flytväst", "Barncykel",
			"Hockeyskridskor", "Längdskidor", "Snorkelset");

	private final LendingCatalogue catalogue;

	private final BorrowerManagement borrowers;

	private final LendingHistory history;

	DemoSeason(LendingCatalogue catalogue, BorrowerManagement borrowers, LendingHistory history) {
		this.catalogue = catalogue;
		this.borrowers = borrowers;
		this.history = history;
	}

	/**
	 * @param items the item numbers of each type on the shelves
	 * @param known the mobile numbers of the borrowers already registered
	 * @return how many loans the season has
	 */
	int load(long siteId, Map<String, List<String>> items, List<String> known, LocalDate today, String actor) {
		SiteView site = catalogue.requireSite(siteId);
		OpeningCalendar calendar = site.calendar();
		Map<DayOfWeek, OpeningHours> hours = site.hours().stream().collect(Collectors.toMap(OpeningHours::day, h -> h));
		Random random = new Random(26);

		List<Long> people = new ArrayList<>();
		known.forEach(mobile -> people.add(borrowers.findByMobile(mobile).orElseThrow().id()));
		for (int i = 0; i < BORROWERS.size(); i++) {
			people.add(borrowers
				.findOrRegister(BORROWERS.get(i), String.format("070-174 06 %02d", 5 + known.size() + i), siteId, actor)
				.borrower()
				.id());
		}
		// Some people come often, most now and then: the first in this order the most.
		Collections.shuffle(people, random);

		List<ItemView> shelves = catalogue.items(site);
		Set<String> inNow = shelves.stream()
			.filter(item -> item.status() == ItemStatus.AVAILABLE)
			.map(ItemView::number)
			.collect(Collectors.toSet());
		Map<String, String> sizes = new HashMap<>();
		shelves.stream().filter(item -> item.size() != null).forEach(item -> sizes.put(item.number(), item.size()));
		Map<String, LocalDate> busyUntil = new HashMap<>();
		List<PastLoan> loans = new ArrayList<>();
		Map<String, int[]> searches = new LinkedHashMap<>();
		int overdue = 0;
		LocalDate lastOpenDay = today.minusDays(1);
		while (!calendar.isOpen(lastOpenDay)) {
			lastOpenDay = lastOpenDay.minusDays(1);
		}

		for (LocalDate day = today.minusWeeks(WEEKS); day.isBefore(today); day = day.plusDays(1)) {
			if (!calendar.isOpen(day)) {
				continue;
			}
			int visits = visits(day.getMonth(), random);
			for (int visit = 0; visit < visits; visit++) {
				long borrower = people.get((int) (people.size() * Math.pow(random.nextDouble(), 1.7)));
				int count = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
				for (int n = 0; n < count; n++) {
					String type = pickType(items, day.getMonth(), random);
					List<String> ofType = items.get(type);
					// Skates, boots and helmets come in sizes: the borrower needs theirs.
					String size = sizes.get(ofType.get(random.nextInt(ofType.size())));
					LocalDate lentDay = day;
					List<String> free = ofType.stream()
						.filter(number -> Objects.equals(sizes.get(number), size))
						.filter(number -> !busyUntil.getOrDefault(number, LocalDate.MIN).isAfter(lentDay.minusDays(1)))
						.toList();
					if (free.isEmpty()) {
						// They look it up in the catalogue first: there, but all out.
						count(searches, day, type.split("[ ,]")[0].toLowerCase(Locale.ROOT)
								+ (size == null ? "" : " " + size.toLowerCase(Locale.ROOT)), 1);
						continue;
					}
					String number = free.get(random.nextInt(free.size()));
					LocalDate due = calendar.dueDate(day, site.loanDays());
					List<PastLoan.Renewal> renewals = new ArrayList<>();
					LocalDate back;
					if (random.nextInt(100) < 9) {
						LocalDate renewedOn = calendar.nextOpenDay(day.plusDays(9 + random.nextInt(4)));
						if (!renewedOn.isAfter(due) && renewedOn.isBefore(today)) {
							renewals.add(new PastLoan.Renewal(at(renewedOn, hours, random),
									calendar.dueDate(renewedOn, site.loanDays())));
						}
					}
					if (!renewals.isEmpty()) {
						back = calendar.nextOpenDay(renewals.get(0)
							.renewedAt()
							.atZone(ZONE)
							.toLocalDate()
							.plusDays(3 + random.nextInt(12)));
					}
					else if (random.nextInt(100) < 12) {
						back = calendar.nextOpenDay(day.plusDays(15 + random.nextInt(20)));
					}
					else {
						back = calendar.nextOpenDay(day.plusDays(3 + random.nextInt(12)));
					}
					LocalDate finalDue = renewals.isEmpty() ? due : renewals.get(0).newDue();
					boolean forgotten = day.isAfter(today.minusDays(46)) && day.isBefore(today.minusDays(20))
							&& random.nextInt(100) < 15;
					boolean stillOut = forgotten || !back.isBefore(today);
					if (stillOut && finalDue.isBefore(today) && overdue >= OVERDUE) {
						// Enough calls to make: this one came back on its due date.
						stillOut = false;
						back = finalDue;
					}
					if (stillOut && !inNow.contains(number)) {
						// Lent at the counter today or back in repair: this loan ended
						// before.
						stillOut = false;
						back = back.isBefore(today) ? back : lastOpenDay;
						if (!back.isAfter(day)) {
							continue;
						}
						if (!renewals.isEmpty()
								&& !back.isAfter(renewals.get(0).renewedAt().atZone(ZONE).toLocalDate())) {
							renewals.clear();
						}
					}
					if (stillOut) {
						inNow.remove(number);
						busyUntil.put(number, LocalDate.MAX);
						overdue += finalDue.isBefore(today) ? 1 : 0;
						loans.add(new PastLoan(number, borrower, at(day, hours, random), due, renewals, null, null));
					}
					else {
						busyUntil.put(number, back);
						loans.add(new PastLoan(number, borrower, at(day, hours, random), due, renewals,
								at(back, hours, random), random.nextInt(100) < 85 ? Condition.GOOD : Condition.WORN));
					}
				}
			}
			wishes(searches, day, random);
		}
		history.importLoans(siteId, loans, actor);
		history.importEmptySearches(siteId, searches.entrySet().stream().map(e -> {
			String[] key = e.getKey().split("\\|", 2);
			return new PastEmptySearch(LocalDate.parse(key[0]), key[1], e.getValue()[0], e.getValue()[1]);
		}).toList(), actor);
		// As the nightly job would have done: the spring's borrowers who have not been
		// back for 90 days are names and numbers no more, but still count.
		borrowers.wipeInactive();
		return loans.size();
	}

	/**
	 * Borrowers coming on an open day of the month: summer and the winter holidays most.
	 */
	private static int visits(Month month, Random random) {
		double mean = switch (month) {
			case JUNE, FEBRUARY -> 3.6;
			case JULY, AUGUST, JANUARY -> 3.0;
			case MAY, DECEMBER -> 2.4;
			case MARCH, NOVEMBER -> 2.0;
			default -> 1.6;
		};
		return (int) Math.max(0, Math.round(mean + random.nextGaussian() * 1.1));
	}

	/** A type to borrow, by how many there are and by the season. */
	private static String pickType(Map<String, List<String>> items, Month month, Random random) {
		double total = 0;
		Map<String, Double> weights = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> type : items.entrySet()) {
			double weight = type.getValue().size() * season(type.getKey(), month)
					* (POPULAR.contains(type.getKey()) ? 2.5 : 1);
			weights.put(type.getKey(), weight);
			total += weight;
		}
		double pick = random.nextDouble() * total;
		for (Map.Entry<String, Double> weight : weights.entrySet()) {
			pick -= weight.getValue();
			if (pick <= 0) {
				return weight.getKey();
			}
		}
		return weights.keySet().iterator().next();
	}

	private static double season(String type, Month month) {
		if (WINTER.contains(type)) {
			return switch (month) {
				case DECEMBER, JANUARY, FEBRUARY -> 10;
				case MARCH, NOVEMBER -> 4;
				case OCTOBER, APRIL -> 0.5;
				default -> 0;
			};
		}
		if (ALL_YEAR.contains(type)) {
			return 3;
		}
		return switch (month) {
			case JUNE, JULY -> 10;
			case MAY, AUGUST -> 7;
			case APRIL, SEPTEMBER -> 3;
			case OCTOBER -> 1;
			default -> 0.3;
		};
	}

	/** Now and then someone searches the catalogue for something that is not there. */
	private static void wishes(Map<String, int[]> searches, LocalDate day, Random random) {
		Month month = day.getMonth();
		boolean winter = month.getValue() >= 11 || month.getValue() <= 3;
		boolean summer = month.getValue() >= 5 && month.getValue() <= 8;
		int n = random.nextInt(winter || summer ? 4 : 2);
		for (int i = 0; i < n; i++) {
			List<String> wishes = random.nextInt(5) == 0 ? ALL_YEAR_WISHES
					: winter ? WINTER_WISHES : summer ? SUMMER_WISHES : ALL_YEAR_WISHES;
			// The first wishes of each list are the common ones.
			String wish = wishes.get((int) (wishes.size() * Math.pow(random.nextDouble(), 1.8)));
			count(searches, day, wish, 0);
		}
	}

	private static void count(Map<String, int[]> searches, LocalDate day, String term, int kind) {
		searches.computeIfAbsent(day + "|" + term, k -> new int[2])[kind]++;
	}

	/** A moment in the day's opening hours. */
	private static Instant at(LocalDate day, Map<DayOfWeek, OpeningHours> hours, Random random) {
		OpeningHours open = hours.get(day.getDayOfWeek());
		LocalTime from = open == null ? LocalTime.NOON : open.opens();
		LocalTime to = open == null ? LocalTime.of(18, 0) : open.closes();
		int minutes = (int) Duration.between(from, to).toMinutes();
		return day.atTime(from.plusMinutes(random.nextInt(Math.max(minutes, 1)))).atZone(ZONE).toInstant();
	}

}
