package se.samskapa.importer.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Batches are read one at a time, in the background: a batch may hold hundreds of Word
 * files, and a second coordinator's batch waits rather than competing for the two cores.
 */
@Configuration(proxyBeanMethods = false)
class ImportExecution {

	@Bean
	ThreadPoolTaskExecutor importExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(50);
		executor.setThreadNamePrefix("import-");
		// Let a batch being read finish on shutdown instead of leaving files waiting.
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(60);
		return executor;
	}

}
