package ca.mechanicplatform.mechanics;

import java.util.Arrays;

/**
 * What a workshop employee may do while not clocked in: serve only customers outside the workshop's exclusion
 * radius (the default), serve everyone under a signed revenue-share agreement, or nothing at all.
 */
public enum OffShiftMode {

	LOCAL_EXCLUSION("local_exclusion", "Local exclusion"),
	REVENUE_SHARE("revenue_share", "Revenue share"),
	BLOCKED("blocked", "Blocked");

	private final String code;
	private final String label;

	OffShiftMode(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The value stored in {@code mechanics.off_shift_mode}. */
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static OffShiftMode fromCode(String code) {
		return Arrays.stream(values()).filter(mode -> mode.code.equals(code)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown off-shift mode: " + code));
	}
}
