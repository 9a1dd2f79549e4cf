package se.samskapa.search.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.samskapa.directory.DirectoryChanged;
import se.samskapa.directory.DirectoryManagement;
import se.samskapa.directory.PersonView;
import se.samskapa.groups.GroupChanged;
import se.samskapa.groups.GroupManagement;
import se.samskapa.groups.GroupView;
import se.samskapa.meetings.MeetingChanged;
import se.samskapa.meetings.MeetingReader;
import se.samskapa.meetings.MeetingSummary;
import se.samskapa.search.SearchKind;
import se.samskapa.shared.NotFoundException;

/**
 * Keeps the search index current: each change another module announces is indexed after
 * it is committed; an empty index (a new installation, or after an upgrade) is filled in
 * the background at start-up.
 */
@Component
public class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	/**
	 * Raise when what is indexed changes: the next start indexes everything again, in the
	 * background.
	 */
	static final int VERSION = 1;

	private final SearchIndex index;

	private final SearchDocuments documents;

	private final MeetingReader meetings;

	private final GroupManagement groups;

	private final DirectoryManagement directory;

	private final TransactionTemplate transaction;

	SearchIndexer(SearchIndex index, SearchDocuments documents, MeetingReader meetings, GroupManagement groups,
			DirectoryManagement directory, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.index = index;
		this.documents = documents;
		this.meetings = meetings;
		this.groups = groups;
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(MeetingChanged event) {
		indexMeeting(event.meetingId());
	}

	@ApplicationModuleListener
	void on(DirectoryChanged event) {
		if (event.personId() != null) {
			indexPerson(event.personId());
		}
		if (event.organisationId() != null) {
			directory.organisation(event.organisationId())
				.ifPresent(organisation -> index.put(documents.organisation(organisation)));
		}
	}

	@ApplicationModuleListener
	void on(GroupChanged event) {
		groups.group(event.groupId()).ifPresent(group -> {
			index.put(documents.group(group));
			// The minutes' titles carry the group's name.
			meetings.ofGroup(group.id())
				.forEach(meeting -> transaction.executeWithoutResult(status -> indexMeeting(meeting.id())));
		});
	}

	@EventListener
	void rebuildAnOutdatedIndex(ApplicationReadyEvent ready) {
		if (ready.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			// The command-line importer is done and gone before a rebuild would be; the
			// index stays outdated until the web application's next start rebuilds it.
			return;
		}
		if (!index.builtBy(VERSION)) {
			Thread rebuilder = new Thread(this::rebuild, "search-index-rebuild");
			rebuilder.setDaemon(true);
			rebuilder.start();
		}
	}

	/** Indexes everything again; a second call waits for the first to finish. */
	public synchronized void rebuild() {
		long started = System.nanoTime();
		int count = 0;
		for (GroupView group : groups.groups()) {
			index.put(documents.group(group));
			for (MeetingSummary meeting : meetings.ofGroup(group.id())) {
				// One transaction a meeting: its lock is held only that long.
				transaction.executeWithoutResult(status -> indexMeeting(meeting.id()));
				count++;
			}
		}
		directory.people().forEach(person -> index.put(documents.person(person)));
		directory.organisations().forEach(organisation -> index.put(documents.organisation(organisation)));
		index.rebuilt(VERSION);
		log.info("Search index rebuilt: {} meetings in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Reads the meeting after taking its lock, so that the latest state is what is
	 * indexed.
	 */
	@Transactional
	void indexMeeting(long meetingId) {
		index.lockMeeting(meetingId);
		List<SearchDocument> current;
		try {
			current = documents.meeting(meetings.details(meetingId));
		}
		catch (NotFoundException deleted) {
			current = List.of();
		}
		index.replaceMeeting(meetingId, current);
	}

	private void indexPerson(long personId) {
		PersonView person = directory.person(personId).orElse(null);
		if (person == null || person.mergedIntoId() != null) {
			index.remove(SearchKind.PERSON, personId);
		}
		else {
			index.put(documents.person(person));
		}
	}

}
