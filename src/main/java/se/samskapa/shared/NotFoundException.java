package se.samskapa.shared;

/** Something asked for does not exist (or must not be revealed); shown as a 404 page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String what, Object id) {
		return new NotFoundException("No " + what + " " + id);
	}

}
