package se.samskapa.importer;

import java.time.Period;

/**
 * What holds for every file of a batch.
 *
 * @param year the year for dates written without one ({@code --year}), or {@code null}
 * @param groupId the group all the files belong to ({@code --group}), or {@code null} to
 * read it from each title
 * @param publish whether saved minutes are published as approved (old minutes were), or
 * left as drafts to check first
 * @param closeOldActions whether the actions of meetings more than {@link #OLD} ago are
 * saved as dropped: they were followed up (or not) in meetings outside Samskapa, and left
 * open every one of them would come up in the group's next follow-up
 */
public record ImportOptions(Integer year, Long groupId, boolean publish, boolean closeOldActions) {

	/**
	 * How long ago a meeting must be for its actions to count as old: long enough that
	 * the last meeting before a group starts using Samskapa, monthly groups included,
	 * keeps its actions open for the first follow-up.
	 */
	public static final Period OLD = Period.ofMonths(2);

	public static ImportOptions defaults() {
		return new ImportOptions(null, null, true, true);
	}

}
