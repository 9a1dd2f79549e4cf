package se.samskapa.lending.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.lending.CategoryManagement;
import se.samskapa.lending.Condition;
import se.samskapa.lending.DonatedThing;
import se.samskapa.lending.Donation;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.LendingDonations;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.TriageOutcome;
import se.samskapa.lending.UnknownLendingThing;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * Donations at the door and their sorting, for the site's staff. Registering is made for
 * the keyboard: Enter in any field adds a line and puts the cursor in it, "Spara gåvan"
 * saves; nothing is saved until then, and the page works without JavaScript.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}/gavor")
class DonationsController {

	/** Blank lines a new donation starts with. */
	static final int FIRST_LINES = 3;

	private static final Pattern LINE_FIELD = Pattern.compile("things\\[(\\d+)]\\.(\\w+)");

	private final StaffSites sites;

	private final LendingDonations donations;

	private final CategoryManagement categories;

	private final Dates dates;

	DonationsController(StaffSites sites, LendingDonations donations, CategoryManagement categories, Dates dates) {
		this.sites = sites;
		this.donations = donations;
		this.categories = categories;
		this.dates = dates;
	}

	@GetMapping
	String list(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		model.addAttribute("site", site);
		model.addAttribute("donations", donations.donations(site.id()));
		return "lending/donations";
	}

	@GetMapping("/ny")
	String form(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		List<DonationFormLine> lines = new ArrayList<>();
		for (int i = 0; i < FIRST_LINES; i++) {
			lines.add(DonationFormLine.BLANK);
		}
		return formPage(site, dates.today().toString(), "", "", lines, -1, model);
	}

	/**
	 * "rad" (the first button, so Enter in a field means it) adds a line; "spara" saves.
	 */
	@PostMapping("/ny")
	String receive(@PathVariable String slug, @RequestParam(defaultValue = "") String mottagen,
			@RequestParam(defaultValue = "") String givare, @RequestParam(defaultValue = "") String kontakt,
			@RequestParam(defaultValue = "rad") String atgard, HttpServletRequest request,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		List<DonationFormLine> lines = DonationFormLine.from(request);
		if (!"spara".equals(atgard)) {
			return formPage(site, mottagen, givare, kontakt, lines, nextLine(lines), model);
		}
		try {
			Donation donation = donations.receive(site.id(), date(mottagen), givare, kontakt,
					lines.stream().map(DonationFormLine::thing).toList(), user.getUsername());
			redirect.addFlashAttribute("received", donation.things());
			return "redirect:/fritidsbanken/" + site.slug() + "/gavor/" + donation.id();
		}
		catch (InvalidInput ex) {
			Matcher field = LINE_FIELD.matcher(ex.field());
			if (field.matches()) {
				// A blank line travels as null, so the service's index is the form's.
				model.addAttribute("lineErrors", Map.of(field.group(1) + "." + field.group(2), sites.text(ex)));
			}
			else {
				model.addAttribute(ex.field() + "Error", sites.text(ex));
			}
			return formPage(site, mottagen, givare, kontakt, lines, -1, model);
		}
	}

	@GetMapping("/{donationId}")
	String donation(@PathVariable String slug, @PathVariable long donationId,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		return donationPage(site, donation(site, donationId), model);
	}

	@PostMapping("/{donationId}/rader/{lineId}")
	String triage(@PathVariable String slug, @PathVariable long donationId, @PathVariable long lineId,
			@RequestParam(defaultValue = "") String utfall, @RequestParam(defaultValue = "1") String antal,
			@RequestParam(required = false) Long sort, @RequestParam(defaultValue = "") String orsak,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		Donation donation = donation(site, donationId);
		if (donation.lines().stream().noneMatch(line -> line.id() == lineId)) {
			throw NotFoundException.of("donation line", lineId);
		}
		try {
			List<ItemView> made = donations.triage(lineId, outcome(utfall), count(antal), sort, orsak,
					user.getUsername());
			redirect.addFlashAttribute("sorted",
					sites.text("lending.triage.done.message", count(antal), sites.text("lending.triage." + utfall)));
			redirect.addFlashAttribute("made", made.stream().map(ItemView::number).toList());
			return "redirect:/fritidsbanken/" + site.slug() + "/gavor/" + donationId;
		}
		catch (RuleViolation ex) {
			model.addAttribute("triageLine", lineId);
			model.addAttribute("triageError", sites.text(ex));
			model.addAttribute("triageField", ex instanceof InvalidInput invalid ? invalid.field() : "outcome");
			model.addAttribute("chosen", Map.of("utfall", utfall, "antal", antal, "orsak", orsak, "sort",
					sort == null ? "" : String.valueOf(sort)));
			return donationPage(site, donation(site, donationId), model);
		}
	}

	@PostMapping("/{donationId}/givare/radera")
	String eraseDonor(@PathVariable String slug, @PathVariable long donationId,
			@AuthenticationPrincipal SamskapaUser user, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		donation(site, donationId);
		donations.eraseDonor(donationId, user.getUsername());
		redirect.addFlashAttribute("message", "lending.donation.donor.erased");
		return "redirect:/fritidsbanken/" + site.slug() + "/gavor/" + donationId;
	}

	/**
	 * Where Enter takes the cursor: the first blank line after the last one written, a
	 * new one when there is none.
	 */
	static int nextLine(List<DonationFormLine> lines) {
		int last = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).blank()) {
				last = i;
			}
		}
		if (last + 1 >= lines.size()) {
			lines.add(DonationFormLine.BLANK);
		}
		return last + 1;
	}

	private String formPage(SiteView site, String received, String donor, String contact, List<DonationFormLine> lines,
			int focus, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("mottagen", received);
		model.addAttribute("givare", donor);
		model.addAttribute("kontakt", contact);
		model.addAttribute("lines", lines);
		model.addAttribute("focus", focus);
		model.addAttribute("types", categories.types(site.id()));
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("maxCount", DonatedThing.MAX_COUNT);
		model.addAttribute("retentionDays", donations.donorRetentionDays());
		if (!model.containsAttribute("lineErrors")) {
			model.addAttribute("lineErrors", new HashMap<String, String>());
		}
		return "lending/donation-new";
	}

	private String donationPage(SiteView site, Donation donation, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("donation", donation);
		model.addAttribute("types", categories.types(site.id()));
		model.addAttribute("outcomes", TriageOutcome.values());
		model.addAttribute("firstOpen",
				donation.lines().stream().filter(l -> l.remaining() > 0).findFirst().map(l -> l.id()).orElse(-1L));
		return "lending/donation";
	}

	private Donation donation(SiteView site, long donationId) {
		try {
			Donation donation = donations.donation(donationId);
			if (donation.siteId() != site.id()) {
				throw NotFoundException.of("donation", donationId);
			}
			return donation;
		}
		catch (UnknownLendingThing ex) {
			throw NotFoundException.of("donation", donationId);
		}
	}

	private static LocalDate date(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("receivedOn", "lending.due.invalid");
		}
	}

	private static TriageOutcome outcome(String value) {
		try {
			return TriageOutcome.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("outcome", "lending.triage.outcome.required");
		}
	}

	private static int count(String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput("count", "lending.donation.count.number");
		}
	}

}
