package ca.mechanicplatform.kernel;

/**
 * Thrown when an object does not exist <em>or belongs to someone else</em>: both answer "not found", so another
 * tenant's objects are never revealed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String what, Object id) {
		return new NotFoundException(what + " " + id + " was not found");
	}
}
