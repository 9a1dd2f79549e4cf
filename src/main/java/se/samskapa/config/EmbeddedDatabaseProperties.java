package se.samskapa.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code SPRING_DATASOURCE_URL} is
 * given.
 *
 * @param enabled whether the embedded server may be started at all (off in production)
 * @param dataDirectory where the server keeps its files; blank for a throw-away directory
 * @param port the port to listen on; 0 for any free port
 * @param database the database to create and use
 * @param databasePerContext give every application context its own fresh database on the
 * one server, so that test contexts do not see each other's data
 */
@ConfigurationProperties("samskapa.embedded-db")
record EmbeddedDatabaseProperties(boolean enabled, String dataDirectory, int port, String database,
		boolean databasePerContext) {

	EmbeddedDatabaseProperties {
		if (database == null || database.isBlank()) {
			database = "samskapa";
		}
	}

}
