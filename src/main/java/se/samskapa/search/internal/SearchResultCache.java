package se.samskapa.search.internal;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.samskapa.search.SearchQuery;
import se.samskapa.search.SearchResults;
import se.samskapa.shared.ChangeAwareCache;

/**
 * Remembers recent searches' results until the index changes. The same few words are
 * searched for again and again (a group's name, "Fritidsbanken"), and the index changes
 * only when something is saved. Results are kept per visibility (the public, a set of
 * groups, everything), never per person.
 */
@Component
public class SearchResultCache {

	private record Key(SearchQuery query, boolean everything, Set<Long> groups) {
	}

	private final ChangeAwareCache<Key, SearchResults> results;

	SearchResultCache(@Value("${samskapa.search.cache-size:1000}") long size, ObjectProvider<MeterRegistry> metrics) {
		this.results = new ChangeAwareCache<>(size, Duration.ofMinutes(30));
		metrics.ifAvailable(registry -> this.results.monitor(registry, "search-results"));
	}

	public SearchResults get(SearchQuery query, boolean everything, Set<Long> groups, Supplier<SearchResults> search) {
		return this.results.get(new Key(query, everything, Set.copyOf(groups)), search);
	}

	void changed() {
		this.results.changed();
	}

}
