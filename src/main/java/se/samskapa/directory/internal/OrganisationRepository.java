package se.samskapa.directory.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByName();

}
