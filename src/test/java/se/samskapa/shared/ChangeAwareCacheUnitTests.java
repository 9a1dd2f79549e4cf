package se.samskapa.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cache gives back around a change: never a value computed from data older than
 * the change, and, to a transaction that made the change, only values it computed itself.
 */
class ChangeAwareCacheUnitTests {

	private final ChangeAwareCache<String, String> cache = new ChangeAwareCache<>(10, Duration.ofMinutes(1));

	private final AtomicInteger computations = new AtomicInteger();

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			complete();
		}
	}

	@Test
	void aValueIsComputedOnceUntilTheDataChanges() {
		assertThat(cache.get("groups", () -> compute("v1"))).isEqualTo("v1");
		assertThat(cache.get("groups", () -> compute("v2"))).isEqualTo("v1");

		cache.changed();

		assertThat(cache.get("groups", () -> compute("v3"))).isEqualTo("v3");
		assertThat(computations).hasValue(2);
	}

	@Test
	void aValueComputedBeforeAChangeIsNotKeptAfterIt() {
		long generation = cache.generation();
		cache.changed();
		cache.put(generation, "groups", "old");

		assertThat(cache.find("groups")).isNull();
	}

	@Test
	void aTransactionThatChangedTheDataSeesOnlyWhatItComputesItself() throws Exception {
		TransactionSynchronizationManager.initSynchronization();
		cache.changed();
		// Another thread, outside the transaction, reads the data as committed.
		CompletableFuture.runAsync(() -> cache.get("groups", () -> "without the new group")).get();

		assertThat(cache.get("groups", () -> compute("with the new group"))).isEqualTo("with the new group");
		assertThat(cache.find("groups")).isNull();
		long generation = cache.generation();
		cache.put(generation, "mine", "uncommitted");
		assertThat(CompletableFuture.supplyAsync(() -> cache.find("mine")).get()).isNull();

		complete();

		assertThat(cache.get("groups", () -> compute("after commit"))).isEqualTo("after commit");
		assertThat(cache.get("groups", () -> compute("again"))).isEqualTo("after commit");
	}

	@Test
	void aTransactionStartedWhileAChangingOneWaitsUsesTheCacheUntilItChangesSomething() {
		cache.get("groups", () -> compute("kept"));
		TransactionSynchronizationManager.initSynchronization();
		cache.changed();
		assertThat(cache.get("groups", () -> compute("mine"))).isEqualTo("mine");

		// REQUIRES_NEW: the outer transaction's synchronizations are suspended.
		var outer = TransactionSynchronizationManager.getSynchronizations();
		outer.forEach(TransactionSynchronization::suspend);
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		cache.get("groups", () -> compute("committed"));
		assertThat(cache.get("groups", () -> compute("not needed"))).isEqualTo("committed");
		cache.changed();
		assertThat(cache.get("groups", () -> compute("inner"))).isEqualTo("inner");
		complete();
		assertThat(cache.get("groups", () -> compute("after inner"))).isEqualTo("after inner");

		TransactionSynchronizationManager.initSynchronization();
		outer.forEach(synchronization -> {
			TransactionSynchronizationManager.registerSynchronization(synchronization);
			synchronization.resume();
		});
		assertThat(cache.get("groups", () -> compute("outer again"))).isEqualTo("outer again");
	}

	@Test
	void aTransactionThatChangedNothingUsesTheCache() {
		cache.get("groups", () -> compute("kept"));
		TransactionSynchronizationManager.initSynchronization();

		assertThat(cache.get("groups", () -> compute("not needed"))).isEqualTo("kept");
		assertThat(computations).hasValue(1);
	}

	@Test
	void aSizeOfNoneKeepsNothing() {
		ChangeAwareCache<String, String> off = new ChangeAwareCache<>(0, Duration.ofMinutes(1));

		off.get("groups", () -> compute("v1"));
		off.get("groups", () -> compute("v2"));

		assertThat(computations).hasValue(2);
	}

	private String compute(String value) {
		computations.incrementAndGet();
		return value;
	}

	/** What a transaction manager does when a transaction ends. */
	private static void complete() {
		var synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
	}

}
