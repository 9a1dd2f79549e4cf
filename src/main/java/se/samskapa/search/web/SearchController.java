package se.samskapa.search.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.search.SearchKind;
import se.samskapa.search.SearchManagement;
import se.samskapa.search.SearchQuery;
import se.samskapa.shared.web.Htmx;

/**
 * The search page. The box in every page's header lands here; on this page, results come
 * while typing (htmx asks for the result list only).
 */
@Controller
class SearchController {

	private static final int PAGE = 20;

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
			@RequestParam(required = false) Long person, @RequestParam(defaultValue = "1") int sida,
			@AuthenticationPrincipal SamskapaUser user, HttpServletRequest request, Model model) {
		int page = Math.max(1, sida);
		Set<SearchKind> kinds = typ == null || typ.isEmpty() ? Set.of() : EnumSet.copyOf(typ);
		SearchQuery query = new SearchQuery(q, grupp, fran, till, kinds, organisation, person, PAGE * page, 0);
		List<GroupView> allGroups = groups.groups();
		model.addAttribute("q", q);
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("results", search.search(query, user));
		model.addAttribute("groups", allGroups);
		model.addAttribute("groupNames", allGroups.stream().collect(Collectors.toMap(GroupView::id, GroupView::name)));
		model.addAttribute("kinds", kindsFor(user));
		if (user != null && user.isCoordinator()) {
			model.addAttribute("people", directory.people());
			model.addAttribute("organisations", directory.organisations());
		}
		return Htmx.isHtmx(request) ? "search/search :: results" : "search/search";
	}

	/** People and organisations are found by coordinators only. */
	private static List<SearchKind> kindsFor(SamskapaUser user) {
		if (user != null && user.isCoordinator()) {
			return List.of(SearchKind.values());
		}
		return List.of(SearchKind.MINUTES, SearchKind.AGENDA_ITEM, SearchKind.DECISION, SearchKind.ACTION,
				SearchKind.GROUP);
	}

}
