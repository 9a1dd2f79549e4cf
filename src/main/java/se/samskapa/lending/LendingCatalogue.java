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
	 * Addresses under /fritidsbanken/ that are pages, not sites: a site called
	 * "Statistik" gets the address statistik-2.
	 */
	private static final Set<String> RESERVED_SLUGS = Set.of("statistik");

	private final SiteStore sites;

	private final CatalogueStore catalogue;

	private final AuditTrail audit;

	LendingCatalogue(SiteStore sites, CatalogueStore catalogue, AuditTrail audit) {
		this.sites = sites;
		this.catalogue = catalogue;
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
		String cleanName = required("name", name, "lending.site.name.required");
		int days = loanDays == null ? DEFAULT_LOAN_DAYS : loanDays;
		if (days < 1 || days > 365) {
			throw new InvalidInput("loanDays", "lending.site.loan.days.range");
		}
		String base = Slugs.of(cleanName, "fritidsbanken");
		String slug = base;
		for (int i = 2; RESERVED_SLUGS.contains(slug) || sites.slugTaken(slug); i++) {
			slug = base + "-" + i;
		}
		long id = sites.insert(slug, cleanName, blankToNull(address), days);
		audit.record(actor, "lending-site", id, "created", cleanName + ", " + days + " days");
		return requireSite(id);
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
		sites.addClosedDay(siteId, day, blankToNull(reason));
		audit.record(actor, "lending-site", siteId, "closed-day", day + " " + reason);
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
	 * the item says otherwise.
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
		List<String> cleanParts = parts == null ? List.of()
				: parts.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).distinct().toList();
		long id = catalogue.insertItem(siteId, typeId, cleanNumber, cleanBarcode, blankToNull(size),
				condition == null ? Condition.GOOD : condition, cleanParts);
		audit.record(actor, "lending-item", id, "registered", cleanNumber);
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
