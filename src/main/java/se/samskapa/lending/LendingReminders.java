package se.samskapa.lending;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.ReminderPlan;
import se.samskapa.lending.internal.ReminderStore;
import se.samskapa.lending.internal.RemindersDue;
import se.samskapa.shared.Dates;

/**
 * Reminders to borrowers: the day before the due date, and at 3 and 10 days overdue, by
 * SMS and by e-mail where the borrower gave an address. Friendly, and never with a fee.
 * The daily job (at 09.00, see {@code internal.LendingJobs}) takes today's reminders;
 * each message goes after the commit.
 */
@Service
@Transactional(readOnly = true)
public class LendingReminders {

	private static final Logger log = LoggerFactory.getLogger(LendingReminders.class);

	private final ReminderStore reminders;

	private final ApplicationEventPublisher events;

	private final Dates dates;

	private final Clock clock;

	LendingReminders(ReminderStore reminders, ApplicationEventPublisher events, Dates dates, Clock clock) {
		this.reminders = reminders;
		this.events = events;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * Takes today's reminders and queues one message per borrower, site, kind and due
	 * date. A reminder is taken once per loan, kind and due date (the database holds
	 * that), so running this twice, or on two nodes at once, sends nothing twice.
	 * @return how many messages were queued
	 */
	@Transactional
	public int remindDue() {
		LocalDate today = dates.today();
		List<ReminderPlan.Candidate> candidates = reminders.candidates(today);
		List<ReminderPlan.Batch> batches = ReminderPlan.plan(today, candidates,
				reminders.taken(candidates.stream().map(ReminderPlan.Candidate::loanId).toList()));
		int queued = 0;
		for (ReminderPlan.Batch batch : batches) {
			List<Long> claimed = reminders.claim(batch.kind(), batch.dueOn(), batch.loanIds(), clock.instant());
			if (!claimed.isEmpty()) {
				events.publishEvent(
						new RemindersDue(batch.kind(), batch.borrowerId(), batch.siteId(), batch.dueOn(), claimed));
				queued++;
			}
		}
		if (queued > 0) {
			log.info("Queued {} reminders to borrowers", queued);
		}
		return queued;
	}

}
