package se.samskapa.lending.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.samskapa.lending.BorrowerManagement;
import se.samskapa.lending.LendingDonations;
import se.samskapa.lending.LendingReminders;
import se.samskapa.lending.ReservationManagement;

/**
 * The lending module's scheduled jobs, in Stockholm time. Each takes its lock row first
 * (ShedLock, see {@code config.SchedulerLockConfiguration}), so that with several app
 * nodes one runs it; a node that finds the lock taken skips the run. The work itself is
 * in the services, which tests call directly on the test clock.
 */
@Component
public class LendingJobs {

	private final BorrowerManagement borrowers;

	private final LendingReminders reminders;

	private final ReservationManagement reservations;

	private final LendingDonations donations;

	LendingJobs(BorrowerManagement borrowers, LendingReminders reminders, ReservationManagement reservations,
			LendingDonations donations) {
		this.borrowers = borrowers;
		this.reminders = reminders;
		this.reservations = reservations;
		this.donations = donations;
	}

	/**
	 * At 00.20: held items not collected go to the next in the queue; old queue places
	 * end.
	 */
	@Scheduled(cron = "${samskapa.lending.reservation-expiry-cron:0 20 0 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "lending-reservation-expiry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void expireReservations() {
		reservations.expireOverdue();
	}

	/** At 03.50 too: donors' names and contacts past their retention. */
	@Scheduled(cron = "${samskapa.lending.retention-cron:0 50 3 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "lending-donor-retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void wipeOldDonors() {
		donations.wipeOldDonors();
	}

	/** At 03.50: wipes borrowers without a loan for the retention period. */
	@Scheduled(cron = "${samskapa.lending.retention-cron:0 50 3 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "lending-retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void wipeInactiveBorrowers() {
		borrowers.wipeInactive();
	}

	/** At 09.00: today's reminders. */
	@Scheduled(cron = "${samskapa.lending.reminder-cron:0 0 9 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "lending-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void sendReminders() {
		reminders.remindDue();
	}

}
