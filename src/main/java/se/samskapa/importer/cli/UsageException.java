package se.samskapa.importer.cli;

/**
 * A mistake in the command, told as a message key: exit code 2, never a stack trace.
 */
final class UsageException extends RuntimeException {

	private final String key;

	private final transient Object[] arguments;

	private final boolean showUsage;

	private UsageException(boolean showUsage, String key, Object... arguments) {
		super(key, null, false, false);
		this.key = key;
		this.arguments = arguments;
		this.showUsage = showUsage;
	}

	/** A wrong option: the usage text follows the message. */
	static UsageException option(String key, Object... arguments) {
		return new UsageException(true, key, arguments);
	}

	/**
	 * Right options, wrong values (a missing file, an unknown group): the message only.
	 */
	static UsageException value(String key, Object... arguments) {
		return new UsageException(false, key, arguments);
	}

	String key() {
		return this.key;
	}

	Object[] arguments() {
		return this.arguments;
	}

	boolean showUsage() {
		return this.showUsage;
	}

}
