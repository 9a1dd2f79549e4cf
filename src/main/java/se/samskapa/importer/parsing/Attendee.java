package se.samskapa.importer.parsing;

/**
 * One entry of a present or absent list, as written.
 *
 * @param name the name as written, or {@code null} where only an organisation attended
 * @param organisation the organisation or role written with the name
 * ("socialförvaltningen", "Ria/G7", "brukarmentor"), or {@code null}
 * @param remark a parenthesised remark that is not an organisation ("antecknar", "via
 * Teams"), or {@code null}
 * @param resolution the name matched against the directory; {@code null} without a name
 */
public record Attendee(String name, String organisation, String remark, Resolution resolution) {

	public boolean isOrganisationOnly() {
		return this.name == null;
	}

}
