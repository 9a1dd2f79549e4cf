package se.samskapa.lending;

import java.time.LocalDate;
import java.util.List;

/**
 * A batch of donated things received at a site on one day. The donor is anonymous unless
 * a name or a contact was given; both are wiped after the retention.
 *
 * @param donorWiped the donor's name and contact were wiped (by the retention or on
 * request)
 */
public record Donation(long id, long siteId, LocalDate receivedOn, String donorName, String donorContact,
		boolean donorWiped, String receivedBy, List<DonationLine> lines) {

	public boolean anonymous() {
		return donorName == null && donorContact == null;
	}

	public int things() {
		return lines.stream().mapToInt(DonationLine::count).sum();
	}

	/** How many things still wait to be sorted. */
	public int untriaged() {
		return lines.stream().mapToInt(DonationLine::remaining).sum();
	}

	public DonationLine line(long lineId) {
		return lines.stream()
			.filter(l -> l.id() == lineId)
			.findFirst()
			.orElseThrow(() -> new UnknownLendingThing("lending.donation.line.unknown", lineId));
	}

}
