package se.samskapa.importer.parsing;

/**
 * Something the group settled.
 *
 * @param text the sentence or line that says so
 * @param section the title of the section it stands in, or {@code null}
 */
public record Decision(String text, String section) {
}
