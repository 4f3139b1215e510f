package ca.mechanicplatform.partnerships;

/**
 * What a mechanic searches the marketplace with; every field is optional. {@code maxDistanceKm} and the
 * {@code DISTANCE} sort measure from the mechanic's own postal code. Pages start at 1; {@code after}, the previous
 * page's {@link BrowsePage#next() next} token, takes the page right after that one instead of counting {@code page}
 * pages from the start (the way to read deep into the results).
 */
public record BrowseQuery(String text, ProgramType type, Integer maxDistanceKm, String province, String city,
		String maxHourlyRate, String maxMonthlyFee, Integer minMechanicSharePercent, String service, Sort sort,
		Integer page, Integer size, String after) {

	/** Result orders. */
	public enum Sort {
		NEWEST, DISTANCE, BEST_SHARE
	}

	public static BrowseQuery everything() {
		return new BrowseQuery(null, null, null, null, null, null, null, null, null, Sort.NEWEST, 1, 20, null);
	}
}
