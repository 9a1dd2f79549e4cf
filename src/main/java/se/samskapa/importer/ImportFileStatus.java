package se.samskapa.importer;

/** Where a file of an import batch stands. */
public enum ImportFileStatus {

	/** Waiting to be read. */
	WAITING,
	/** Could not be read: empty, binary, too large, damaged, an unsupported format. */
	UNREADABLE,
	/** Read, but does not look like minutes. */
	NOT_MINUTES,
	/** Read; something must be decided before it can be saved. */
	NEEDS_REVIEW,
	/** Read and ready to be saved. */
	READY,
	/** The same text was imported before (or earlier in the batch). */
	DUPLICATE,
	/** Saved as a meeting. */
	SAVED,
	/** Left out by the coordinator. */
	SKIPPED;

	/** Whether the file can still be reviewed and saved. */
	public boolean open() {
		return this == NEEDS_REVIEW || this == READY;
	}

}
