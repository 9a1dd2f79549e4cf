package se.samskapa.groups;

/** Which ISO weeks a rule applies to. */
public enum WeekParity {

	EVERY, EVEN, ODD;

	public boolean includes(int isoWeek) {
		return switch (this) {
			case EVERY -> true;
			case EVEN -> isoWeek % 2 == 0;
			case ODD -> isoWeek % 2 == 1;
		};
	}

}
