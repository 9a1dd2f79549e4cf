package se.samskapa.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bounded cache of things computed from the database, forgotten whenever the data may
 * have changed. Each value is stored under the generation of the data it was computed
 * from: a change moves to the next generation, so that a value computed from the old data
 * is never found again, even when its computation finishes after the change.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class ChangeAwareCache<K, V> {

	private record Entry<K>(long generation, K key) {
	}

	private final AtomicLong generation = new AtomicLong();

	private final Cache<Entry<K>, V> values;

	private final boolean off;

	/**
	 * @param size at most this many values; 0 turns the cache off
	 * @param lifetime a value is forgotten this long after it was stored, for changes no
	 * one announces (another process writing to the database)
	 */
	public ChangeAwareCache(long size, Duration lifetime) {
		this.off = size == 0;
		this.values = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).recordStats().build();
	}

	/**
	 * The value for the key, computed (outside any lock) when it is not known. A
	 * transaction that changed the data computes every value itself, and keeps none: it
	 * must see its own changes, and a value another thread computes meanwhile does not.
	 */
	public V get(K key, Supplier<V> compute) {
		if (this.off || changedInThisTransaction()) {
			return compute.get();
		}
		Entry<K> entry = new Entry<>(this.generation.get(), key);
		V known = this.values.getIfPresent(entry);
		if (known != null) {
			return known;
		}
		V computed = compute.get();
		if (computed != null) {
			this.values.put(entry, computed);
		}
		return computed;
	}

	/** The value for the key, if it is known. */
	public V find(K key) {
		if (changedInThisTransaction()) {
			return null;
		}
		return this.values.getIfPresent(new Entry<>(this.generation.get(), key));
	}

	/**
	 * Stores a value computed from data read at {@code generation}; nothing happens if
	 * the data changed since.
	 */
	public void put(long generation, K key, V value) {
		if (!this.off && generation == this.generation.get() && !changedInThisTransaction()) {
			this.values.put(new Entry<>(generation, key), value);
		}
	}

	/** Which generation of the data is current, to hand to {@link #put} later. */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * The data changed, or is about to: everything known is forgotten now, and once more
	 * when the current transaction ends, since a computation in between still reads the
	 * data as it was (or, in the transaction itself, as it will never be if it rolls
	 * back).
	 */
	public void changed() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive() && !changedInThisTransaction()) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				// A transaction started while this one waits (REQUIRES_NEW) has changed
				// nothing yet, and one that does registers its own.
				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResourceIfPossible(ChangeAwareCache.this);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(ChangeAwareCache.this, Boolean.TRUE);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ChangeAwareCache.this);
					forget();
				}
			});
		}
	}

	/** Reports hits, misses and size as {@code cache.*} metrics tagged with the name. */
	public void monitor(MeterRegistry registry, String name) {
		CaffeineCacheMetrics.monitor(registry, this.values, name);
	}

	private boolean changedInThisTransaction() {
		return TransactionSynchronizationManager.hasResource(this);
	}

	private void forget() {
		this.generation.incrementAndGet();
		this.values.invalidateAll();
	}

}
