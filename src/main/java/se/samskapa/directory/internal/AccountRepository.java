package se.samskapa.directory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, Long> {

	@Query("SELECT * FROM directory_account WHERE lower(username) = lower(:username)")
	Optional<Account> findByUsernameIgnoreCase(String username);

	Optional<Account> findByPersonId(Long personId);

	List<Account> findAllByOrderByUsername();

}
