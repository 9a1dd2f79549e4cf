package se.samskapa.config;

import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import se.samskapa.support.SamskapaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asynchronous event listeners ({@code @ApplicationModuleListener} is {@code @Async}) run
 * on Boot's managed pool, not on a new thread per event: the importer's own executor must
 * not keep Boot from making it.
 */
@SamskapaTest
class TaskExecutionIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void asynchronousListenersGetTheManagedPool() {
		Executor managed = context.getBean("applicationTaskExecutor", Executor.class);
		assertThat(managed).isInstanceOf(ThreadPoolTaskExecutor.class);
		assertThat(context.getBean(AsyncConfigurer.class).getAsyncExecutor()).isSameAs(managed);
	}

}
