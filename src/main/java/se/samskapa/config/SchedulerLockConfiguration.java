package se.samskapa.config;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs take a lock row in the database (ShedLock) so that with several app
 * nodes one of them runs each job: a method marked {@code @SchedulerLock(name = ...)}
 * runs only when no other node holds that name's lock. The lock is taken and released in
 * transactions of its own, by the database's clock (so the nodes' clocks need not agree),
 * in the table {@code shared_scheduler_lock} (Flyway, module shared).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

	static final String TABLE = "shared_scheduler_lock";

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(TABLE)
			.usingDbTime()
			.build());
	}

}
