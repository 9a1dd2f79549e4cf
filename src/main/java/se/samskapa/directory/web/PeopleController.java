package se.samskapa.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.shared.Dates;
import se.samskapa.shared.web.Htmx;

/** The coordinator's list of people, with search, and adding a person. */
@Controller
@RequestMapping("/katalog/personer")
class PeopleController {

	/** Enough hits for any name; a longer list means the search should be sharper. */
	private static final int SEARCH_LIMIT = 50;

	private final DirectoryManagement directory;

	private final PersonPage page;

	private final Dates dates;

	PeopleController(DirectoryManagement directory, PersonPage page, Dates dates) {
		this.directory = directory;
		this.page = page;
		this.dates = dates;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
		String query = q.trim();
		model.addAttribute("q", query);
		model.addAttribute("people", query.isEmpty() ? SwedishOrder.sorted(directory.people(), PersonView::fullName)
				: directory.searchPeople(query, SEARCH_LIMIT));
		model.addAttribute("today", dates.today());
		return Htmx.isHtmx(request) ? "directory/people :: results" : "directory/people";
	}

	@GetMapping("/ny")
	String newPerson(Model model) {
		model.addAttribute("form", PersonNameForm.empty());
		return "directory/person-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PersonNameForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "directory/person-new";
		}
		PersonView created = directory.createPerson(form.fullName());
		redirect.addFlashAttribute("message", "person.created");
		return "redirect:/katalog/personer/" + created.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return page.show(model, id);
	}

}
