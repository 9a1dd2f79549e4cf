package se.samskapa.meetings;

/**
 * A person named on a page.
 *
 * @param id the person's id
 * @param name the name to show
 */
public record PersonRef(long id, String name) {
}
