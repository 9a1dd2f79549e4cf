package se.samskapa.lending.web;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.DonationStatistics;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.LendingPermissions;
import se.samskapa.lending.LendingStatistics;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.StatisticsReport;
import se.samskapa.lending.StatisticsScope;
import se.samskapa.lending.WaitlistStatistics;
import se.samskapa.shared.NotFoundException;

/**
 * Fritidsbanken's statistics for lending admins (every site, or one) and staff (the sites
 * they work at): loans, renewals and borrowers per month, loans per category and site,
 * what people searched for and could not get, waitlists and donations. Each chart is
 * followed by its table, and each table can be downloaded as CSV. No personal data: the
 * figures count borrowers by pseudonym.
 */
@Controller
class StatisticsController {

	static final String PAGE = "/fritidsbanken/statistik";

	/** How many search terms the chart shows; the table and the CSV have them all. */
	static final int CHART_TERMS = 15;

	private final LendingStatistics statistics;

	private final LendingPermissions permissions;

	private final StaffSites sites;

	StatisticsController(LendingStatistics statistics, LendingPermissions permissions, StaffSites sites) {
		this.statistics = statistics;
		this.permissions = permissions;
		this.sites = sites;
	}

	@GetMapping(PAGE)
	String page(@RequestParam(name = "fran", defaultValue = "") String from,
			@RequestParam(name = "till", defaultValue = "") String to,
			@RequestParam(name = "plats", defaultValue = "") String site, @AuthenticationPrincipal SamskapaUser user,
			Model model) {
		Selection selection = select(user, site);
		StatisticsScope scope;
		boolean invalid = false;
		try {
			scope = scope(from, to, selection.siteIds());
		}
		catch (InvalidInput ex) {
			// The figures of the last twelve months, and what was typed, to correct.
			model.addAttribute(ex.field() + "Error", sites.text(ex));
			scope = statistics.lastTwelveMonths(selection.siteIds());
			invalid = true;
		}
		StatisticsReport report = statistics.report(scope);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("report", report);
		model.addAttribute("sites", selection.visible());
		model.addAttribute("site", selection.site());
		model.addAttribute("fran", invalid ? from : scope.from().toString());
		model.addAttribute("till", invalid ? to : scope.to().toString());
		model.addAttribute("period", period(scope, locale));
		model.addAttribute("monthNames", monthNames(scope, locale));
		model.addAttribute("allSites", sites
			.text(permissions.isAdmin(user) ? "lending.statistics.site.all" : "lending.statistics.site.all.mine"));
		model.addAttribute("csv", csvQuery(scope, selection));
		model.addAttribute("loansChart", loansChart(report, locale));
		model.addAttribute("borrowersChart", borrowersChart(report, locale));
		model.addAttribute("categoryChart", categoryChart(report, locale));
		model.addAttribute("siteChart", report.sites().size() > 1 ? siteChart(report, locale) : null);
		model.addAttribute("searchChart", searchChart(report, locale));
		report.donations()
			.ifPresent(months -> model.addAttribute("donationChart", donationChart(report, months, locale)));
		return "lending/statistics";
	}

	@GetMapping(PAGE + "/{table}.csv")
	void csv(@PathVariable String table, @RequestParam(name = "fran", defaultValue = "") String from,
			@RequestParam(name = "till", defaultValue = "") String to,
			@RequestParam(name = "plats", defaultValue = "") String site, @AuthenticationPrincipal SamskapaUser user,
			HttpServletResponse response) throws IOException {
		Selection selection = select(user, site);
		Table kind = Table.of(table);
		StatisticsScope scope;
		try {
			scope = scope(from, to, selection.siteIds());
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("text/plain; charset=UTF-8");
			response.getWriter().write(sites.text(ex));
			return;
		}
		StatisticsReport report = statistics.report(scope);
		if ((kind == Table.WAITLISTS && report.waitlists().isEmpty())
				|| (kind == Table.DONATIONS && report.donations().isEmpty())) {
			throw NotFoundException.of("statistics table", table);
		}
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"statistik-" + table + "-" + scope.from() + "-"
				+ scope.to() + (selection.site() == null ? "" : "-" + selection.site().slug()) + ".csv\"");
		response.setHeader("Cache-Control", "no-store");
		Writer writer = response.getWriter();
		// A byte order mark, so that Excel opens Swedish letters correctly.
		writer.write('\ufeff');
		CSVFormat format = CSVFormat.EXCEL.builder()
			.setDelimiter(';')
			.setHeader(kind.headers.stream().map(key -> sites.text(key)).toArray(String[]::new))
			.get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			write(kind, report, printer);
		}
	}

	private void write(Table kind, StatisticsReport report, CSVPrinter printer) throws IOException {
		switch (kind) {
			case LOANS -> {
				for (StatisticsReport.Month month : report.months()) {
					printer.printRecord(month.month(), month.loans(), month.renewals());
				}
			}
			case BORROWERS -> {
				for (StatisticsReport.Month month : report.months()) {
					printer.printRecord(month.month(), month.borrowers());
				}
			}
			case CATEGORIES -> {
				for (StatisticsReport.Category category : report.categories()) {
					printer.printRecord(category.name(), category.loans());
				}
			}
			case SITES -> {
				for (StatisticsReport.Site site : report.sites()) {
					printer.printRecord(site.name(), site.loans(), site.renewals(), site.borrowers());
				}
				printer.printRecord(sites.text("lending.statistics.total"), report.loans(), report.renewals(),
						report.borrowers());
			}
			case SEARCHES -> {
				for (StatisticsReport.Term term : report.emptySearches().terms()) {
					printer.printRecord(term.term(), term.noMatch(), term.noneIn(), term.total(), term.days());
				}
			}
			case WAITLISTS -> {
				for (WaitlistStatistics.Demand demand : report.waitlists().orElseThrow()) {
					printer.printRecord(demand.category(), demand.type(), demand.requests(), demand.stillWaiting());
				}
			}
			case DONATIONS -> {
				for (DonationStatistics.Month month : report.donations().orElseThrow()) {
					printer.printRecord(month.month(), month.itemsIn(), month.itemsOut());
				}
			}
		}
	}

	/**
	 * The sites the user may see, and the one chosen: refused (403, or the login page for
	 * a visitor) without a lending role, or for a site the user does not work at.
	 */
	private Selection select(SamskapaUser user, String slug) {
		List<SiteView> visible = permissions.sitesOf(user);
		if (visible.isEmpty()) {
			throw new AccessDeniedException("No lending role");
		}
		if (slug.isBlank()) {
			return new Selection(visible, null);
		}
		SiteView site = sites.site(slug.trim());
		if (visible.stream().noneMatch(s -> s.id() == site.id())) {
			throw new AccessDeniedException("Not staff at " + site.slug());
		}
		return new Selection(visible, site);
	}

	private StatisticsScope scope(String from, String to, Set<Long> siteIds) {
		if (from.isBlank() && to.isBlank()) {
			return statistics.lastTwelveMonths(siteIds);
		}
		StatisticsScope standard = statistics.lastTwelveMonths(siteIds);
		YearMonth last = to.isBlank() ? standard.to() : month("to", to);
		YearMonth first = from.isBlank() ? last.minusMonths(11) : month("from", from);
		return new StatisticsScope(first, last, siteIds);
	}

	private static YearMonth month(String field, String text) {
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(field, "lending.statistics.month.invalid");
		}
	}

	/** "december 2025 – november 2026". */
	private static String period(StatisticsScope scope, Locale locale) {
		return monthAndYear(scope.from(), locale) + " – " + monthAndYear(scope.to(), locale);
	}

	private static Map<YearMonth, String> monthNames(StatisticsScope scope, Locale locale) {
		Map<YearMonth, String> names = new HashMap<>();
		for (YearMonth month = scope.from(); !month.isAfter(scope.to()); month = month.plusMonths(1)) {
			names.put(month, monthAndYear(month, locale));
		}
		return names;
	}

	static String monthAndYear(YearMonth month, Locale locale) {
		return Charts.monthName(month, locale, TextStyle.FULL) + " " + month.getYear();
	}

	/** The page's choices as a query string for the CSV links. */
	private static String csvQuery(StatisticsScope scope, Selection selection) {
		return "?fran=" + scope.from() + "&till=" + scope.to()
				+ (selection.site() == null ? "" : "&plats=" + selection.site().slug());
	}

	private Charts.ColumnChart loansChart(StatisticsReport report, Locale locale) {
		StatisticsReport.Month busiest = report.months()
			.stream()
			.max(Comparator.comparingLong(StatisticsReport.Month::loans))
			.orElseThrow();
		String description = describe(
				sites.text("lending.statistics.loans.chart.description", period(report.scope(), locale), report.loans(),
						report.renewals()),
				busiest.loans() == 0 ? null : sites.text("lending.statistics.loans.chart.busiest",
						monthAndYear(busiest.month(), locale), busiest.loans()));
		return Charts.columns("chart-loans", sites.text("lending.statistics.loans.title"), description, report.months(),
				StatisticsReport.Month::month,
				List.of(sites.text("lending.statistics.loans"), sites.text("lending.statistics.renewals")),
				List.of(StatisticsReport.Month::loans, StatisticsReport.Month::renewals), locale);
	}

	private Charts.ColumnChart borrowersChart(StatisticsReport report, Locale locale) {
		StatisticsReport.Month busiest = report.months()
			.stream()
			.max(Comparator.comparingLong(StatisticsReport.Month::borrowers))
			.orElseThrow();
		String description = describe(
				sites.text("lending.statistics.borrowers.chart.description", period(report.scope(), locale),
						report.borrowers()),
				busiest.borrowers() == 0 ? null : sites.text("lending.statistics.borrowers.chart.busiest",
						monthAndYear(busiest.month(), locale), busiest.borrowers()));
		return Charts.columns("chart-borrowers", sites.text("lending.statistics.borrowers.title"), description,
				report.months(), StatisticsReport.Month::month, List.of(sites.text("lending.statistics.borrowers")),
				List.of(StatisticsReport.Month::borrowers), locale);
	}

	private Charts.BarChart categoryChart(StatisticsReport report, Locale locale) {
		List<Charts.BarRow> rows = report.categories()
			.stream()
			.map(c -> new Charts.BarRow(c.name(), c.loans()))
			.toList();
		return Charts.bars("chart-categories", sites.text("lending.statistics.categories.title"),
				sites.text("lending.statistics.bars.description", period(report.scope(), locale), top(rows)), rows,
				List.of(sites.text("lending.statistics.loans")), locale);
	}

	private Charts.BarChart siteChart(StatisticsReport report, Locale locale) {
		List<Charts.BarRow> rows = report.sites().stream().map(s -> new Charts.BarRow(s.name(), s.loans())).toList();
		return Charts.bars("chart-sites", sites.text("lending.statistics.sites.title"),
				sites.text("lending.statistics.bars.description", period(report.scope(), locale), top(rows)), rows,
				List.of(sites.text("lending.statistics.loans")), locale);
	}

	private Charts.BarChart searchChart(StatisticsReport report, Locale locale) {
		List<Charts.BarRow> rows = report.emptySearches()
			.terms()
			.stream()
			.limit(CHART_TERMS)
			.map(t -> new Charts.BarRow(t.term(), t.noMatch(), t.noneIn()))
			.toList();
		return Charts.bars("chart-searches", sites.text("lending.statistics.searches.title"),
				sites.text("lending.statistics.searches.chart.description", period(report.scope(), locale), rows.size(),
						top(rows)),
				rows, List.of(sites.text("lending.statistics.searches.no.match"),
						sites.text("lending.statistics.searches.none.in")),
				locale);
	}

	private Charts.ColumnChart donationChart(StatisticsReport report, List<DonationStatistics.Month> months,
			Locale locale) {
		long in = months.stream().mapToLong(DonationStatistics.Month::itemsIn).sum();
		long out = months.stream().mapToLong(DonationStatistics.Month::itemsOut).sum();
		return Charts.columns("chart-donations", sites.text("lending.statistics.donations.title"),
				describe(sites.text("lending.statistics.donations.chart.description", period(report.scope(), locale),
						in, out), null),
				months, DonationStatistics.Month::month,
				List.of(sites.text("lending.statistics.donations.in"), sites.text("lending.statistics.donations.out")),
				List.of(DonationStatistics.Month::itemsIn, DonationStatistics.Month::itemsOut), locale);
	}

	/** What a chart of months says to a screen reader, and where its figures are. */
	private String describe(String summary, String busiest) {
		return summary + (busiest == null ? "" : " " + busiest) + " " + sites.text("lending.statistics.chart.table");
	}

	/** "Vintersport (120), Friluftsliv (80), Bollsport (44)": the first three rows. */
	private static String top(List<Charts.BarRow> rows) {
		List<String> first = new ArrayList<>();
		for (Charts.BarRow row : rows.subList(0, Math.min(3, rows.size()))) {
			first.add(row.label() + " (" + row.total() + ")");
		}
		return String.join(", ", first);
	}

	/**
	 * @param site the site chosen, or {@code null} for every visible site
	 */
	private record Selection(List<SiteView> visible, SiteView site) {

		Set<Long> siteIds() {
			return site == null ? visible.stream().map(SiteView::id).collect(Collectors.toSet()) : Set.of(site.id());
		}

	}

	/** The tables that can be downloaded, by the name in their address. */
	private enum Table {

		LOANS("lan-per-manad", "lending.statistics.csv.month", "lending.statistics.loans",
				"lending.statistics.renewals"),
		BORROWERS("lantagare-per-manad", "lending.statistics.csv.month", "lending.statistics.borrowers"),
		CATEGORIES("lan-per-kategori", "lending.statistics.category", "lending.statistics.loans"),
		SITES("lan-per-plats", "lending.statistics.site", "lending.statistics.loans", "lending.statistics.renewals",
				"lending.statistics.borrowers"),
		SEARCHES("tomma-sokningar", "lending.statistics.searches.term", "lending.statistics.searches.no.match",
				"lending.statistics.searches.none.in", "lending.statistics.total", "lending.statistics.searches.days"),
		WAITLISTS("vantelistor", "lending.statistics.category", "lending.statistics.waitlists.type",
				"lending.statistics.waitlists.requests", "lending.statistics.waitlists.waiting"),
		DONATIONS("gavor", "lending.statistics.csv.month", "lending.statistics.donations.in",
				"lending.statistics.donations.out");

		private final String name;

		private final List<String> headers;

		Table(String name, String... headers) {
			this.name = name;
			this.headers = List.of(headers);
		}

		static Table of(String name) {
			for (Table table : values()) {
				if (table.name.equals(name)) {
					return table;
				}
			}
			throw NotFoundException.of("statistics table", name);
		}

	}

}
