package se.samskapa.meetings.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ActionItemRepository extends ListCrudRepository<ActionItem, Long> {

	List<ActionItem> findAllByMeetingIdOrderById(long meetingId);

	@Query("SELECT * FROM meetings_action_item WHERE group_id = :groupId AND status = 'OPEN' AND due_kind = 'NEXT_MEETING'")
	List<ActionItem> findOpenDueNextMeeting(long groupId);

	@Query("SELECT DISTINCT a.* FROM meetings_action_item a JOIN meetings_action_owner o ON o.action_item_id = a.id WHERE o.person_id = :personId")
	List<ActionItem> findAllOwnedBy(long personId);

}
