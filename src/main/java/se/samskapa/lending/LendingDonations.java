package se.samskapa.lending;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.CategoryStore;
import se.samskapa.lending.internal.DonationStore;
import se.samskapa.lending.internal.ItemNumbers;
import se.samskapa.lending.internal.ItemStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;

/**
 * Donations: a batch of things registered at the door in a minute (the donor anonymous
 * unless they want otherwise), then each thing sorted to the catalogue (an item with the
 * site's next number, ready to lend), to repair (an item that cannot be lent yet) or out
 * (recorded with the reason, no item). {@link #countsPerMonth} gives the statistics their
 * donations in and out.
 */
@Service
@Transactional(readOnly = true)
public class LendingDonations {

	private static final Logger log = LoggerFactory.getLogger(LendingDonations.class);

	static final int MAX_TEXT = 200;

	private final LendingCatalogue catalogue;

	private final DonationStore donations;

	private final CategoryStore categories;

	private final ItemStore items;

	private final AuditTrail audit;

	private final Dates dates;

	private final Clock clock;

	private final int donorRetentionDays;

	LendingDonations(LendingCatalogue catalogue, DonationStore donations, CategoryStore categories, ItemStore items,
			AuditTrail audit, Dates dates, Clock clock,
			@Value("${samskapa.lending.donor-retention-days:90}") int donorRetentionDays) {
		this.catalogue = catalogue;
		this.donations = donations;
		this.categories = categories;
		this.items = items;
		this.audit = audit;
		this.dates = dates;
		this.clock = clock;
		this.donorRetentionDays = donorRetentionDays;
	}

	/**
	 * Registers a donation. Blank lines are left out; a line whose words are exactly the
	 * name of one item type is that type.
	 * @param donorName the donor's name if they want to be named, else {@code null}
	 * @param donorContact a phone number or e-mail if they want to be reached, else
	 * {@code null}
	 */
	@Transactional
	public Donation receive(long siteId, LocalDate receivedOn, String donorName, String donorContact,
			List<DonatedThing> things, String actor) {
		catalogue.requireSite(siteId);
		if (receivedOn == null) {
			throw new InvalidInput("receivedOn", "lending.donation.received.required");
		}
		if (receivedOn.isAfter(dates.today())) {
			throw new InvalidInput("receivedOn", "lending.donation.received.future");
		}
		List<DonatedThing> lines = new ArrayList<>();
		for (int i = 0; i < (things == null ? 0 : things.size()); i++) {
			DonatedThing thing = things.get(i);
			if (thing != null && (thing.typeId() != null || !blank(thing.what()))) {
				lines.add(checked(i, thing));
			}
		}
		if (lines.isEmpty()) {
			throw new InvalidInput("things", "lending.donation.no.things");
		}
		long id = donations.insert(siteId, receivedOn, text("donorName", donorName), text("donorContact", donorContact),
				clock.instant(), actor);
		for (int i = 0; i < lines.size(); i++) {
			donations.insertLine(id, i, lines.get(i));
		}
		audit.record(actor, "lending-donation", id, "received",
				lines.stream().mapToInt(DonatedThing::count).sum() + " things");
		return donation(id);
	}

	private DonatedThing checked(int index, DonatedThing thing) {
		String field = "things[" + index + "]";
		if (thing.count() < 1 || thing.count() > DonatedThing.MAX_COUNT) {
			throw new InvalidInput(field + ".count", "lending.donation.count.range", DonatedThing.MAX_COUNT);
		}
		Long typeId = thing.typeId();
		String what = text(field + ".what", thing.what());
		if (typeId != null) {
			if (!categories.typeExists(typeId)) {
				throw new InvalidInput(field + ".typeId", "lending.type.unknown", typeId);
			}
			what = null;
		}
		else {
			List<Long> named = categories.typesNamed(what);
			if (named.size() == 1) {
				typeId = named.get(0);
				what = null;
			}
		}
		return new DonatedThing(typeId, what, text(field + ".size", thing.size()), thing.count(),
				thing.condition() == null ? Condition.GOOD : thing.condition(), text(field + ".note", thing.note()));
	}

	/** Days a donor's name and contact are kept after the donation came in. */
	public int donorRetentionDays() {
		return donorRetentionDays;
	}

	public Donation donation(long id) {
		return donations.find(id).orElseThrow(() -> new UnknownLendingThing("lending.donation.unknown", id));
	}

	/** The site's donations, those still to be sorted first. */
	public List<DonationSummary> donations(long siteId) {
		return donations.summaries(siteId);
	}

	/**
	 * Sorts some of a line's things. To the catalogue or to repair, each becomes an item
	 * with the site's next number (its barcode the same), the line's size and condition
	 * and the type's parts list; discarded things need a reason and become nothing.
	 * @param typeId the item type, needed when the line has none yet
	 * @return the items made (none for a discard)
	 */
	@Transactional
	public List<ItemView> triage(long lineId, TriageOutcome outcome, int count, Long typeId, String reason,
			String actor) {
		long donationId = donations.lockLine(lineId)
			.orElseThrow(() -> new UnknownLendingThing("lending.donation.line.unknown", lineId));
		Donation donation = donation(donationId);
		DonationLine line = donation.line(lineId);
		if (outcome == null) {
			throw new InvalidInput("outcome", "lending.triage.outcome.required");
		}
		if (line.remaining() == 0) {
			throw new RuleViolation("lending.triage.done", line.what());
		}
		if (count < 1 || count > line.remaining()) {
			throw new InvalidInput("count", "lending.triage.count.range", line.remaining());
		}
		String why = text("reason", reason);
		List<ItemView> made = new ArrayList<>();
		if (outcome == TriageOutcome.DISCARD) {
			if (why == null) {
				throw new InvalidInput("reason", "lending.triage.reason.required");
			}
		}
		else {
			if (outcome == TriageOutcome.CATALOGUE && line.condition() == Condition.BROKEN) {
				throw new InvalidInput("outcome", "lending.triage.broken");
			}
			long type = typeOf(line, typeId);
			made.addAll(makeItems(donation, line, type, count, outcome, why, actor));
		}
		donations.triage(lineId, outcome, count, why, dates.today(), clock.instant(), actor);
		audit.record(actor, "lending-donation", donationId, "triaged",
				count + " × " + line.what() + " -> " + outcome
						+ (made.isEmpty() ? "" : " " + made.stream().map(ItemView::number).toList())
						+ (why == null ? "" : ": " + why));
		return made;
	}

	private long typeOf(DonationLine line, Long chosen) {
		Long type = chosen != null ? chosen : line.typeId();
		if (type == null) {
			throw new InvalidInput("typeId", "lending.triage.type.required");
		}
		if (!categories.typeExists(type)) {
			throw new InvalidInput("typeId", "lending.type.unknown", type);
		}
		if (line.typeId() == null) {
			donations.setLineType(line.id(), type);
		}
		return type;
	}

	private List<ItemView> makeItems(Donation donation, DonationLine line, long typeId, int count,
			TriageOutcome outcome, String why, String actor) {
		SiteView site = catalogue.requireSite(donation.siteId());
		items.lockNumbering(site.id());
		String prefix = ItemNumbers.seriesOf(items.numbersOf(site.id()))
			.orElseGet(() -> ItemNumbers.prefixFor(site.name()));
		List<ItemView> made = new ArrayList<>();
		Instant now = clock.instant();
		for (int i = 0; i < count; i++) {
			ItemStore.Serial serial = items.highestOf(prefix);
			String number = ItemNumbers.next(prefix, serial.highest(), serial.digits());
			ItemView item = catalogue.registerItem(site.id(), typeId, number, null, line.size(), line.condition(), null,
					actor);
			items.linkToDonation(item.id(), line.id());
			if (outcome == TriageOutcome.REPAIR) {
				items.changeStatus(item.id(), List.of(ItemStatus.AVAILABLE), ItemStatus.IN_REPAIR);
				items.event(item.id(), site.id(), "TO_REPAIR", dates.today(), now, actor,
						why != null ? why : line.note());
				item = catalogue.requireItem(item.number());
			}
			made.add(item);
		}
		return made;
	}

	/** Wipes the donor's name and contact now, when they ask. */
	@Transactional
	public void eraseDonor(long donationId, String actor) {
		donation(donationId);
		if (donations.wipeDonor(donationId, clock.instant())) {
			audit.record(actor, "lending-donation", donationId, "donor-erased", "on request");
		}
	}

	/**
	 * Wipes the name and contact of donors whose donation came in longer ago than the
	 * retention. Runs at night, on one node ({@code internal.LendingJobs}).
	 * @return how many donations lost their donor
	 */
	@Transactional
	public int wipeOldDonors() {
		List<Long> wiped = donations.wipeDonorsReceivedBefore(dates.today().minusDays(donorRetentionDays),
				clock.instant());
		wiped.forEach(id -> audit.record("system", "lending-donation", id, "donor-wiped",
				"received more than " + donorRetentionDays + " days ago"));
		if (!wiped.isEmpty()) {
			log.info("Wiped the donor of {} donations received more than {} days ago", wiped.size(),
					donorRetentionDays);
		}
		return wiped.size();
	}

	/**
	 * Donations in and out at the site, one entry per month from {@code from} to
	 * {@code to} (both included, months without any as zeros): things received, sorted to
	 * the catalogue, to repair, discarded, and items retired.
	 */
	public List<DonationCounts> countsPerMonth(long siteId, YearMonth from, YearMonth to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidInput("from", "lending.counts.range");
		}
		Map<YearMonth, DonationCounts> counts = donations.counts(siteId, from.atDay(1), to.atEndOfMonth());
		List<DonationCounts> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(counts.getOrDefault(month, new DonationCounts(month, 0, 0, 0, 0, 0)));
		}
		return months;
	}

	private static String text(String field, String value) {
		if (blank(value)) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > MAX_TEXT) {
			throw new InvalidInput(field, "lending.text.too.long", MAX_TEXT);
		}
		return clean;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
