package se.samskapa.directory.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.OrganisationView;
import se.samskapa.directory.PersonView;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * Fills the model of a person's page. Shared by the controllers that show it and those
 * that change it, so that a form with errors is shown on the whole page again, with what
 * was typed, next to empty copies of the other forms.
 */
@Component
class PersonPage {

	/** How many people with similar names the merge form offers first. */
	private static final int SIMILAR = 6;

	private final DirectoryManagement directory;

	private final Dates dates;

	PersonPage(DirectoryManagement directory, Dates dates) {
		this.directory = directory;
		this.dates = dates;
	}

	String show(Model model, long id) {
		PersonView person = directory.person(id).orElseThrow(() -> NotFoundException.of("person", id));
		model.addAttribute("person", person);
		model.addAttribute("today", dates.today());
		if (person.mergedIntoId() != null) {
			long survivorId = directory.resolve(id);
			model.addAttribute("survivor", directory.person(survivorId).orElseThrow());
			return "directory/person";
		}
		addIfAbsent(model, "nameForm", new PersonNameForm(person.fullName()));
		addIfAbsent(model, "aliasForm", AliasForm.empty());
		addIfAbsent(model, "affiliationForm", AffiliationForm.empty());
		addIfAbsent(model, "mergeForm", MergeForm.empty());
		model.addAttribute("organisations", SwedishOrder.sorted(directory.organisations(), OrganisationView::name));
		List<PersonView> similar = directory.searchPeople(person.fullName(), SIMILAR + 1)
			.stream()
			.filter(p -> p.id() != id)
			.limit(SIMILAR)
			.toList();
		Set<Long> similarIds = similar.stream().map(PersonView::id).collect(Collectors.toSet());
		model.addAttribute("similar", similar);
		model.addAttribute("others",
				SwedishOrder.sorted(
						directory.people().stream().filter(p -> p.id() != id && !similarIds.contains(p.id())).toList(),
						PersonView::fullName));
		return "directory/person";
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

}
