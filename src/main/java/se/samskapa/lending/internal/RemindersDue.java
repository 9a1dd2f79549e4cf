package se.samskapa.lending.internal;

import java.time.LocalDate;
import java.util.List;

import se.samskapa.lending.ReminderKind;

/**
 * The daily job took a reminder about a borrower's loans; the message goes after the
 * commit (see {@link LendingMessages}). Ids only: the event is stored until it is
 * handled, and the number and name stay where the retention wipe finds them.
 */
public record RemindersDue(ReminderKind kind, long borrowerId, long siteId, LocalDate dueOn, List<Long> loanIds) {

}
