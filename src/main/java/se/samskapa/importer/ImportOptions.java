package se.samskapa.importer;

/**
 * What holds for every file of a batch.
 *
 * @param year the year for dates written without one ({@code --year}), or {@code null}
 * @param groupId the group all the files belong to ({@code --group}), or {@code null} to
 * read it from each title
 * @param publish whether saved minutes are published as approved (old minutes were), or
 * left as drafts to check first
 */
public record ImportOptions(Integer year, Long groupId, boolean publish) {

	public static ImportOptions defaults() {
		return new ImportOptions(null, null, true);
	}

}
