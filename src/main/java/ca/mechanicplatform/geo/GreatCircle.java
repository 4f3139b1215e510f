package ca.mechanicplatform.geo;

/**
 * Distances over the Earth's surface, treating it as a sphere.
 */
public final class GreatCircle {

	/** The IUGG mean Earth radius, in kilometres. */
	public static final double MEAN_EARTH_RADIUS_KM = 6371.0088;

	private GreatCircle() {
	}

	/**
	 * The great-circle distance between two points by the haversine formula. On a spherical Earth it errs by at
	 * most about 0.5% against the ellipsoid, far finer than an FSA centroid stands for.
	 *
	 * @param lat1 latitude of the first point, in degrees
	 * @param lon1 longitude of the first point, in degrees
	 * @param lat2 latitude of the second point, in degrees
	 * @param lon2 longitude of the second point, in degrees
	 * @return the distance in kilometres, never negative; 0 for the same point
	 */
	public static double kilometresBetween(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double deltaPhi = Math.toRadians(lat2 - lat1);
		double deltaLambda = Math.toRadians(lon2 - lon1);
		double sinHalfDeltaPhi = Math.sin(deltaPhi / 2);
		double sinHalfDeltaLambda = Math.sin(deltaLambda / 2);
		double h = sinHalfDeltaPhi * sinHalfDeltaPhi
				+ Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
		// Rounding can push h a hair above 1 for antipodal points, where asin would return NaN.
		return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, h)));
	}
}
