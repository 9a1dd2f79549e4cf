package se.samskapa.directory;

/** What kind of body an organisation is; shown as a label and used to filter. */
public enum OrganisationKind {

	CITY_ADMINISTRATION, USER_ORGANISATION, VOLUNTARY_ORGANISATION, OTHER

}
