package se.samskapa.lending;

import java.util.List;

/**
 * One physical item: its own number, the value its barcode label encodes, what it is and
 * what state it is in.
 *
 * @param parts the parts checked at return (a tent's poles and pegs), often none
 */
public record ItemView(long id, String number, String barcode, long siteId, long typeId, String category,
		String typeName, String size, Condition condition, ItemStatus status, List<String> parts) {

	/** "Tält, 4 personer" or "Skridskor, 38": what a receipt and a counter show. */
	public String description() {
		return size == null ? typeName : typeName + ", " + size;
	}

}
