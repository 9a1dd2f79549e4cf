package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;

/**
 * A loan past its due date, as the staff's call list shows it: who to call about what.
 * Never with a fee: Fritidsbanken only reminds.
 *
 * @param mobile normalised, +46701234567
 * @param daysOverdue whole days since the due date
 * @param reminders the reminders about it so far, the first first
 */
public record OverdueLoan(long loanId, String itemNumber, String item, long borrowerId, String borrowerName,
		String mobile, LocalDate dueOn, long daysOverdue, List<SentReminder> reminders) {

	/** 070-123 45 67. */
	public String mobileForDisplay() {
		return MobileNumbers.display(mobile);
	}

}
