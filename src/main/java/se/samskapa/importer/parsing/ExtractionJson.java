package se.samskapa.importer.parsing;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders {@link ParsedMinutes} in exactly the shape of the expected files
 * ({@code NNN.expected.json}): {@code source, group, date, present, absent, note_taker,
 * sections, decisions, action_items {owner, what, due}, events, indicators}, then
 * {@code working_group_reports}, {@code agenda_proposals_for} and {@code meeting_rule}
 * where the minutes have them. Owners, the note-taker and dates are resolved as far as
 * the parser got; people in the lists stay as written.
 */
public final class ExtractionJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ExtractionJson() {
	}

	/** One document as a JSON object, pretty-printed. */
	public static String render(ParsedMinutes minutes) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(minutes));
	}

	/** Several documents as a JSON array, pretty-printed. */
	public static String render(List<ParsedMinutes> documents) {
		ArrayNode array = NODES.arrayNode();
		documents.forEach((minutes) -> array.add(toNode(minutes)));
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
	}

	/** One document as a tree, for callers that embed it. */
	public static ObjectNode toNode(ParsedMinutes minutes) {
		ObjectNode root = NODES.objectNode();
		root.put("source", minutes.source());
		root.put("group", minutes.group());
		root.put("date", (minutes.date() != null) ? minutes.date().iso() : null);
		root.set("present", attendees(minutes.present()));
		root.set("absent", attendees(minutes.absent()));
		root.put("note_taker", (minutes.noteTaker() != null) ? minutes.noteTaker().displayName() : null);
		root.set("sections", strings(minutes.sectionTitles()));
		root.set("decisions", strings(minutes.decisions().stream().map(Decision::text).toList()));
		ArrayNode actions = root.putArray("action_items");
		for (ActionItem item : minutes.actionItems()) {
			ObjectNode action = actions.addObject();
			action.put("owner", item.ownerNames());
			action.put("what", item.what());
			action.put("due", (item.due() != null) ? item.due().text() : null);
		}
		ArrayNode events = root.putArray("events");
		for (Event event : minutes.events()) {
			events.addObject().put("what", event.what()).put("when", event.when());
		}
		ArrayNode indicators = root.putArray("indicators");
		for (Indicator indicator : minutes.indicators()) {
			ObjectNode node = indicators.addObject().put("what", indicator.what());
			node.put("value", indicator.value());
			if (indicator.percent() && indicator.target() != null) {
				node.put("target", indicator.target() + " %");
			}
			else {
				node.put("target", indicator.target());
			}
		}
		if (!minutes.workingGroupReports().isEmpty()) {
			root.set("working_group_reports", strings(minutes.workingGroupReports()));
		}
		if (minutes.agendaProposals() != null) {
			root.set("agenda_proposals_for", proposals(minutes.agendaProposals()));
		}
		if (minutes.meetingRule() != null) {
			root.set("meeting_rule", rule(minutes.meetingRule()));
		}
		return root;
	}

	private static ArrayNode attendees(List<Attendee> attendees) {
		ArrayNode array = NODES.arrayNode();
		for (Attendee attendee : attendees) {
			array.addObject().put("name", attendee.name()).put("organisation", attendee.organisation());
		}
		return array;
	}

	private static ArrayNode strings(List<String> values) {
		ArrayNode array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}

	private static JsonNode proposals(AgendaProposals proposals) {
		ObjectNode node = NODES.objectNode();
		node.put("group", proposals.group());
		node.put("date", (proposals.date() != null) ? proposals.date().iso() : null);
		node.set("items", strings(proposals.items()));
		return node;
	}

	private static JsonNode rule(StatedMeetingRule rule) {
		ObjectNode node = NODES.objectNode();
		node.put("text", rule.text());
		node.put("byday", rule.weekday().name().substring(0, 2));
		node.put("iso_week_parity", (rule.parity() == StatedMeetingRule.Parity.EVERY) ? null
				: rule.parity().name().toLowerCase(java.util.Locale.ROOT));
		node.put("start", (rule.start() != null) ? rule.start().toString() : null);
		node.put("end", (rule.end() != null) ? rule.end().toString() : null);
		node.set("exceptions", strings(rule.exceptions().stream().map(PartialDate::iso).toList()));
		return node;
	}

}
