package ca.mechanicplatform.kernel;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * Canada's provinces and territories, with the IANA time zone a workshop there gets by default (editable, since
 * several provinces span more than one zone).
 */
public enum Province {

	NL("Newfoundland and Labrador", "America/St_Johns"),
	PE("Prince Edward Island", "America/Halifax"),
	NS("Nova Scotia", "America/Halifax"),
	NB("New Brunswick", "America/Moncton"),
	QC("Quebec", "America/Toronto"),
	ON("Ontario", "America/Toronto"),
	MB("Manitoba", "America/Winnipeg"),
	SK("Saskatchewan", "America/Regina"),
	AB("Alberta", "America/Edmonton"),
	BC("British Columbia", "America/Vancouver"),
	YT("Yukon", "America/Whitehorse"),
	NT("Northwest Territories", "America/Edmonton"),
	NU("Nunavut", "America/Iqaluit");

	private final String displayName;
	private final ZoneId defaultZone;

	Province(String displayName, String zone) {
		this.displayName = displayName;
		this.defaultZone = ZoneId.of(zone);
	}

	public String displayName() {
		return displayName;
	}

	public ZoneId defaultZone() {
		return defaultZone;
	}

	/** Reads a two-letter code, ignoring case and surrounding space. */
	public static Optional<Province> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toUpperCase();
		return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
	}

	/**
	 * Whether a postal code belongs to this province. Nunavut and the Northwest Territories share the letter X, so
	 * each accepts the other's codes.
	 *
	 * @param postalCode a valid Canadian postal code
	 * @return whether an address in this province may carry the postal code
	 */
	public boolean covers(PostalCode postalCode) {
		Province ofPostalCode = ofPostalCode(postalCode);
		boolean northern = (this == NU || this == NT) && (ofPostalCode == NU || ofPostalCode == NT);
		return ofPostalCode == this || northern;
	}

	/**
	 * The province a postal code's first letter belongs to. X covers both the Northwest Territories and Nunavut
	 * (X0A, X0B and X0C are Nunavut).
	 */
	public static Province ofPostalCode(PostalCode postalCode) {
		String fsa = postalCode.fsa().code();
		return switch (fsa.charAt(0)) {
			case 'A' -> NL;
			case 'B' -> NS;
			case 'C' -> PE;
			case 'E' -> NB;
			case 'G', 'H', 'J' -> QC;
			case 'K', 'L', 'M', 'N', 'P' -> ON;
			case 'R' -> MB;
			case 'S' -> SK;
			case 'T' -> AB;
			case 'V' -> BC;
			case 'Y' -> YT;
			case 'X' -> fsa.startsWith("X0A") || fsa.startsWith("X0B") || fsa.startsWith("X0C") ? NU : NT;
			default -> throw new IllegalArgumentException("No province uses postal codes starting with " + fsa.charAt(0));
		};
	}
}
