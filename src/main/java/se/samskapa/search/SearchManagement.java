package se.samskapa.search;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.directory.SamskapaUser;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.search.internal.SearchIndexer;
import se.samskapa.search.internal.SearchQueries;
import se.samskapa.search.internal.SearchResultCache;

/**
 * The search module's public service. What a search finds depends on who asks: the public
 * finds published minutes and groups only; a member also the drafts of their own groups;
 * coordinators everything, people and organisations included.
 */
@Service
public class SearchManagement {

	private final SearchQueries queries;

	private final SearchResultCache cache;

	private final SearchIndexer indexer;

	private final GroupManagement groups;

	SearchManagement(SearchQueries queries, SearchResultCache cache, SearchIndexer indexer, GroupManagement groups) {
		this.queries = queries;
		this.cache = cache;
		this.indexer = indexer;
		this.groups = groups;
	}

	public SearchResults search(SearchQuery query, SamskapaUser viewer) {
		if (query.blank()) {
			return SearchResults.NONE;
		}
		if (viewer != null && viewer.isCoordinator()) {
			return cache.get(query, true, Set.of(), () -> queries.search(query, true, Set.of()));
		}
		Set<Long> own = viewer == null || viewer.personId() == null ? Set.of()
				: groups.groupsOf(viewer.personId()).stream().map(GroupView::id).collect(Collectors.toSet());
		return cache.get(query, false, own, () -> queries.search(query, false, own));
	}

	/** Indexes everything again (after an upgrade, or in tests), a meeting at a time. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void rebuildIndex() {
		indexer.rebuild();
	}

}
