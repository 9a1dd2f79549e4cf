package se.samskapa.importer.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads two kinds of sections: one titled with another group's name and a date ("Gemensam
 * utvecklingsgrupp 13 mars"), whose list items are proposals for that meeting's agenda,
 * and reports from working groups ("Rapport från arbetsgrupper"), whose items begin with
 * the group's name in bold.
 */
final class AgendaProposalRecogniser {

	private static final Pattern REPORTS = Pattern
		.compile("(?iu).*\\b(?:rapport(?:er)?|återrapportering)\\b.*\\barbetsgrupp.*");

	private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*.*");

	private AgendaProposalRecogniser() {
	}

	static AgendaProposals proposals(List<Outline.Part> parts, List<String> knownGroups, String group,
			PartialDate meeting) {
		java.util.Set<Outline.Node> sections = new java.util.LinkedHashSet<>();
		parts.stream().map(Outline.Part::section).filter((s) -> s != null).forEach(sections::add);
		for (Outline.Node section : sections) {
			String other = knownGroups.stream()
				.filter((g) -> Text.key(section.title).startsWith(Text.key(g)) && !g.equalsIgnoreCase(group))
				.findFirst()
				.orElse(null);
			List<SwedishDates.Mention> dates = SwedishDates.find(section.title);
			if (other == null || dates.isEmpty()) {
				continue;
			}
			List<String> items = new ArrayList<>();
			for (Block block : section.blocks) {
				if (block.kind == Block.Kind.LIST_ITEM && block.depth == 0) {
					items.add(Text.trimEnd(block.text()));
				}
			}
			return new AgendaProposals(other, Dates.inYearOf(dates.get(0).date(), meeting), items);
		}
		return null;
	}

	static List<String> workingGroupReports(List<Outline.Part> parts) {
		List<String> groups = new ArrayList<>();
		for (Outline.Part part : parts) {
			if (part.section() == null || !REPORTS.matcher(part.section().title).matches()
					|| part.block().kind != Block.Kind.LIST_ITEM) {
				continue;
			}
			java.util.regex.Matcher lead = BOLD_LEAD.matcher(part.block().raw.get(0));
			if (lead.matches()) {
				groups.add(Text.trimEnd(lead.group(1)));
			}
		}
		return groups;
	}

}
