package ca.mechanicplatform.geo;

import ca.mechanicplatform.kernel.Fsa;
import ca.mechanicplatform.kernel.PostalCode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How far apart two places are, to the precision of their forward sortation areas.
 *
 * <p>The distance between two FSAs is the great-circle distance between their centroids. When either FSA is
 * missing from the centroid table the distance is estimated instead, by the three-bucket rule of the
 * non-compete document: 0 km within the same FSA, {@value #SAME_REGION_ESTIMATE_KM} km between FSAs sharing a
 * first letter, {@value #OTHER_REGION_ESTIMATE_KM} km otherwise. For local exclusion the rule is "when in doubt,
 * protect the workshop": an FSA whose distance is estimated counts as within any radius of an FSA with the same
 * first letter.
 */
public final class FsaDistances {

	/** Estimated distance between two different FSAs with the same first letter, when either lacks a centroid. */
	public static final int SAME_REGION_ESTIMATE_KM = 40;

	/** Estimated distance between two FSAs with different first letters, when either lacks a centroid. */
	public static final int OTHER_REGION_ESTIMATE_KM = 200;

	private final FsaCentroids centroids;

	/**
	 * @param centroids the centroid table to measure with
	 */
	public FsaDistances(FsaCentroids centroids) {
		this.centroids = Objects.requireNonNull(centroids, "centroids");
	}

	/**
	 * A distance between two places.
	 *
	 * @param kilometres the distance, never negative
	 * @param estimated  whether it comes from the fallback rule because an FSA has no centroid, rather than being
	 *                   measured between centroids
	 */
	public record Distance(double kilometres, boolean estimated) {

		/**
		 * @throws IllegalArgumentException if {@code kilometres} is negative, infinite or not a number
		 */
		public Distance {
			if (!(kilometres >= 0) || Double.isInfinite(kilometres)) {
				throw new IllegalArgumentException("A distance must be a finite number of kilometres, at least 0, was "
						+ kilometres);
			}
		}
	}

	/**
	 * The distance between two FSAs: 0 km for the same FSA; the great-circle distance between the centroids when
	 * the table has both; otherwise an estimate of {@value #SAME_REGION_ESTIMATE_KM} km for the same first letter
	 * and {@value #OTHER_REGION_ESTIMATE_KM} km for different first letters. Symmetric in its arguments.
	 *
	 * @param a one FSA
	 * @param b the other FSA
	 * @return the distance, {@linkplain Distance#estimated() estimated} only when a centroid was missing
	 */
	public Distance between(Fsa a, Fsa b) {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		if (a.equals(b)) {
			return new Distance(0, false);
		}
		Optional<FsaCentroid> fromA = centroids.find(a);
		Optional<FsaCentroid> fromB = centroids.find(b);
		if (fromA.isPresent() && fromB.isPresent()) {
			return new Distance(kilometresBetween(fromA.get(), fromB.get()), false);
		}
		boolean sameRegion = a.regionLetter() == b.regionLetter();
		return new Distance(sameRegion ? SAME_REGION_ESTIMATE_KM : OTHER_REGION_ESTIMATE_KM, true);
	}

	/**
	 * The distance between two postal codes, which is the distance between their FSAs as
	 * {@link #between(Fsa, Fsa)} defines it.
	 *
	 * @param a one postal code
	 * @param b the other postal code
	 * @return the distance, {@linkplain Distance#estimated() estimated} only when a centroid was missing
	 */
	public Distance between(PostalCode a, PostalCode b) {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		return between(a.fsa(), b.fsa());
	}

	/**
	 * Whether a customer is local to a workshop: their distance is at most the radius, or it is only an estimate
	 * and both FSAs share a first letter. The second case is "when in doubt, protect the workshop": an FSA without
	 * a centroid in the workshop's region could be next door, so it counts as local whatever the radius. (At the
	 * default 50 km exclusion radius the 40 km estimate gives the same answer.)
	 *
	 * @param workshop the workshop's FSA
	 * @param customer the customer's FSA
	 * @param radiusKm the exclusion radius in kilometres, at least 0
	 * @return whether the customer is within the radius of the workshop
	 * @throws IllegalArgumentException if {@code radiusKm} is negative
	 */
	public boolean isWithin(Fsa workshop, Fsa customer, int radiusKm) {
		requireRadius(radiusKm);
		Distance distance = between(workshop, customer);
		return distance.kilometres() <= radiusKm
				|| (distance.estimated() && workshop.regionLetter() == customer.regionLetter());
	}

	/**
	 * Every FSA of the centroid table that is {@linkplain #isWithin(Fsa, Fsa, int) within} the radius of the
	 * centre, plus the centre itself even when the table lacks it. When the table lacks the centre, every table
	 * FSA sharing its first letter is included (distances from the centre can only be estimated).
	 *
	 * <p>The set names only table FSAs and the centre, so a caller that filters candidates by membership must
	 * still ask {@link #isWithin(Fsa, Fsa, int)} about a candidate FSA missing from the table.
	 *
	 * @param centre   the FSA to measure from
	 * @param radiusKm the radius in kilometres, at least 0
	 * @return the FSAs within the radius, the centre first and then in table order; unmodifiable
	 * @throws IllegalArgumentException if {@code radiusKm} is negative
	 */
	public Set<Fsa> fsasWithin(Fsa centre, int radiusKm) {
		Objects.requireNonNull(centre, "centre");
		requireRadius(radiusKm);
		Set<Fsa> within = new LinkedHashSet<>();
		within.add(centre);
		for (FsaCentroid candidate : centroids.all()) {
			if (isWithin(centre, candidate.fsa(), radiusKm)) {
				within.add(candidate.fsa());
			}
		}
		return Collections.unmodifiableSet(within);
	}

	private static double kilometresBetween(FsaCentroid a, FsaCentroid b) {
		return GreatCircle.kilometresBetween(a.latitude(), a.longitude(), b.latitude(), b.longitude());
	}

	private static void requireRadius(int radiusKm) {
		if (radiusKm < 0) {
			throw new IllegalArgumentException("A radius must be at least 0 km, was " + radiusKm);
		}
	}
}
