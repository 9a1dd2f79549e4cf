package se.samskapa.meetings.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long> {

	List<AgendaItem> findAllByMeetingIdOrderByPosition(long meetingId);

	List<AgendaItem> findAllByProposedByPersonId(long personId);

}
