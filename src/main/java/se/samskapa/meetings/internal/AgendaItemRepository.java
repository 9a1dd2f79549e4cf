package se.samskapa.meetings.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long> {

	// Written out: a derived query builds its SQL anew on each call (every minutes page).
	@Query("SELECT * FROM meetings_agenda_item WHERE meeting_id = :meetingId ORDER BY position")
	List<AgendaItem> findAllByMeetingIdOrderByPosition(long meetingId);

	List<AgendaItem> findAllByProposedByPersonId(long personId);

}
