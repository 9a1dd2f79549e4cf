package se.samskapa.meetings;

import java.time.Instant;

/**
 * One published version of a meeting's minutes.
 *
 * @param version 1 for the first publication, then one more per change
 * @param createdAt when it was published
 * @param createdBy who published it
 * @param reason why the minutes were changed (none for version 1)
 * @param content the minutes as Markdown
 */
public record MinutesVersion(int version, Instant createdAt, String createdBy, String reason, String content) {
}
