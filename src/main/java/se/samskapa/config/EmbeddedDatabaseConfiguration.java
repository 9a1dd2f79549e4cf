package se.samskapa.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The default database: a real PostgreSQL started in-process when no
 * {@code spring.datasource.url} is configured. Setting {@code SPRING_DATASOURCE_URL}
 * (with {@code _USERNAME} and {@code _PASSWORD}) switches to an external server and this
 * configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
@ConditionalOnBooleanProperty(name = "samskapa.embedded-db.enabled", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final AtomicInteger contextDatabases = new AtomicInteger();

	/**
	 * Holds the server for as long as this context lives; destroyed after the data
	 * source.
	 */
	@Bean
	EmbeddedServer embeddedServer(EmbeddedDatabaseProperties properties) {
		return new EmbeddedServer(LocalPostgres.acquire(properties.dataDirectory(), properties.port()));
	}

	@Bean
	DataSource dataSource(EmbeddedServer server, EmbeddedDatabaseProperties properties) {
		String database = properties.databasePerContext()
				? properties.database() + "_" + contextDatabases.incrementAndGet() : properties.database();
		createDatabaseIfMissing(server.postgres(), database);
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.postgres().jdbcUrl(database));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("samskapa-embedded");
		dataSource.setMaximumPoolSize(20);
		log.info("Using the embedded database at {}", dataSource.getJdbcUrl());
		return dataSource;
	}

	private static void createDatabaseIfMissing(LocalPostgres server, String database) {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the embedded database " + database, ex);
		}
	}

	record EmbeddedServer(LocalPostgres postgres) implements DisposableBean {

		@Override
		public void destroy() {
			postgres.release();
		}

	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
