package se.samskapa.lending.web;

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
import se.samskapa.lending.InvalidInput;
import se.samskapa.lending.ItemTypeView;
import se.samskapa.lending.SiteView;
import se.samskapa.lending.UnknownLendingThing;
import se.samskapa.lending.internal.PartsLists;
import se.samskapa.shared.NotFoundException;

/**
 * Categories (two levels) and item types with their default parts, for the staff of a
 * site. The tree is shared by every site; every change is in the audit trail.
 */
@Controller
@RequestMapping("/fritidsbanken/{slug}/sorter")
class CategoriesController {

	private final StaffSites sites;

	private final CategoryManagement categories;

	CategoriesController(StaffSites sites, CategoryManagement categories) {
		this.sites = sites;
		this.categories = categories;
	}

	@GetMapping
	String tree(@PathVariable String slug, @AuthenticationPrincipal SamskapaUser user, Model model) {
		SiteView site = sites.staffSite(slug, user);
		return treePage(site, model);
	}

	@PostMapping("/kategorier")
	String createCategory(@PathVariable String slug, @RequestParam(defaultValue = "") String namn,
			@RequestParam(required = false) Long under, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		try {
			categories.createCategory(under, namn, user.getUsername());
			redirect.addFlashAttribute("message", "lending.category.created");
			return "redirect:/fritidsbanken/" + site.slug() + "/sorter";
		}
		catch (InvalidInput ex) {
			model.addAttribute("categoryError", sites.text(ex));
			model.addAttribute("categoryName", namn);
			model.addAttribute("categoryParent", under);
			return treePage(site, model);
		}
	}

	@PostMapping("/kategorier/{categoryId}")
	String renameCategory(@PathVariable String slug, @PathVariable long categoryId,
			@RequestParam(defaultValue = "") String namn, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		try {
			categories.renameCategory(categoryId, namn, user.getUsername());
			redirect.addFlashAttribute("message", "lending.category.renamed");
			return "redirect:/fritidsbanken/" + site.slug() + "/sorter";
		}
		catch (UnknownLendingThing ex) {
			throw NotFoundException.of("category", categoryId);
		}
		catch (InvalidInput ex) {
			model.addAttribute("renameId", categoryId);
			model.addAttribute("renameError", sites.text(ex));
			model.addAttribute("renameName", namn);
			return treePage(site, model);
		}
	}

	@PostMapping("/ny")
	String createType(@PathVariable String slug, @RequestParam(required = false) Long kategori,
			@RequestParam(defaultValue = "") String namn, @RequestParam(defaultValue = "") String delar,
			@AuthenticationPrincipal SamskapaUser user, Model model, RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		try {
			if (kategori == null) {
				throw new InvalidInput("categoryId", "lending.type.category.required");
			}
			long id = categories.createType(kategori, namn, PartsLists.parse(delar), user.getUsername());
			redirect.addFlashAttribute("message", "lending.type.created");
			return "redirect:/fritidsbanken/" + site.slug() + "/sorter/" + id;
		}
		catch (InvalidInput ex) {
			model.addAttribute("typeError", sites.text(ex));
			model.addAttribute("typeErrorField", ex.field());
			model.addAttribute("typeName", namn);
			model.addAttribute("typeCategory", kategori);
			model.addAttribute("typeParts", delar);
			return treePage(site, model);
		}
		catch (UnknownLendingThing ex) {
			model.addAttribute("typeError", sites.text(ex));
			model.addAttribute("typeErrorField", "categoryId");
			return treePage(site, model);
		}
	}

	@GetMapping("/{typeId}")
	String type(@PathVariable String slug, @PathVariable long typeId, @AuthenticationPrincipal SamskapaUser user,
			Model model) {
		SiteView site = sites.staffSite(slug, user);
		ItemTypeView type = type(typeId, site);
		return typePage(site, type, type.categoryId(), type.name(), PartsLists.format(type.defaultParts()), model);
	}

	@PostMapping("/{typeId}")
	String updateType(@PathVariable String slug, @PathVariable long typeId,
			@RequestParam(required = false) Long kategori, @RequestParam(defaultValue = "") String namn,
			@RequestParam(defaultValue = "") String delar, @AuthenticationPrincipal SamskapaUser user, Model model,
			RedirectAttributes redirect) {
		SiteView site = sites.staffSite(slug, user);
		ItemTypeView type = type(typeId, site);
		try {
			categories.updateType(typeId, kategori == null ? type.categoryId() : kategori, namn,
					PartsLists.parse(delar), user.getUsername());
			redirect.addFlashAttribute("message", "lending.type.saved");
			return "redirect:/fritidsbanken/" + site.slug() + "/sorter/" + typeId;
		}
		catch (InvalidInput | UnknownLendingThing ex) {
			model.addAttribute("error", sites.text(ex));
			model.addAttribute("errorField", ex instanceof InvalidInput invalid ? invalid.field() : "categoryId");
			return typePage(site, type, kategori, namn, delar, model);
		}
	}

	private String treePage(SiteView site, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("tree", categories.tree(site.id()));
		return "lending/categories";
	}

	private String typePage(SiteView site, ItemTypeView type, Long categoryId, String name, String parts, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("type", type);
		model.addAttribute("categoryId", categoryId);
		model.addAttribute("name", name);
		model.addAttribute("parts", parts);
		model.addAttribute("tree", categories.tree(site.id()));
		return "lending/type";
	}

	private ItemTypeView type(long typeId, SiteView site) {
		try {
			return categories.type(typeId, site.id());
		}
		catch (UnknownLendingThing ex) {
			throw NotFoundException.of("item type", typeId);
		}
	}

}
