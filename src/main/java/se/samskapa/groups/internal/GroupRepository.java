package se.samskapa.groups.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface GroupRepository extends ListCrudRepository<Group, Long> {

	Optional<Group> findBySlug(String slug);

	@Query("SELECT g.* FROM groups_group g JOIN groups_membership m ON m.group_id = g.id WHERE m.person_id = :personId")
	List<Group> findAllWithPerson(long personId);

}
