package se.samskapa.groups;

/** A member's role in a group. */
public enum GroupRole {

	/** Leads the meetings and approves (justerar) the minutes. */
	CHAIR,
	/** Usually writes the minutes. */
	NOTE_TAKER,
	/** Takes part. */
	MEMBER;

	/** Chairs and note-takers may write and change the group's minutes. */
	public boolean mayWriteMinutes() {
		return this == CHAIR || this == NOTE_TAKER;
	}

}
