package se.samskapa.lending;

import java.time.LocalDate;

/**
 * A day's count of catalogue searches for a term that found nothing in, for
 * {@link LendingHistory}.
 *
 * @param noMatch searches that found nothing of the kind
 * @param noneIn searches that found the kind with none of it in
 */
public record PastEmptySearch(LocalDate day, String term, int noMatch, int noneIn) {
}
