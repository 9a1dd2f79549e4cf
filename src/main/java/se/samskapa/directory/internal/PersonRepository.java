package se.samskapa.directory.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<Person, Long> {

	List<Person> findAllByMergedIntoIdIsNullOrderByFullName();

}
