package se.samskapa.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupRole;
import se.samskapa.groups.GroupView;
import se.samskapa.meetings.internal.CalendarTokens;

/**
 * "Mina sidor"'s data, read in one read-only transaction.
 * <p>
 * Why one: read service by service, the page took five transactions, each a connection
 * from the pool and a BEGIN and a COMMIT, and under load those statements cost the
 * database more than the page's queries. One transaction also gives the page one
 * connection for all it reads.
 */
@Service
@Transactional(readOnly = true)
public class MyPages {

	private final GroupManagement groups;

	private final ActionItemManagement actions;

	private final MeetingReader meetings;

	private final CalendarTokens tokens;

	MyPages(GroupManagement groups, ActionItemManagement actions, MeetingReader meetings, CalendarTokens tokens) {
		this.groups = groups;
		this.actions = actions;
		this.meetings = meetings;
		this.tokens = tokens;
	}

	/**
	 * The person's page on {@code today}: the first {@code shownActions} open actions,
	 * and the meetings of the coming {@code weeks}.
	 */
	public MyPage of(long personId, LocalDate today, int shownActions, int weeks) {
		Map<Long, GroupRole> roles = groups.rolesOf(personId);
		List<GroupView> mine = groups.groups(roles.keySet());
		Set<Long> chairOf = roles.entrySet()
			.stream()
			.filter(role -> role.getValue() == GroupRole.CHAIR)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		return new MyPage(mine, actions.openOfPerson(personId, shownActions),
				meetings.upcoming(roles.keySet(), today, today.plusWeeks(weeks)),
				meetings.awaitingApprovalBy(personId, chairOf), tokens.existing(personId));
	}

}
