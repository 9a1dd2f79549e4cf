package se.samskapa.lending.web;

import java.util.Map;
import java.util.function.Supplier;

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
import se.samskapa.lending.Condition;
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.ItemDetails;
import se.samskapa.lending.ItemManagement;
import se.samskapa.lending.ItemStatus;
import se.samskapa.lending.ItemView;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.UnknownLendingThing;
import se.samskapa.lending.internal.PartsLists;
import se.samskapa.shared.NotFoundException;
import se.samskapa.shared.RuleViolation;

/**
 * The site's equipment for its staff: search by number, type, category or size, filter by
 * status; each item's page with its history and loans (dates and conditions, never who
 * borrowed), corrections, repair and retirement.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}/utrustning")
class ItemsController {

	private final StaffSites sites;

	private final ItemManagement items;

	ItemsController(StaffSites sites, ItemManagement items) {
		this.sites = sites;
		this.items = items;
	}

	@GetMapping
	String search(@PathVariable String slug, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "1") int sida,
			@AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		ItemStatus chosen = status(status);
		model.addAttribute("site", site);
		model.addAttribute("q", q.trim());
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("statuses", ItemStatus.values());
		model.addAttribute("result", items.search(site.id(), q, chosen, sida));
		return "lending/items";
	}

	@GetMapping("/{number}")
	String item(@PathVariable String slug, @PathVariable String number, @AuthenticationPrincipal SamskapaUser user,
			Model model) {
		SiteView site = sites.staffSite(slug, user);
		return itemPage(site, number, model);
	}

	@PostMapping("/{number}")
	String edit(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "") String skick,
			@RequestParam(defaultValue = "") String storlek, @RequestParam(defaultValue = "") String anteckning,
			@RequestParam(defaultValue = "") String delar, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		return change(site, number, "edit", model, redirect, "lending.item.saved",
				Map.of("skick", skick, "storlek", storlek, "anteckning", anteckning, "delar", delar),
				() -> items.edit(site.id(), number, condition(skick), storlek, anteckning, PartsLists.parse(delar),
						user.getUsername()));
	}

	@PostMapping("/{number}/lagning")
	String toRepair(@PathVariable String slug, @PathVariable String number,
			@RequestParam(defaultValue = "") String anteckning, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		return change(site, number, "repair", model, redirect, "lending.item.sent.to.repair",
				Map.of("anteckning", anteckning),
				() -> items.toRepair(site.id(), number, anteckning, user.getUsername()));
	}

	@PostMapping("/{number}/lagad")
	String repaired(@PathVariable String slug, @PathVariable String number,
			@RequestParam(defaultValue = "") String skick, @RequestParam(defaultValue = "") String anteckning,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		return change(site, number, "repaired", model, redirect, "lending.item.back.from.repair",
				Map.of("skick", skick, "anteckning", anteckning),
				() -> items.repaired(site.id(), number, condition(skick), anteckning, user.getUsername()));
	}

	@PostMapping("/{number}/utrangera")
	String retire(@PathVariable String slug, @PathVariable String number, @RequestParam(defaultValue = "") String orsak,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		return change(site, number, "retire", model, redirect, "lending.item.retired.done", Map.of("orsak", orsak),
				() -> items.retire(site.id(), number, orsak, user.getUsername()));
	}

	/**
	 * Runs a change and goes back to the item; a refusal shows beside the form it came
	 * from, with what was typed kept.
	 */
	private String change(SiteView site, String number, String form, Model model, RedirectAttributes redirect,
			String doneKey, Map<String, String> typed, Supplier<ItemView> change) {
		ItemView item = item(site, number);
		try {
			ItemView changed = change.get();
			redirect.addFlashAttribute("message", doneKey);
			return "redirect:/fritidsbanken/" + site.slug() + "/utrustning/" + changed.number();
		}
		catch (RuleViolation ex) {
			model.addAttribute("errorForm", form);
			model.addAttribute("errorField", ex instanceof InvalidInput invalid ? invalid.field() : null);
			model.addAttribute("error", sites.text(ex));
			model.addAttribute("typed", typed);
			return itemPage(site, item.number(), model);
		}
	}

	private String itemPage(SiteView site, String number, Model model) {
		model.addAttribute("site", site);
		try {
			ItemDetails details = items.details(site.id(), number);
			model.addAttribute("details", details);
			model.addAttribute("partsText", PartsLists.format(details.item().parts()));
		}
		catch (UnknownLendingThing ex) {
			throw NotFoundException.of("item", number);
		}
		model.addAttribute("conditions", Condition.values());
		return "lending/item";
	}

	private ItemView item(SiteView site, String number) {
		try {
			return items.item(site.id(), number);
		}
		catch (UnknownLendingThing ex) {
			throw NotFoundException.of("item", number);
		}
	}

	private static ItemStatus status(String value) {
		try {
			return value.isBlank() ? null : ItemStatus.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Condition condition(String value) {
		try {
			return Condition.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("condition", "lending.return.condition.required");
		}
	}

}
