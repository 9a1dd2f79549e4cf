package se.samskapa.meetings.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samskapa.meetings.ActionEventView;
import se.samskapa.meetings.ActionItemView;
import se.samskapa.meetings.AgendaItemView;
import se.samskapa.meetings.AttendanceView;
import se.samskapa.meetings.DecisionView;
import se.samskapa.meetings.Due;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.shared.Dates;

/**
 * Minutes as a Markdown document in Swedish: the export, and the text kept for every
 * published version (so that versions compare line by line).
 */
@Component
public class MinutesMarkdown {

	private static final Locale SV = Dates.SWEDISH;

	private final MessageSource messages;

	private final Dates dates;

	MinutesMarkdown(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	public String render(MeetingDetails minutes) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(minutes.groupName()).append(' ').append(dates.date(minutes.date(), SV)).append("\n\n");
		if (minutes.title() != null) {
			md.append("*").append(minutes.title()).append("*\n\n");
		}
		line(md, "minutes.time", dates.dayAndTime(minutes.date(), minutes.start(), SV)
				+ (minutes.end() == null ? "" : "–" + dates.time(minutes.end(), SV)));
		if (minutes.place() != null) {
			line(md, "minutes.place", minutes.place());
		}
		md.append('\n');
		people(md, "minutes.present", minutes.present());
		people(md, "minutes.absent", minutes.absent());
		if (!minutes.followUps().isEmpty()) {
			md.append("## ").append(text("minutes.follow.up")).append("\n\n");
			for (ActionItemView action : minutes.followUps()) {
				md.append("- ").append(action.what()).append(" (").append(owners(action)).append(") – ");
				md.append(action.outcomeAt(minutes.id()).map(this::outcome).orElse(text("minutes.follow.up.open")));
				md.append('\n');
			}
			md.append('\n');
		}
		for (AgendaItemView item : minutes.regularItems()) {
			md.append("## ").append(item.number()).append(". ").append(item.title()).append("\n\n");
			if (item.presenter() != null) {
				md.append('*').append(text("minutes.presenter")).append(": ").append(item.presenter()).append("*\n\n");
			}
			if (item.notes() != null && !item.notes().isBlank()) {
				md.append(item.notes().strip()).append("\n\n");
			}
			decisions(md, item.decisions());
			actions(md, item.actions());
		}
		md.append("---\n\n");
		if (minutes.noteTaker() != null) {
			line(md, "minutes.note.taker", minutes.noteTaker().name());
		}
		if (minutes.approvedBy() != null) {
			line(md, "minutes.approved.by",
					minutes.approvedBy().name() + ", " + dates.moment(minutes.approvedAt(), SV));
		}
		return md.toString();
	}

	private void people(StringBuilder md, String heading, List<AttendanceView> people) {
		if (people.isEmpty()) {
			return;
		}
		md.append("## ").append(text(heading)).append("\n\n");
		people.forEach(p -> md.append("- ")
			.append(p.label())
			.append(p.guest() ? " (" + text("minutes.guest") + ")" : "")
			.append('\n'));
		md.append('\n');
	}

	private void decisions(StringBuilder md, List<DecisionView> decisions) {
		if (decisions.isEmpty()) {
			return;
		}
		md.append("**").append(text("minutes.decisions")).append(":**\n\n");
		decisions.forEach(d -> md.append("- ").append(d.text()).append('\n'));
		md.append('\n');
	}

	private void actions(StringBuilder md, List<ActionItemView> actions) {
		if (actions.isEmpty()) {
			return;
		}
		md.append("**").append(text("minutes.actions")).append(":**\n\n");
		for (ActionItemView action : actions) {
			md.append("- ").append(action.what()).append(" – ").append(owners(action));
			String due = due(action.due());
			if (!due.isEmpty()) {
				md.append(", ").append(due);
			}
			md.append('\n');
		}
		md.append('\n');
	}

	private String owners(ActionItemView action) {
		return action.owners().isEmpty() ? text("minutes.owner.missing") : action.ownerNames();
	}

	/** "senast 9 mars 2026", "till nästa möte (9 mars 2026)", "under hösten". */
	public String due(Due due) {
		return switch (due.kind()) {
			case NONE -> "";
			case DATE -> text("minutes.due.date", dates.date(due.date(), SV));
			case NEXT_MEETING -> due.date() == null ? text("minutes.due.next.meeting")
					: text("minutes.due.next.meeting.on", dates.date(due.date(), SV));
			case TEXT -> due.text();
		};
	}

	private String outcome(ActionEventView event) {
		return switch (event.kind()) {
			case DONE -> text("minutes.outcome.done");
			case CARRIED_OVER -> text("minutes.outcome.carried", dates.date(event.dueDate(), SV));
			case DROPPED -> text("minutes.outcome.dropped", event.note());
			case REOPENED -> text("minutes.outcome.reopened");
			case CREATED -> "";
		} + (event.note() != null && event.kind() != se.samskapa.meetings.ActionEventKind.DROPPED
				? " (" + event.note() + ")" : "");
	}

	private void line(StringBuilder md, String key, String value) {
		md.append("**").append(text(key)).append(":** ").append(value).append("  \n");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, SV);
	}

}
