package se.samskapa.lending;

import java.time.LocalDate;

/**
 * A donation in the site's list.
 *
 * @param named a donor name or contact is kept
 * @param things how many things it held
 * @param untriaged how many of them still wait to be sorted
 */
public record DonationSummary(long id, LocalDate receivedOn, boolean named, String what, int things, int untriaged) {

}
