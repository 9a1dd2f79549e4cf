package se.samskapa.meetings;

import java.time.LocalDate;

/**
 * An action item's status and due date, and what the pages ask of them: is it open, is it
 * overdue. One rule for the full view of an action and for the summary in someone's own
 * list.
 */
public sealed interface ActionState permits ActionItemView, ActionSummary {

	ActionStatus status();

	Due due();

	default boolean open() {
		return status() == ActionStatus.OPEN;
	}

	default boolean overdueOn(LocalDate today) {
		return open() && due().isOverdue(today);
	}

}
