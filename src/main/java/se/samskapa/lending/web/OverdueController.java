package se.samskapa.lending.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.LendingManagement;
import se.samskapa.lending.OverdueLoan;
import se.samskapa.lending.SiteView;

/**
 * The staff's call list of overdue loans, on screen and as CSV for a spreadsheet. It
 * shows names and mobile numbers, so only the site's own staff see it.
 */
@Controller
class OverdueController {

	private final StaffSites sites;

	private final LendingManagement lending;

	OverdueController(StaffSites sites, LendingManagement lending) {
		this.sites = sites;
		this.lending = lending;
	}

	@GetMapping("/fritidsbanken/{slug}/forsenade")
	String list(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("loans", lending.overdue(site.id()));
		return "lending/overdue";
	}

	@GetMapping("/fritidsbanken/{slug}/forsenade.csv")
	void csv(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, HttpServletResponse response)
			throws IOException {
		SiteView site = sites.staffSite(slug, user);
		List<OverdueLoan> loans = lending.overdue(site.id());
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"forsenade-" + site.slug() + ".csv\"");
		// No copy in a browser cache or a proxy: the list holds names and phone numbers.
		response.setHeader("Cache-Control", "no-store");
		Writer writer = response.getWriter();
		// A byte order mark, so that Excel opens Swedish letters correctly.
		writer.write('\ufeff');
		CSVFormat format = CSVFormat.EXCEL.builder()
			.setDelimiter(';')
			.setHeader(sites.text("lending.overdue.csv.item"), sites.text("lending.overdue.csv.number"),
					sites.text("lending.borrower.name"), sites.text("lending.overdue.csv.mobile"),
					sites.text("lending.overdue.csv.due"), sites.text("lending.overdue.csv.days"))
			.get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (OverdueLoan loan : loans) {
				printer.printRecord(loan.item(), loan.itemNumber(), loan.borrowerName(), loan.mobileForDisplay(),
						loan.dueOn(), loan.daysOverdue());
			}
		}
	}

}
