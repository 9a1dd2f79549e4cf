package se.samskapa.importer;

/** Told of each file as it is read, for progress lines on the command line. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total, name, status) -> {
	};

	/**
	 * @param done how many files have been read, this one included
	 * @param total how many there are
	 * @param name this file's name
	 * @param status what came of it
	 */
	void read(int done, int total, String name, ImportFileStatus status);

}
