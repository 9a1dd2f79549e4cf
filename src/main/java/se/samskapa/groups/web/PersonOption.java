package se.samskapa.groups.web;

/**
 * A person who can be added to the group, with where they belong, so that two people with
 * the same name can be told apart.
 *
 * @param id the person
 * @param label name and current affiliation
 */
public record PersonOption(long id, String label) {
}
