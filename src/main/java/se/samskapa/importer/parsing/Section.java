package se.samskapa.importer.parsing;

/**
 * A heading of the minutes and what stands under it.
 *
 * @param title the heading as written, without numbering ("1.", "2.1", "§ 3") or markup
 * @param level 1 for a topic, 2 for a sub-heading under it, and so on
 * @param body the text under the heading up to the next heading, as plain sentences
 * @param markdown the same text as written, lists and line breaks kept, for the notes
 */
public record Section(String title, int level, String body, String markdown) {
}
