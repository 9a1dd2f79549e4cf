package se.samskapa.meetings;

/** The two parts of a meeting described in seed 001: a theme part and a general part. */
public enum AgendaPart {

	THEME, GENERAL

}
