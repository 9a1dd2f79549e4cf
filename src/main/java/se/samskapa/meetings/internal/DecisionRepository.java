package se.samskapa.meetings.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DecisionRepository extends ListCrudRepository<Decision, Long> {

	// Written out: a derived query builds its SQL anew on each call (every minutes page).
	@Query("SELECT * FROM meetings_decision WHERE meeting_id = :meetingId ORDER BY id")
	List<Decision> findAllByMeetingIdOrderById(long meetingId);

}
