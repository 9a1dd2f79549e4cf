package se.samskapa.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samskapa.directory.OrganisationKind;
import se.samskapa.directory.OrganisationView;

/**
 * All organisations with their aliases in one query. Loading them as aggregates took one
 * query per organisation for its aliases, on every page with an organisation filter.
 */
@Component
public class OrganisationQueries {

	private final JdbcClient jdbc;

	OrganisationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every organisation, in no particular order; aliases sorted as the aggregate sorts
	 * them.
	 */
	public List<OrganisationView> all() {
		return jdbc.sql("""
				SELECT o.id, o.name, o.short_name, o.kind,
				       coalesce(array_agg(a.alias) FILTER (WHERE a.alias IS NOT NULL), '{}')
				FROM directory_organisation o LEFT JOIN directory_organisation_alias a ON a.organisation_id = o.id
				GROUP BY o.id
				""").query((rs, i) -> {
			List<String> aliases = new ArrayList<>(Arrays.asList((String[]) rs.getArray(5).getArray()));
			aliases.sort(null);
			return new OrganisationView(rs.getLong(1), rs.getString(2), rs.getString(3),
					OrganisationKind.valueOf(rs.getString(4)), aliases);
		}).list();
	}

}
