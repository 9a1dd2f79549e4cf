/**
 * The minutes parser: text in, structure out. Pure Java (plus Jackson for
 * {@link se.samskapa.importer.parsing.ExtractionJson}), no Spring, no database.
 *
 * <p>
 * Entry point:
 * {@link se.samskapa.importer.parsing.MinutesParser#parse(String, ParseContext)} returns
 * {@link se.samskapa.importer.parsing.ParsedMinutes}. The parser is built from small
 * package-private recognisers, run in this order: {@code BlockReader} (blocks as Markdown
 * would cut them, or one per line for word-processor text), {@code
 * HeaderRecogniser} (title, group, date and its year), {@code AttendanceRecogniser} with
 * {@code AttendeeLine}, {@code SignatureRecogniser} (note-taker, chair, adjusters),
 * {@code
 * Outline} with {@code Headings} (sections), then {@code DecisionRecogniser}, {@code
 * ActionRecogniser} with {@code ActionLists} and {@code DueRecogniser}, {@code
 * EventRecogniser}, {@code IndicatorRecogniser}, {@code MeetingRuleRecogniser} and
 * {@code AgendaProposalRecogniser}. Names are resolved by
 * {@link se.samskapa.importer.parsing.NameResolver} against a
 * {@link se.samskapa.importer.parsing.PeopleIndex}, which the importer implements over
 * the directory; {@link se.samskapa.importer.parsing.InMemoryPeopleIndex} serves tests
 * and the command line.
 *
 * <p>
 * Written by hand, not with a library: no library reads Swedish minutes, so the rules are
 * ours. The block reader does not use commonmark-java (which the app has) because most
 * minutes are plain text where Markdown sees one paragraph and the minutes mean a heading
 * and a list of names, and the rules need each line as written (blank lines, trailing
 * double spaces, bold lines). The edit distance for misspelt names is twenty lines, not
 * worth a dependency.
 */
package se.samskapa.importer.parsing;
