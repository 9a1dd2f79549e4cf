package se.samskapa.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.directory.AffiliationView;
import se.samskapa.directory.PersonView;

/**
 * The read side of people, three queries for everyone. Loading each person as an
 * aggregate costs two more queries per person (aliases, affiliations): 660 for the
 * drop-down lists of 330 people that the search, editor and action pages show.
 */
@Component
public class PeopleQueries {

	private final JdbcClient jdbc;

	PeopleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everyone not merged into another record, in no particular order. */
	public List<PersonView> current(Map<Long, String> organisationNames) {
		Map<Long, List<String>> aliases = new HashMap<>();
		jdbc.sql("""
				SELECT a.person_id, a.alias FROM directory_person_alias a
				JOIN directory_person p ON p.id = a.person_id WHERE p.merged_into_id IS NULL
				""")
			.query((rs, i) -> aliases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		Map<Long, List<AffiliationView>> affiliations = new HashMap<>();
		jdbc.sql("""
				SELECT a.person_id, a.organisation_id, a.title, a.valid_from, a.valid_to FROM directory_affiliation a
				JOIN directory_person p ON p.id = a.person_id WHERE p.merged_into_id IS NULL
				""").query((rs, i) -> {
			long organisation = rs.getLong(2);
			Long organisationId = rs.wasNull() ? null : organisation;
			return affiliations.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new AffiliationView(organisationId,
						organisationId == null ? null : organisationNames.get(organisationId), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
		}).list();
		// The same order as Person.toView: aliases alphabetically, affiliations by start.
		Comparator<AffiliationView> byStart = Comparator.comparing(AffiliationView::validFrom,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		return jdbc.sql("SELECT id, full_name FROM directory_person WHERE merged_into_id IS NULL").query((rs, i) -> {
			long id = rs.getLong(1);
			List<String> names = aliases.getOrDefault(id, List.of()).stream().sorted().toList();
			List<AffiliationView> history = affiliations.getOrDefault(id, List.of()).stream().sorted(byStart).toList();
			return new PersonView(id, rs.getString(2), names, history, null);
		}).list();
	}

}
