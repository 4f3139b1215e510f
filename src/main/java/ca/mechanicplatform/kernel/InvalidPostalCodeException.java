package ca.mechanicplatform.kernel;

import java.io.Serial;

/**
 * Thrown when text is not a Canadian postal code or forward sortation area. The message names the problem in
 * words fit to show the person who typed it, e.g. "Canadian postal codes never start with W or Z".
 */
public class InvalidPostalCodeException extends IllegalArgumentException {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * @param message what is wrong with the input, fit to show the person who typed it
	 */
	public InvalidPostalCodeException(String message) {
		super(message);
	}
}
