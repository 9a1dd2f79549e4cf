package se.samskapa.lending;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samskapa.lending.internal.CatalogueStore;
import se.samskapa.lending.internal.SiteStore;
import se.samskapa.shared.AuditTrail;
import se.samskapa.shared.RuleViolation;
import se.samskapa.shared.Slugs;

/**
 * Fritidsbanken's sites (opening hours, closed days, loan period) and catalogue
 * (categories, item types, the items themselves), and what is available now.
 */
@Service
@Transactional(readOnly = true)
public class LendingCatalogue {

	/** The rule of every Fritidsbanken, unless a site decides otherwise. */
	public static final int DEFAULT_LOAN_DAYS = 14;

	/**
	 * Addresses under /fritidsbanken that are pages of their own, never a site's: a site
	 * called "Statistik" gets the address statistik-2.
	 */
	private static final Set<String> RESERVED_SLUGS = Set.of("admin", "mina-uppgifter", "statistik");

	private static final int MAX_NAME = 100;

	private static final int MAX_ADDRESS = 200;

	private final SiteStore sites;

	private final CatalogueStore catalogue;

	private final Holds holds;

	private final AuditTrail audit;

	LendingCatalogue(SiteStore sites, CatalogueStore catalogue, Holds holds, AuditTrail audit) {
		this.sites = sites;
		this.catalogue = catalogue;
		this.holds = holds;
		this.audit = audit;
	}

	public List<SiteView> sites() {
		return sites.all();
	}

	public Optional<SiteView> site(long id) {
		return sites.find(id);
	}

	public Optional<SiteView> siteBySlug(String slug) {
		return sites.findBySlug(slug);
	}

	public SiteView requireSite(long id) {
		return sites.find(id).orElseThrow(() -> new UnknownLendingThing("lending.site.unknown", id));
	}

	@Transactional
	public SiteView createSite(String name, String address, Integer loanDays, String actor) {
		String cleanName = siteName(name);
		int days = loanDays(loanDays == null ? DEFAULT_LOAN_DAYS : loanDays);
		String base = Slugs.of(cleanName, "fritidsbanken");
		String slug = base;
		for (int i = 2; sites.slugTaken(slug) || RESERVED_SLUGS.contains(slug); i++) {
			slug = base + "-" + i;
		}
		long id = sites.insert(slug, cleanName, address(address), days);
		audit.record(actor, "lending-site", id, "created", cleanName + ", " + days + " days");
		return requireSite(id);
	}

	/**
	 * Changes a site's name, address and loan period. Its address on the web (the slug)
	 * stays, so that links and printed QR codes keep working.
	 */
	@Transactional
	public SiteView updateSite(long siteId, String name, String address, Integer loanDays, String actor) {
		SiteView before = requireSite(siteId);
		String cleanName = siteName(name);
		if (loanDays == null) {
			throw new InvalidInput("loanDays", "lending.site.loan.days.range");
		}
		int days = loanDays(loanDays);
		String cleanAddress = address(address);
		sites.update(siteId, cleanName, cleanAddress, days);
		audit.record(actor, "lending-site", siteId, "updated",
				before.name() + " -> " + cleanName + ", " + before.loanDays() + " -> " + days + " days");
		return requireSite(siteId);
	}

	@Transactional
	public SiteView setOpeningHours(long siteId, List<OpeningHours> hours, String actor) {
		requireSite(siteId);
		if (hours.stream().anyMatch(h -> !h.closes().isAfter(h.opens()))) {
			throw new InvalidInput("hours", "lending.site.hours.order");
		}
		if (new LinkedHashSet<>(hours.stream().map(OpeningHours::day).toList()).size() != hours.size()) {
			throw new InvalidInput("hours", "lending.site.hours.twice");
		}
		sites.replaceHours(siteId, hours);
		audit.record(actor, "lending-site", siteId, "opening-hours", hours.toString());
		return requireSite(siteId);
	}

	@Transactional
	public void addClosedDay(long siteId, LocalDate day, String reason, String actor) {
		requireSite(siteId);
		if (day == null) {
			throw new InvalidInput("day", "lending.site.closed.day.required");
		}
		if (reason != null && reason.trim().length() > MAX_NAME) {
			throw new InvalidInput("reason", "lending.site.closed.reason.too.long", MAX_NAME);
		}
		sites.addClosedDay(siteId, day, blankToNull(reason));
		audit.record(actor, "lending-site", siteId, "closed-day", day + " " + reason);
	}

	@Transactional
	public void removeClosedDay(long siteId, LocalDate day, String actor) {
		requireSite(siteId);
		if (sites.removeClosedDay(siteId, day)) {
			audit.record(actor, "lending-site", siteId, "closed-day-removed", day.toString());
		}
	}

	/** The site's closed days from the day on, with their reasons. */
	public List<ClosedDay> closedDays(long siteId, LocalDate from) {
		return sites.closedDays(siteId, from);
	}

	/**
	 * The category (under the parent category, if one is named), created the first time.
	 */
	@Transactional
	public long category(String parent, String name) {
		Long parentId = parent == null ? null : catalogue.category(null, parent.trim());
		return catalogue.category(parentId, required("name", name, "lending.category.name.required"));
	}

	@Transactional
	public long itemType(long categoryId, String name) {
		return catalogue.itemType(categoryId, required("name", name, "lending.type.name.required"));
	}

	/**
	 * Registers a physical item. Its barcode encodes its number unless a label already on
	 * the item says otherwise. If someone waits for its type and size, it is held for the
	 * first of them at once.
	 * @param parts its parts list, or {@code null} for the type's default parts
	 */
	@Transactional
	public ItemView registerItem(long siteId, long typeId, String number, String barcode, String size,
			Condition condition, List<String> parts, String actor) {
		requireSite(siteId);
		if (!catalogue.itemTypeExists(typeId)) {
			throw new UnknownLendingThing("lending.type.unknown", typeId);
		}
		String cleanNumber = required("number", number, "lending.item.number.required");
		String cleanBarcode = barcode == null || barcode.isBlank() ? cleanNumber : barcode.trim();
		if (catalogue.codeTaken(cleanNumber) || catalogue.codeTaken(cleanBarcode)) {
			throw new RuleViolation("lending.item.number.taken", cleanNumber);
		}
		List<String> cleanParts = parts == null ? catalogue.defaultParts(typeId)
				: parts.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).distinct().toList();
		long id = catalogue.insertItem(siteId, typeId, cleanNumber, cleanBarcode, blankToNull(size),
				condition == null ? Condition.GOOD : condition, cleanParts);
		audit.record(actor, "lending-item", id, "registered", cleanNumber);
		holds.offer(id, actor, false);
		return catalogue.item(id).orElseThrow();
	}

	/** The site's items still in use (not retired), in number order. */
	public List<ItemView> items(SiteView site) {
		return catalogue.itemsOf(site.id());
	}

	/** The item a scanner or a person typed: its number (any case) or barcode value. */
	public Optional<ItemView> item(String code) {
		return code == null || code.isBlank() ? Optional.empty() : catalogue.itemByCode(code.trim());
	}

	public ItemView requireItem(String code) {
		return item(code).orElseThrow(() -> new UnknownLendingThing("lending.item.unknown", code));
	}

	/** Per site, item type and size; every site when no site is given. */
	public List<Availability> availability(String siteSlug) {
		return catalogue.availability(blankToNull(siteSlug));
	}

	private static String siteName(String name) {
		String clean = required("name", name, "lending.site.name.required");
		if (clean.length() > MAX_NAME) {
			throw new InvalidInput("name", "lending.site.name.too.long", MAX_NAME);
		}
		return clean;
	}

	private static String address(String address) {
		String clean = blankToNull(address);
		if (clean != null && clean.length() > MAX_ADDRESS) {
			throw new InvalidInput("address", "lending.site.address.too.long", MAX_ADDRESS);
		}
		return clean;
	}

	private static int loanDays(int days) {
		if (days < 1 || days > 365) {
			throw new InvalidInput("loanDays", "lending.site.loan.days.range");
		}
		return days;
	}

	private static String required(String field, String value, String messageKey) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, messageKey);
		}
		return value.trim();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
