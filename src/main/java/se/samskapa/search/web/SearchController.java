package se.samskapa.search.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.search.SearchKind;
import se.samskapa.search.SearchManagement;
import se.samskapa.search.SearchQuery;
import se.samskapa.search.SearchResults;
import se.samskapa.shared.Dates;
import se.samskapa.shared.web.Htmx;

/**
 * The search page. The box in every page's header lands here; on this page, results come
 * while typing (htmx asks for the result list only).
 */
@Controller
class SearchController {

	private static final int PAGE = 20;

	private static final int SUGGESTIONS = 10;

	private final SearchManagement search;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	SearchController(SearchManagement search, GroupManagement groups, DirectoryManagement directory) {
		this.search = search;
		this.groups = groups;
		this.directory = directory;
	}

	@GetMapping("/sok")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long grupp,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fran,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate till,
			@RequestParam(required = false) List<SearchKind> typ, @RequestParam(required = false) Long organisation,
			@RequestParam(required = false) Long person, @RequestParam(defaultValue = "") String personnamn,
			@RequestParam(defaultValue = "1") int sida, @AuthenticationPrincipal SamskapaUser user,
			HttpServletRequest request, Model model) {
		int page = Math.max(1, sida);
		boolean coordinator = user != null && user.isCoordinator();
		PersonFilter personFilter = coordinator ? personFilter(person, personnamn) : PersonFilter.NONE;
		Set<SearchKind> kinds = typ == null || typ.isEmpty() ? Set.of() : EnumSet.copyOf(typ);
		SearchQuery query = new SearchQuery(q, grupp, fran, till, kinds, organisation, personFilter.id(), PAGE * page,
				0);
		List<GroupView> allGroups = groups.groups();
		model.addAttribute("q", q);
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("personName", personFilter.name());
		model.addAttribute("personUnknown", personFilter.unknown());
		// A name that is no one's would otherwise quietly search everyone.
		model.addAttribute("results", personFilter.unknown() ? SearchResults.NONE : search.search(query, user));
		model.addAttribute("groupNames", allGroups.stream().collect(Collectors.toMap(GroupView::id, GroupView::name)));
		if (Htmx.isHtmx(request)) {
			// The field and its message are not swapped: the results say it instead.
			model.addAttribute("sayPersonUnknown", personFilter.unknown());
			return "search/search :: results";
		}
		model.addAttribute("groups", allGroups);
		model.addAttribute("kinds", kindsFor(coordinator));
		if (coordinator) {
			// People are many (hundreds): their names come as the coordinator types, from
			// /sok/personer; the organisations are few enough for a list.
			model.addAttribute("organisations", directory.organisations());
		}
		return "search/search";
	}

	/**
	 * The names of people for the person filter, as the coordinator types one
	 * (coordinators only, by the URL rules in {@code config.SecurityConfiguration}).
	 */
	@GetMapping("/sok/personer")
	String personSuggestions(@RequestParam(defaultValue = "") String personnamn, Model model) {
		model.addAttribute("suggestions",
				personnamn.isBlank() ? List.of()
						: directory.searchPeople(personnamn, SUGGESTIONS)
							.stream()
							.map(PersonView::fullName)
							.distinct()
							.toList());
		return "search/search :: person-options";
	}

	/**
	 * The person to filter by: an id from a link, or a name typed (or picked from the
	 * suggestions) that is one person's name or alias.
	 */
	private PersonFilter personFilter(Long id, String typed) {
		if (id != null) {
			return directory.person(id)
				.map(p -> new PersonFilter(p.id(), p.fullName(), false))
				.orElse(new PersonFilter(null, "", true));
		}
		String name = typed.strip();
		if (name.isEmpty()) {
			return PersonFilter.NONE;
		}
		List<PersonView> candidates = directory.searchPeople(name, SUGGESTIONS);
		List<PersonView> named = candidates.stream().filter(p -> called(p, name, String::equalsIgnoreCase)).toList();
		if (named.isEmpty()) {
			// The beginning of one person's name is enough; of several, it says which.
			String lower = name.toLowerCase(Dates.SWEDISH);
			named = candidates.stream()
				.filter(p -> called(p, lower, (full, start) -> startsWithWord(full.toLowerCase(Dates.SWEDISH), start)))
				.toList();
		}
		return named.size() == 1 ? new PersonFilter(named.get(0).id(), named.get(0).fullName(), false)
				: new PersonFilter(null, name, true);
	}

	private static boolean called(PersonView person, String typed, BiPredicate<String, String> match) {
		return match.test(person.fullName(), typed) || person.aliases().stream().anyMatch(a -> match.test(a, typed));
	}

	/** "David Bergström" starts with "dav" and with "berg". */
	private static boolean startsWithWord(String name, String typed) {
		return name.startsWith(typed) || name.contains(" " + typed);
	}

	/**
	 * @param id the person searched for, {@code null} for everyone
	 * @param name what the field shows
	 * @param unknown the name is no one's (or several people's)
	 */
	private record PersonFilter(Long id, String name, boolean unknown) {

		static final PersonFilter NONE = new PersonFilter(null, "", false);

	}

	/** People and organisations are found by coordinators only. */
	private static List<SearchKind> kindsFor(boolean coordinator) {
		if (coordinator) {
			return List.of(SearchKind.values());
		}
		return List.of(SearchKind.MINUTES, SearchKind.AGENDA_ITEM, SearchKind.DECISION, SearchKind.ACTION,
				SearchKind.GROUP);
	}

}
