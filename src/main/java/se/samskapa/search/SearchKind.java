package se.samskapa.search;

/** What a search hit is. */
public enum SearchKind {

	MINUTES, AGENDA_ITEM, DECISION, ACTION, PERSON, ORGANISATION, GROUP

}
