package se.samskapa.config;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FlushMode;
import org.springframework.session.SaveMode;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), so that any node can serve any request.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * How stale the stored last access of a session may be. A session therefore expires
	 * up to this much before its timeout (4 hours) after the last request.
	 */
	static final long TOUCH_INTERVAL_MILLIS = 60_000;

	/**
	 * Spring Session's update of the session row, which it sends after every request
	 * because the last access moved, changed to write only when something else changed
	 * (the id at login, the timeout, the person) or the stored last access is a minute
	 * old. Each logged-in request used to write a row; now a person reading pages writes
	 * one a minute. The parameters are Spring Session's, in its order.
	 */
	static final String UPDATE_SESSION = """
			UPDATE %%TABLE_NAME%% AS s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			    PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
			             CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
			             CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			       OR v.last_access_time - s.LAST_ACCESS_TIME >= %d)
			""".formatted(TOUCH_INTERVAL_MILLIS);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchedOnceAMinute() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
	}

	/**
	 * What Spring Session's JDBC repository runs its work in, found by this name: no
	 * transaction, so that reading a session is its one query.
	 * {@link QuietSessionRepository} gives its saves a transaction of their own. Not a
	 * default candidate, so that the application's {@code TransactionTemplate} is still
	 * Spring Boot's, and injected where asked for by type.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/**
	 * Puts Spring Boot's JDBC session repository, configured as Boot configures it
	 * (table, timeout, clean-up), behind a {@link QuietSessionRepository}. A repository
	 * bean of our own would instead make Boot leave out its whole session configuration.
	 */
	@Bean
	static BeanPostProcessor quietSessions(ObjectProvider<PlatformTransactionManager> transactions,
			ObjectProvider<JdbcSessionProperties> properties) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository repository) {
					requireSavedOnSetAttribute(properties.getObject());
					PlatformTransactionManager manager = transactions.getObject();
					return new QuietSessionRepository(repository,
							template(manager, TransactionDefinition.PROPAGATION_REQUIRES_NEW),
							template(manager, TransactionDefinition.PROPAGATION_NOT_SUPPORTED),
							Duration.ofMillis(TOUCH_INTERVAL_MILLIS));
				}
				return bean;
			}
		};
	}

	/**
	 * {@link QuietSessionRepository} sees a change only when an attribute is set or
	 * removed, and saves only when asked to: other modes would lose changes silently.
	 */
	static void requireSavedOnSetAttribute(JdbcSessionProperties properties) {
		if (properties.getSaveMode() != SaveMode.ON_SET_ATTRIBUTE || properties.getFlushMode() != FlushMode.ON_SAVE) {
			throw new IllegalStateException("Samskapa saves sessions only with spring.session.jdbc.save-mode="
					+ "on-set-attribute and spring.session.jdbc.flush-mode=on-save (the defaults), not "
					+ properties.getSaveMode() + " and " + properties.getFlushMode());
		}
	}

	private static TransactionTemplate template(PlatformTransactionManager manager, int propagation) {
		TransactionTemplate template = new TransactionTemplate(manager);
		template.setPropagationBehavior(propagation);
		return template;
	}

}
