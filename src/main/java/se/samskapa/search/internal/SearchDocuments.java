package se.samskapa.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samskapa.directory.AffiliationView;
import se.samskapa.directory.OrganisationView;
import se.samskapa.directory.PersonView;
import se.samskapa.groups.GroupView;
import se.samskapa.meetings.ActionItemView;
import se.samskapa.meetings.AgendaItemView;
import se.samskapa.meetings.AttendanceView;
import se.samskapa.meetings.DecisionView;
import se.samskapa.meetings.MeetingDetails;
import se.samskapa.meetings.OwnerView;
import se.samskapa.search.SearchKind;
import se.samskapa.shared.Dates;

/** What of each thing is searchable, and who may find it. */
@Component
class SearchDocuments {

	private static final Pattern MARKDOWN = Pattern
		.compile("(\\*\\*|__|`|^#{1,6}\\s*|^\\s*[-*+]\\s+|\\[|\\]\\([^)]*\\))", Pattern.MULTILINE);

	private final Dates dates;

	SearchDocuments(Dates dates) {
		this.dates = dates;
	}

	/** The minutes, each agenda item, decision and action of a meeting. */
	List<SearchDocument> meeting(MeetingDetails m) {
		boolean visible = m.published();
		String url = "/moten/" + m.id();
		List<SearchDocument> documents = new ArrayList<>();
		Set<Long> attendees = m.attendance().stream().map(AttendanceView::personId).collect(Collectors.toSet());
		String people = m.attendance().stream().map(AttendanceView::label).collect(Collectors.joining(", "));
		String title = m.groupName() + " " + dates.date(m.date(), Dates.SWEDISH)
				+ (m.title() == null ? "" : " – " + m.title());
		String noteTaker = m.noteTaker() == null ? "" : " Vid pennan: " + m.noteTaker().name();
		documents.add(new SearchDocument(SearchKind.MINUTES, m.id(), m.id(), m.groupId(), visible, m.date(), title,
				people + noteTaker, url, List.of(), attendees));
		for (AgendaItemView item : m.regularItems()) {
			String anchor = url + "#punkt-" + item.id();
			documents.add(new SearchDocument(SearchKind.AGENDA_ITEM, item.id(), m.id(), m.groupId(), visible, m.date(),
					item.title(), plain(item.notes()), anchor, List.of(), List.of()));
			for (DecisionView decision : item.decisions()) {
				documents.add(new SearchDocument(SearchKind.DECISION, decision.id(), m.id(), m.groupId(), visible,
						m.date(), decision.text(), item.title(), anchor, List.of(), List.of()));
			}
			for (ActionItemView action : item.actions()) {
				documents.add(action(m, action, anchor, visible));
			}
		}
		return documents;
	}

	private static SearchDocument action(MeetingDetails m, ActionItemView action, String url, boolean visible) {
		List<Long> organisations = action.owners()
			.stream()
			.map(OwnerView::organisationId)
			.filter(Objects::nonNull)
			.toList();
		List<Long> people = action.owners().stream().map(OwnerView::personId).filter(Objects::nonNull).toList();
		String body = action.ownerNames() + (action.due().text() == null ? "" : " " + action.due().text());
		return new SearchDocument(SearchKind.ACTION, action.id(), m.id(), m.groupId(), visible, m.date(), action.what(),
				body, url, organisations, people);
	}

	/** A person: found by name, alias or affiliation, by coordinators only. */
	SearchDocument person(PersonView person) {
		Set<String> words = new LinkedHashSet<>(person.aliases());
		Set<Long> organisations = new LinkedHashSet<>();
		for (AffiliationView affiliation : person.affiliations()) {
			if (affiliation.label() != null) {
				words.add(affiliation.label());
			}
			if (affiliation.organisationId() != null) {
				organisations.add(affiliation.organisationId());
			}
		}
		return new SearchDocument(SearchKind.PERSON, person.id(), null, null, false, null, person.fullName(),
				String.join(", ", words), "/katalog/personer/" + person.id(), organisations, List.of(person.id()));
	}

	SearchDocument organisation(OrganisationView organisation) {
		return new SearchDocument(SearchKind.ORGANISATION, organisation.id(), null, null, false, null,
				organisation.name(), String.join(", ", organisation.allNames()),
				"/katalog/organisationer/" + organisation.id(), List.of(organisation.id()), List.of());
	}

	SearchDocument group(GroupView group) {
		return new SearchDocument(SearchKind.GROUP, group.id(), null, group.id(), true, null, group.name(),
				group.description(), "/grupper/" + group.slug(), List.of(), List.of());
	}

	/** Minutes are Markdown; the index and the snippets want the words only. */
	static String plain(String markdown) {
		return markdown == null ? "" : MARKDOWN.matcher(markdown).replaceAll("");
	}

}
