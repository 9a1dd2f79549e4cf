package se.samskapa.meetings;

import java.time.LocalDate;

/**
 * When an action is due: a date, "till nästa möte" (resolved to the next meeting's date
 * once it is known), words such as "under hösten", or nothing.
 *
 * @param kind how the due date was given
 * @param date the date, where there is one (also the resolved next meeting)
 * @param text the words, for {@link DueKind#TEXT}
 */
public record Due(DueKind kind, LocalDate date, String text) {

	public static final Due NONE = new Due(DueKind.NONE, null, null);

	public Due {
		if (kind == null) {
			kind = DueKind.NONE;
		}
		if (kind == DueKind.DATE && date == null) {
			throw new IllegalArgumentException("A due date is missing");
		}
		if (kind == DueKind.TEXT && (text == null || text.isBlank())) {
			throw new IllegalArgumentException("The due text is missing");
		}
	}

	public static Due on(LocalDate date) {
		return new Due(DueKind.DATE, date, null);
	}

	public static Due nextMeeting(LocalDate resolvedDate) {
		return new Due(DueKind.NEXT_MEETING, resolvedDate, null);
	}

	public static Due text(String words) {
		return new Due(DueKind.TEXT, null, words.trim());
	}

	public boolean isOverdue(LocalDate today) {
		return date != null && date.isBefore(today);
	}

}
