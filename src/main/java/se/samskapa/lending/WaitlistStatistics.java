package se.samskapa.lending;

import java.util.List;

/**
 * What people queued for: the part of "what was asked for but not in" that waitlists
 * know. The statistics page shows "no figures yet" until a bean implements this (the
 * reservations and waitlists work does, in this module).
 */
public interface WaitlistStatistics {

	/** Per item type, the queueing in the period at the scope's sites, the most first. */
	List<Demand> demand(StatisticsScope scope);

	/**
	 * @param category the item type's main category (Vintersport)
	 * @param type the item type (Hockeyskridskor)
	 * @param requests places taken in a waitlist during the period
	 * @param stillWaiting of those, how many are still waiting at the end of the period
	 */
	record Demand(String category, String type, long requests, long stillWaiting) {
	}

}
