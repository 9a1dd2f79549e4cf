package se.samskapa.importer.parsing;

/**
 * A goal figure: "Målet har varit att 40 personer ..., hittills har 25".
 *
 * @param what what is counted, in the minutes' words
 * @param value the figure reached so far, or {@code null}
 * @param target the target, or {@code null}
 * @param percent whether the target is a percentage
 */
public record Indicator(String what, Integer value, Integer target, boolean percent) {
}
