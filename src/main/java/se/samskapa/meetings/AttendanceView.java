package se.samskapa.meetings;

/**
 * Someone's attendance, as the minutes show it.
 *
 * @param personId who
 * @param name their name
 * @param organisation the organisation or role written after the name
 * @param status present or absent
 * @param guest a guest rather than a member
 */
public record AttendanceView(long personId, String name, String organisation, AttendanceStatus status, boolean guest) {

	/** "David Bergström, socialförvaltningen". */
	public String label() {
		return organisation == null || organisation.isBlank() ? name : name + ", " + organisation;
	}

}
