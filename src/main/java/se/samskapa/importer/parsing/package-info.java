/**
 * The minutes parser: text in, structure out. Pure Java (plus Jackson for
 * {@link se.samskapa.importer.parsing.ExtractionJson}), no Spring, no database.
 *
 * <p>
 * Entry point:
 * {@link se.samskapa.importer.parsing.MinutesParser#parse(String, ParseContext)}. The
 * parser is built from small recognisers (attendance, signatures, outline, dates,
 * decisions, actions, events, indicators, meeting rule), each a package-private class.
 * Names are resolved against a {@link se.samskapa.importer.parsing.PeopleIndex}, which
 * the importer implements over the directory;
 * {@link se.samskapa.importer.parsing.InMemoryPeopleIndex} serves tests and the command
 * line.
 */
package se.samskapa.importer.parsing;
