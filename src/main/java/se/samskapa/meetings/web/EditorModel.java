package se.samskapa.meetings.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.MemberView;
import se.samskapa.meetings.AttendanceView;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.meetings.MeetingPermissions;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.PersonRef;
import se.samskapa.meetings.UpcomingMeeting;
import se.samskapa.shared.Dates;
import se.samskapa.shared.NotFoundException;

/**
 * Everything the minutes editor shows, for the whole page and for the fragments htmx
 * swaps after each change.
 */
@Component
class EditorModel {

	static final Collator SWEDISH = Collator.getInstance(Dates.SWEDISH);

	private final MeetingReader reader;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	private final MeetingPermissions permissions;

	private final Dates dates;

	EditorModel(MeetingReader reader, GroupManagement groups, DirectoryManagement directory,
			MeetingPermissions permissions, Dates dates) {
		this.reader = reader;
		this.groups = groups;
		this.directory = directory;
		this.permissions = permissions;
		this.dates = dates;
	}

	/** Loads the meeting and checks that the user may write its minutes. */
	MeetingDetails requireWritable(long meetingId, SamskapaUser user) {
		MeetingDetails details = reader.details(meetingId);
		permissions.requireWrite(user, details.groupId(),
				details.noteTaker() == null ? null : details.noteTaker().id());
		return details;
	}

	MeetingDetails populate(Model model, long meetingId, SamskapaUser user) {
		MeetingDetails details = requireWritable(meetingId, user);
		List<MemberView> members = groups.members(details.groupId());
		Map<Long, String> organisations = directory.organisationNames();
		Set<Long> memberIds = members.stream().map(MemberView::personId).collect(Collectors.toSet());
		Map<Long, String> names = directory.personNames(
				java.util.stream.Stream.concat(memberIds.stream(), details.personIds()).collect(Collectors.toSet()));
		Map<Long, AttendanceView> attendance = details.attendance()
			.stream()
			.collect(Collectors.toMap(AttendanceView::personId, a -> a));

		List<RosterRow> roster = new ArrayList<>();
		for (MemberView member : members) {
			AttendanceView recorded = attendance.get(member.personId());
			String organisation = recorded != null && recorded.organisation() != null ? recorded.organisation()
					: member.organisationId() == null ? null : organisations.get(member.organisationId());
			roster.add(new RosterRow(member.personId(), names.getOrDefault(member.personId(), "?"), organisation,
					member.role(), recorded == null ? null : recorded.status(), false));
		}
		details.attendance()
			.stream()
			.filter(a -> !memberIds.contains(a.personId()))
			.forEach(a -> roster.add(new RosterRow(a.personId(), a.name(), a.organisation(), null, a.status(), true)));
		roster.sort(Comparator.comparing(RosterRow::guest).thenComparing(RosterRow::name, SWEDISH));

		List<PersonRef> memberRefs = members.stream()
			.map(m -> new PersonRef(m.personId(), names.getOrDefault(m.personId(), "?")))
			.sorted(Comparator.comparing(PersonRef::name, SWEDISH))
			.toList();
		List<UpcomingMeeting> proposalTargets = reader
			.upcoming(groups.groups().stream().map(g -> g.id()).filter(id -> id != details.groupId()).toList(),
					dates.today(), dates.today().plusMonths(4))
			.stream()
			.filter(u -> !u.cancelled())
			.toList();

		model.addAttribute("m", details);
		model.addAttribute("today", dates.today());
		model.addAttribute("roster", roster);
		model.addAttribute("members", memberRefs);
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("people", directory.people());
		model.addAttribute("proposalTargets",
				proposalTargets.stream().map(u -> new ProposalOption(ProposalTargets.valueOf(u), u)).toList());
		model.addAttribute("emptyActionForm", ActionForm.empty());
		model.addAttribute("canApprove", permissions.canApprove(user, details.groupId(),
				details.adjuster() == null ? null : details.adjuster().id()));
		model.addAttribute("canPublish", permissions.canPublish(user, details.groupId()));
		return details;
	}

	/** Puts one agenda item of the populated meeting into the model, for its fragment. */
	void selectItem(Model model, MeetingDetails details, long itemId) {
		model.addAttribute("item",
				details.agenda()
					.stream()
					.filter(i -> i.id() == itemId)
					.findFirst()
					.orElseThrow(() -> NotFoundException.of("agenda item", itemId)));
	}

	static boolean sameMeeting(MeetingDetails details, Long itemId) {
		return itemId == null || details.agenda().stream().anyMatch(i -> Objects.equals(i.id(), itemId));
	}

	/**
	 * A meeting an item can be proposed to, with the value the form sends for it.
	 *
	 * @param value what the form sends
	 * @param meeting the meeting
	 */
	public record ProposalOption(String value, UpcomingMeeting meeting) {
	}

}
