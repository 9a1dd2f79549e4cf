package se.samskapa.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

	Optional<Meeting> findByGroupIdAndRuleDate(long groupId, LocalDate ruleDate);

	List<Meeting> findAllByGroupIdOrderByMeetingDateDesc(long groupId);

	@Query("SELECT * FROM meetings_meeting WHERE group_id = :groupId AND meeting_date > :after AND NOT cancelled ORDER BY meeting_date, start_time LIMIT 1")
	Optional<Meeting> findNextAfter(long groupId, LocalDate after);

	@Query("SELECT DISTINCT m.* FROM meetings_meeting m JOIN meetings_attendance a ON a.meeting_id = m.id WHERE a.person_id = :personId")
	List<Meeting> findAllAttendedBy(long personId);

	@Query("SELECT * FROM meetings_meeting WHERE note_taker_id = :personId OR adjuster_id = :personId OR approved_by_id = :personId")
	List<Meeting> findAllWithRole(long personId);

}
