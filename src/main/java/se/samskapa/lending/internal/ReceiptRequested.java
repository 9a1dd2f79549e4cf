package se.samskapa.lending.internal;

import java.util.List;

/**
 * The counter lent these loans and the borrower wants the receipt by SMS; it goes after
 * the commit (see {@link LendingMessages}), so a slow gateway never holds up the counter.
 */
public record ReceiptRequested(long borrowerId, long siteId, List<Long> loanIds) {

}
