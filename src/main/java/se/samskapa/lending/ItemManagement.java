package se.samskapa.lending;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.ItemStore;
import se.samskapa.lending.internal.PartsLists;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.Dates;
import se.samskapa.shared.RuleViolation;

/**
 * The back office's work on items: finding them, their history, correcting condition,
 * size, note and parts list, sending them to repair and back, and retiring them. Every
 * change is in the audit trail and in the item's own history.
 */
@Service
@Transactional(readOnly = true)
public class ItemManagement {

	public static final int PAGE_SIZE = 100;

	private final LendingCatalogue catalogue;

	private final Holds holds;

	private final ItemStore items;

	private final AuditTrail audit;

	private final Dates dates;

	private final Clock clock;

	ItemManagement(LendingCatalogue catalogue, ItemStore items, Holds holds, AuditTrail audit, Dates dates,
			Clock clock) {
		this.catalogue = catalogue;
		this.holds = holds;
		this.items = items;
		this.audit = audit;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * The site's items whose number, barcode, type, category or size contains the words.
	 * @param status only items with this status; {@code null} for every item in use (not
	 * retired)
	 * @param page from 1
	 */
	public ItemPage search(long siteId, String words, ItemStatus status, int page) {
		int total = items.count(siteId, words, status);
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		return new ItemPage(items.search(siteId, words, status, PAGE_SIZE, (current - 1) * PAGE_SIZE), total, current,
				PAGE_SIZE);
	}

	/**
	 * The item with this number or barcode at the site; another site's is unknown here.
	 */
	public ItemView item(long siteId, String code) {
		ItemView item = catalogue.item(code)
			.filter(i -> i.siteId() == siteId)
			.orElseThrow(() -> new UnknownLendingThing("lending.item.unknown", code));
		return item;
	}

	public ItemDetails details(long siteId, String code) {
		ItemView item = item(siteId, code);
		ItemStore.Origin origin = items.origin(item.id()).orElseThrow();
		return new ItemDetails(item, origin.note(), origin.registeredAt(), origin.donationId(), origin.donatedOn(),
				items.events(item.id()), items.loans(item.id()));
	}

	/**
	 * Corrects what is known about the item. Not for a retired item.
	 * @param parts the parts checked at return, in order
	 */
	@Transactional
	public ItemView edit(long siteId, String code, Condition condition, String size, String note, List<String> parts,
			String actor) {
		ItemDetails before = details(siteId, code);
		ItemView item = before.item();
		if (item.status() == ItemStatus.RETIRED) {
			throw new RuleViolation("lending.item.retired.edit", item.number());
		}
		if (condition == null) {
			throw new InvalidInput("condition", "lending.return.condition.required");
		}
		String cleanSize = text("size", size, 50);
		String cleanNote = text("note", note, 500);
		List<String> cleanParts = PartsLists.clean(parts);
		if (cleanParts.size() > PartsLists.MAX_PARTS) {
			throw new InvalidInput("parts", "lending.parts.too.many", PartsLists.MAX_PARTS);
		}
		List<String> changes = new ArrayList<>();
		if (condition != item.condition()) {
			changes.add("condition " + item.condition() + " -> " + condition);
		}
		if (!Objects.equals(cleanSize, item.size())) {
			changes.add("size " + item.size() + " -> " + cleanSize);
		}
		if (!Objects.equals(cleanNote, before.note())) {
			changes.add("note");
		}
		if (!cleanParts.equals(item.parts())) {
			changes.add("parts " + cleanParts);
		}
		if (changes.isEmpty()) {
			return item;
		}
		items.update(item.id(), condition, cleanSize, cleanNote);
		items.replaceParts(item.id(), cleanParts);
		record(item, "EDITED", String.join("; ", changes), actor);
		return catalogue.requireItem(item.number());
	}

	/** Takes an item off the shelf to be mended; only an item that is in. */
	@Transactional
	public ItemView toRepair(long siteId, String code, String note, String actor) {
		ItemView item = item(siteId, code);
		if (!items.changeStatus(item.id(), List.of(ItemStatus.AVAILABLE), ItemStatus.IN_REPAIR)) {
			throw new RuleViolation("lending.item.repair.not.in", item.number());
		}
		record(item, "TO_REPAIR", text("note", note, 500), actor);
		return catalogue.requireItem(item.number());
	}

	/** Puts a mended item back on the shelf in the condition it is in now. */
	@Transactional
	public ItemView repaired(long siteId, String code, Condition condition, String note, String actor) {
		ItemView item = item(siteId, code);
		if (condition == null) {
			throw new InvalidInput("condition", "lending.return.condition.required");
		}
		if (condition == Condition.BROKEN) {
			throw new InvalidInput("condition", "lending.item.repaired.broken");
		}
		if (!items.changeStatus(item.id(), List.of(ItemStatus.IN_REPAIR), ItemStatus.AVAILABLE)) {
			throw new RuleViolation("lending.item.repaired.not.in.repair", item.number());
		}
		items.setCondition(item.id(), condition);
		String clean = text("note", note, 500);
		record(item, "REPAIRED", clean == null ? condition.name() : condition + ": " + clean, actor);
		// Back on the shelf: someone in the queue for it gets it held.
		holds.offer(item.id(), actor, false);
		return catalogue.requireItem(item.number());
	}

	/**
	 * Takes an item out of use for good, with the reason. Not while it is lent or
	 * reserved: it has to come back, or the reservation be cancelled, first.
	 */
	@Transactional
	public ItemView retire(long siteId, String code, String reason, String actor) {
		ItemView item = item(siteId, code);
		String why = text("reason", reason, 500);
		if (why == null) {
			throw new InvalidInput("reason", "lending.item.retire.reason.required");
		}
		if (!items.changeStatus(item.id(), List.of(ItemStatus.AVAILABLE, ItemStatus.IN_REPAIR), ItemStatus.RETIRED)) {
			ItemStatus now = catalogue.requireItem(item.number()).status();
			throw new RuleViolation(now == ItemStatus.RETIRED ? "lending.item.retired" : "lending.item.retire.not.now",
					item.number());
		}
		record(item, "RETIRED", why, actor);
		return catalogue.requireItem(item.number());
	}

	private void record(ItemView item, String kind, String note, String actor) {
		Instant now = clock.instant();
		items.event(item.id(), item.siteId(), kind, dates.today(), now, actor, note);
		audit.record(actor, "lending-item", item.id(), kind.toLowerCase(Locale.ROOT),
				item.number() + (note == null ? "" : ": " + note));
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			throw new InvalidInput(field, "lending.text.too.long", max);
		}
		return clean;
	}

}
