package ca.mechanicplatform.geo;

import ca.mechanicplatform.kernel.Fsa;
import java.util.Objects;

/**
 * The geographic centre of a forward sortation area.
 *
 * @param fsa       the forward sortation area
 * @param latitude  degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180 (negative across Canada)
 * @param province  the two-letter province or territory code, e.g. {@code "ON"}
 * @param place     a human-readable name of the area, e.g. {@code "Downtown Montreal East"}
 */
public record FsaCentroid(Fsa fsa, double latitude, double longitude, String province, String place) {

	/**
	 * @throws NullPointerException     if any reference component is null
	 * @throws IllegalArgumentException if the latitude or longitude is out of range
	 */
	public FsaCentroid {
		Objects.requireNonNull(fsa, "fsa");
		Objects.requireNonNull(province, "province");
		Objects.requireNonNull(place, "place");
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("Latitude of " + fsa + " must be between -90 and 90, was " + latitude);
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException(
					"Longitude of " + fsa + " must be between -180 and 180, was " + longitude);
		}
	}
}
