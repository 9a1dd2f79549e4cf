package se.samskapa.groups.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samskapa.directory.AffiliationView;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupKind;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.groups.MeetingRule;
import se.samskapa.groups.MemberView;
import se.samskapa.groups.Occurrence;
import se.samskapa.groups.RuleException;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * Everything the group's settings page shows. Each section is its own form; when one
 * comes back with errors, the controller has already put it in the model, and it is kept
 * as typed while the other sections show what is saved.
 */
@Component
class SettingsPage {

	static final String VIEW = "groups/settings";

	private static final int PREVIEW_SIZE = 6;

	private static final int WEEKS_AHEAD = 26;

	private static final int SEARCH_LIMIT = 50;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	private final Dates dates;

	SettingsPage(GroupManagement groups, DirectoryManagement directory, Dates dates) {
		this.groups = groups;
		this.directory = directory;
		this.dates = dates;
	}

	/** The group, for a coordinator; refused before anything about the group is read. */
	GroupView group(String slug, SamskapaUser user) {
		Coordinators.require(user);
		return groups.groupBySlug(slug).orElseThrow(() -> NotFoundException.of("group", slug));
	}

	/**
	 * Back to the section that changed. The layout shows the outcome at the top of the
	 * page, out of view once the browser jumps to the section, so the section repeats it.
	 * @param outcome "message" for what was done, "problem" for what was refused
	 */
	static String back(GroupView group, String section, String outcome, String messageKey,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(outcome, messageKey);
		redirect.addFlashAttribute("savedSection", section);
		return "redirect:/grupper/" + group.slug() + "/installningar#" + section;
	}

	/**
	 * Fills the model and names the view.
	 * @param query narrows the people offered as new members
	 * @param unsavedRule a rule to preview instead of the saved one
	 */
	String show(GroupView group, String query, MeetingRule unsavedRule, Model model) {
		LocalDate today = dates.today();
		Optional<MeetingRule> rule = groups.rule(group.id());
		List<RuleException> exceptions = groups.ruleExceptions(group.id());
		model.addAttribute("group", group);
		keep(model, "detailsForm", () -> GroupForm.of(group));
		keep(model, "memberForm", MemberForm::empty);
		keep(model, "ruleForm", () -> rule.map(RuleForm::of).orElseGet(RuleForm::empty));
		keep(model, "exceptionForm", ExceptionForm::empty);
		model.addAttribute("standingGroups", standingGroups(group.id()));
		List<MemberRow> members = members(group.id());
		model.addAttribute("members", members);
		model.addAttribute("query", query == null ? "" : query.trim());
		model.addAttribute("candidates", candidates(query, members, today));
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("rule", rule.orElse(null));
		MeetingRule previewed = unsavedRule != null ? unsavedRule : rule.orElse(null);
		model.addAttribute("previewing", unsavedRule != null);
		List<Occurrence> preview = previewed == null ? List.of()
				: previewed.occurrences(today, today.plusWeeks(WEEKS_AHEAD), exceptions)
					.stream()
					.limit(PREVIEW_SIZE)
					.toList();
		model.addAttribute("preview", preview);
		// The week number lets the coordinator check the parity against a calendar.
		model.addAttribute("weeks",
				preview.stream()
					.map(Occurrence::date)
					.distinct()
					.collect(Collectors.toMap(Function.identity(), d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
		model.addAttribute("coming", groups.occurrences(group.id(), today, today.plusWeeks(WEEKS_AHEAD)));
		model.addAttribute("exceptions", exceptions.stream().filter(e -> !endedBefore(e, today)).toList());
		model.addAttribute("pastExceptions", exceptions.stream().filter(e -> endedBefore(e, today)).toList());
		model.addAttribute("stale",
				exceptions.stream()
					.map(RuleException::occurrenceDate)
					.filter(day -> rule.map(r -> !r.fallsOn(day)).orElse(true))
					.collect(Collectors.toSet()));
		return VIEW;
	}

	List<GroupView> standingGroups(Long except) {
		return groups.groups()
			.stream()
			.filter(g -> g.kind() == GroupKind.STANDING && !Long.valueOf(g.id()).equals(except))
			.toList();
	}

	private List<MemberRow> members(long groupId) {
		List<MemberView> members = groups.members(groupId);
		Map<Long, String> names = directory.personNames(members.stream().map(MemberView::personId).toList());
		Map<Long, String> organisations = directory.organisationNames();
		Collator swedish = Collator.getInstance(Dates.SWEDISH);
		return members.stream()
			.map(m -> new MemberRow(m.personId(), names.getOrDefault(m.personId(), "–"),
					m.organisationId() == null ? null : organisations.get(m.organisationId()), m.role()))
			.sorted(Comparator.comparing(MemberRow::role).thenComparing(MemberRow::name, swedish))
			.toList();
	}

	private List<PersonOption> candidates(String query, List<MemberRow> members, LocalDate today) {
		Set<Long> already = members.stream().map(MemberRow::personId).collect(Collectors.toSet());
		List<PersonView> found = (query == null || query.isBlank()) ? directory.people()
				: directory.searchPeople(query, SEARCH_LIMIT);
		return found.stream()
			.filter(p -> !already.contains(p.id()))
			.map(p -> new PersonOption(p.id(),
					p.affiliationOn(today)
						.map(AffiliationView::label)
						.map(l -> p.fullName() + ", " + l)
						.orElse(p.fullName())))
			.toList();
	}

	/** Past exceptions are history: shown apart so the coming ones stay in view. */
	private static boolean endedBefore(RuleException exception, LocalDate today) {
		LocalDate last = exception.newDate() != null && exception.newDate().isAfter(exception.occurrenceDate())
				? exception.newDate() : exception.occurrenceDate();
		return last.isBefore(today);
	}

	private static void keep(Model model, String name, Supplier<Object> fresh) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, fresh.get());
		}
	}

}
