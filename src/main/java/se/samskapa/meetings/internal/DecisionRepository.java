package se.samskapa.meetings.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface DecisionRepository extends ListCrudRepository<Decision, Long> {

	List<Decision> findAllByMeetingIdOrderById(long meetingId);

}
