package se.samskapa.lending;

import java.time.YearMonth;

/**
 * What people asked for that was not in stock: the number of waitlist entries made in a
 * month at a site, per top category. Every entry counts, however it ended (collected,
 * cancelled, expired, or its borrower wiped); no personal data.
 *
 * @param month the month the entries were made (Swedish time)
 * @param category the top category (Vintersport)
 */
public record WaitlistDemand(YearMonth month, long siteId, String siteName, String category, long entries) {

}
