package ca.mechanicplatform.workshops;

import java.time.ZoneId;
import java.util.List;

/** The IANA time zones in use in Canada, from east to west; a workshop's zone must be one of them. */
public final class CanadianTimeZones {

	public static final List<String> IDS = List.of(
			"America/St_Johns", "America/Halifax", "America/Glace_Bay", "America/Moncton", "America/Goose_Bay",
			"America/Blanc-Sablon", "America/Toronto", "America/Iqaluit", "America/Atikokan", "America/Winnipeg",
			"America/Rankin_Inlet", "America/Resolute", "America/Regina", "America/Swift_Current", "America/Edmonton",
			"America/Cambridge_Bay", "America/Inuvik", "America/Creston", "America/Dawson_Creek",
			"America/Fort_Nelson", "America/Whitehorse", "America/Dawson", "America/Vancouver");

	private CanadianTimeZones() {
	}

	public static boolean contains(String id) {
		return id != null && IDS.contains(id.trim());
	}

	public static ZoneId of(String id) {
		return ZoneId.of(id.trim());
	}
}
