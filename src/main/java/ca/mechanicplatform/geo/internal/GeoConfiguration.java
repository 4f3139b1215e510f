package ca.mechanicplatform.geo.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.mechanicplatform.geo.FsaCentroids;
import ca.mechanicplatform.geo.FsaDistances;

/**
 * The centroid table is small, fixed reference data shipped with the application: every instance holds the same
 * immutable copy in memory, and the database holds it too for queries that filter by distance.
 */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

	@Bean
	FsaCentroids fsaCentroids() {
		return FsaCentroids.fromClasspath();
	}

	@Bean
	FsaDistances fsaDistances(FsaCentroids centroids) {
		return new FsaDistances(centroids);
	}
}
