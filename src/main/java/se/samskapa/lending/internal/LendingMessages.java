package se.samskapa.lending.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samskapa.lending.BorrowerView;
import se.samskapa.lending.LoanView;
import se.samskapa.lending.ReservationMade;
import se.samskapa.lending.ReservationReadyForPickup;
import se.samskapa.lending.ReservationView;
import se.samskapa.lending.ReminderKind;
import se.samskapa.lending.ReminderStatus;
import se.samskapa.lending.SiteView;
import se.samskapa.notifications.Delivery;
import se.samskapa.notifications.DeliveryStatus;
import se.samskapa.notifications.Notifications;
import se.samskapa.notifications.OutgoingMessage;
import se.samskapa.notifications.Recipient;
import se.samskapa.shared.Dates;

/**
 * Writes and sends the messages to borrowers, after the commit of what they are about:
 * reminders, receipts and reservations. In plain Swedish, with the site, the items, the
 * date and the opening hours, and never a fee. The borrower's number and address are read
 * when the message goes, so a borrower wiped in between gets nothing.
 */
@Component
public class LendingMessages {

	/** The purpose of a reminder in the notifications record. */
	public static final String REMINDER = "lending-reminder";

	/** The purpose of a receipt in the notifications record. */
	public static final String RECEIPT = "lending-receipt";

	/** The purpose of a message about a reservation in the notifications record. */
	public static final String RESERVATION = "lending-reservation";

	private final BorrowerStore borrowers;

	private final LoanStore loans;

	private final SiteStore sites;

	private final ReminderStore reminders;

	private final ReservationStore reservations;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	LendingMessages(BorrowerStore borrowers, LoanStore loans, SiteStore sites, ReminderStore reminders,
			ReservationStore reservations, Notifications notifications, MessageSource messages, Dates dates,
			Clock clock) {
		this.borrowers = borrowers;
		this.loans = loans;
		this.sites = sites;
		this.reminders = reminders;
		this.reservations = reservations;
		this.notifications = notifications;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	/** The reference of a message about these loans in the notifications record. */
	public static String reference(List<Long> loanIds) {
		return "lending-loan:" + loanIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** The reference of a message about this reservation in the notifications record. */
	public static String reservationReference(long reservationId) {
		return "lending-reservation:" + reservationId;
	}

	@ApplicationModuleListener
	void on(RemindersDue event) {
		Optional<BorrowerView> borrower = borrowers.find(event.borrowerId());
		// Returned or given a new due date since the job took it: nothing to remind of.
		List<LoanView> open = openLoans(event.loanIds()).stream()
			.filter(loan -> loan.dueOn().equals(event.dueOn()))
			.toList();
		Optional<SiteView> site = sites.find(event.siteId());
		List<Long> openIds = open.stream().map(LoanView::id).toList();
		List<Long> gone = event.loanIds().stream().filter(id -> !openIds.contains(id)).toList();
		reminders.finish(event.kind(), event.dueOn(), gone, ReminderStatus.SKIPPED, null, clock.instant());
		if (borrower.isEmpty() || site.isEmpty() || open.isEmpty()) {
			reminders.finish(event.kind(), event.dueOn(), openIds, ReminderStatus.SKIPPED, null, clock.instant());
			return;
		}
		OutgoingMessage message = reminder(event.kind(), site.get(), open, event.dueOn(),
				new Recipient(borrower.get().mobile(), borrower.get().email()));
		List<Delivery> deliveries = notifications.send(message);
		reminders.finish(event.kind(), event.dueOn(), openIds, status(deliveries), channels(deliveries),
				clock.instant());
	}

	@ApplicationModuleListener
	void on(ReceiptRequested event) {
		Optional<BorrowerView> borrower = borrowers.find(event.borrowerId());
		Optional<SiteView> site = sites.find(event.siteId());
		List<LoanView> lent = openLoans(event.loanIds());
		if (borrower.isPresent() && site.isPresent() && !lent.isEmpty()) {
			notifications.send(receipt(site.get(), lent, Recipient.mobile(borrower.get().mobile())));
		}
	}

	/**
	 * Held at once: the code and the last day to collect; in the queue: the place and the
	 * promise of a message. Read when the message goes, so a reservation cancelled or
	 * collected in between gets nothing.
	 */
	@ApplicationModuleListener
	void on(ReservationMade event) {
		reservations.find(event.reservationId())
			.filter(r -> r.isReady() || r.isWaiting())
			.ifPresent(r -> sendAbout(r,
					r.isReady() ? readyText(r, "lending.sms.reservation.held") : text("lending.sms.reservation.queued",
							r.siteName(), lowerFirst(r.description()), r.position(), r.code())));
	}

	@ApplicationModuleListener
	void on(ReservationReadyForPickup event) {
		reservations.find(event.reservationId())
			.filter(ReservationView::isReady)
			.ifPresent(r -> sendAbout(r, readyText(r, "lending.sms.reservation.ready")));
	}

	private String readyText(ReservationView reservation, String key) {
		StringBuilder body = new StringBuilder(text(key, reservation.siteName(), lowerFirst(reservation.description()),
				dates.day(reservation.holdUntil(), Dates.SWEDISH), reservation.code()));
		sites.find(reservation.siteId()).ifPresent(site -> appendHours(body, site));
		return body.append(' ').append(text("lending.sms.free")).toString();
	}

	private void sendAbout(ReservationView reservation, String body) {
		borrowers.find(reservation.borrowerId())
			.filter(borrower -> borrower.mobile() != null)
			.ifPresent(borrower -> notifications
				.send(new OutgoingMessage(new Recipient(borrower.mobile(), borrower.email()),
						text("lending.email.subject.reservation", reservation.siteName()), body, RESERVATION,
						reservationReference(reservation.id()))));
	}

	/** The reminder: what, when it was or is due, when the site is open; free. */
	OutgoingMessage reminder(ReminderKind kind, SiteView site, List<LoanView> lent, LocalDate dueOn,
			Recipient recipient) {
		StringBuilder body = new StringBuilder(
				text("lending.sms.reminder." + kind.name(), site.name(), dates.day(dueOn, Dates.SWEDISH), items(lent)));
		appendHours(body, site);
		body.append(' ').append(text("lending.sms.free"));
		return new OutgoingMessage(recipient, text("lending.email.subject." + kind.name(), site.name()),
				body.toString(), REMINDER, reference(lent.stream().map(LoanView::id).toList()));
	}

	/** The receipt: what was lent, by when it goes back, when the site is open; free. */
	OutgoingMessage receipt(SiteView site, List<LoanView> lent, Recipient recipient) {
		StringBuilder body = new StringBuilder(text("lending.sms.receipt", site.name()));
		lent.stream()
			.collect(Collectors.groupingBy(LoanView::dueOn, TreeMap::new, Collectors.toList()))
			.forEach((due, loansDue) -> body.append(' ')
				.append(text("lending.sms.receipt.items", items(loansDue), dates.day(due, Dates.SWEDISH))));
		appendHours(body, site);
		body.append(' ').append(text("lending.sms.receipt.end"));
		return new OutgoingMessage(recipient, text("lending.email.subject.receipt", site.name()), body.toString(),
				RECEIPT, reference(lent.stream().map(LoanView::id).toList()));
	}

	private void appendHours(StringBuilder body, SiteView site) {
		String hours = OpeningHoursText.of(site.hours());
		if (!hours.isEmpty()) {
			body.append(' ').append(text("lending.sms.hours", hours));
		}
	}

	/** "tält, 2 personer (HBG-0141) och hockeyskridskor, 38 (HBG-0002)". */
	private static String items(List<LoanView> lent) {
		return OpeningHoursText.Words.list(lent.stream()
			.sorted(Comparator.comparing(LoanView::itemNumber))
			.map(loan -> lowerFirst(loan.item()) + " (" + loan.itemNumber() + ")")
			.toList());
	}

	/** "Tält" becomes "tält" inside a sentence; "SUP-bräda" stays. */
	private static String lowerFirst(String words) {
		if (words.length() > 1 && Character.isUpperCase(words.charAt(0)) && Character.isLowerCase(words.charAt(1))) {
			return Character.toLowerCase(words.charAt(0)) + words.substring(1);
		}
		return words;
	}

	private List<LoanView> openLoans(List<Long> loanIds) {
		return loanIds.stream().map(loans::find).flatMap(Optional::stream).filter(LoanView::isOpen).toList();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.forLanguageTag("sv-SE"));
	}

	private static ReminderStatus status(List<Delivery> deliveries) {
		if (deliveries.stream().anyMatch(Delivery::sent)) {
			return ReminderStatus.SENT;
		}
		if (deliveries.stream().anyMatch(d -> d.status() == DeliveryStatus.LOGGED)) {
			return ReminderStatus.LOGGED;
		}
		return ReminderStatus.FAILED;
	}

	/** The channels that took it: those that sent it, or else those that logged it. */
	private static String channels(List<Delivery> deliveries) {
		DeliveryStatus best = deliveries.stream().anyMatch(Delivery::sent) ? DeliveryStatus.SENT
				: DeliveryStatus.LOGGED;
		String channels = deliveries.stream()
			.filter(d -> d.status() == best)
			.map(d -> d.channel().name())
			.collect(Collectors.joining(","));
		return channels.isEmpty() ? null : channels;
	}

}
