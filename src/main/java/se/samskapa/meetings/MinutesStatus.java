package se.samskapa.meetings;

/**
 * Where minutes are in their life: draft (members only), approved (justerat), published
 * (public).
 */
public enum MinutesStatus {

	DRAFT, APPROVED, PUBLISHED

}
