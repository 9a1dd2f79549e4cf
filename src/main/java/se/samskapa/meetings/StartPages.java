package se.samskapa.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;

/**
 * The start page's data, read in one read-only transaction, for the reason
 * {@link MyPages} gives: read service by service, a logged-in visitor's start page took
 * three transactions, each a connection, a BEGIN and a COMMIT.
 */
@Service
@Transactional(readOnly = true)
public class StartPages {

	static final int WEEKS_AHEAD = 6;

	static final int SHOWN_MEETINGS = 8;

	static final int SHOWN_MINUTES = 6;

	static final int SHOWN_ACTIONS = 6;

	private final GroupManagement groups;

	private final MeetingReader meetings;

	private final ActionItemManagement actions;

	StartPages(GroupManagement groups, MeetingReader meetings, ActionItemManagement actions) {
		this.groups = groups;
		this.meetings = meetings;
		this.actions = actions;
	}

	/** The start page on {@code today}, with the person's own actions if there is one. */
	public StartPage of(Optional<Long> personId, LocalDate today) {
		List<GroupView> all = groups.groups();
		List<UpcomingMeeting> upcoming = meetings
			.upcoming(all.stream().map(GroupView::id).toList(), today, today.plusWeeks(WEEKS_AHEAD))
			.stream()
			.limit(SHOWN_MEETINGS)
			.toList();
		return new StartPage(all, upcoming, meetings.latestPublished(SHOWN_MINUTES),
				personId.map(id -> actions.openOfPerson(id, SHOWN_ACTIONS).first()));
	}

}
