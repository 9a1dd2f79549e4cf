package se.samskapa.directory;

/**
 * Two person records turned out to be one person; every reference to the duplicate should
 * now point at the survivor.
 *
 * @param survivorId the record that remains
 * @param duplicateId the record merged into it (kept, marked as merged)
 */
public record PeopleMerged(long survivorId, long duplicateId) {
}
