package ca.mechanicplatform.consultations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many of a mechanic's sessions were rated with each number of stars. */
public record RatingCounts(long oneStar, long twoStars, long threeStars, long fourStars, long fiveStars) {

	public long count() {
		return oneStar + twoStars + threeStars + fourStars + fiveStars;
	}

	public long starsTotal() {
		return oneStar + 2 * twoStars + 3 * threeStars + 4 * fourStars + 5 * fiveStars;
	}

	/** The average number of stars to two decimals (half up), or {@code null} without ratings. */
	public BigDecimal average() {
		long count = count();
		return count == 0 ? null : BigDecimal.valueOf(starsTotal()).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}
}
