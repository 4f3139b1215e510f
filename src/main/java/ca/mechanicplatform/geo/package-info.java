/**
 * FSA centroids and distances: owns the centroid reference data (shipped as {@code /geo/fsa_centroids.csv}) and
 * answers how far apart two forward sortation areas are and which FSAs lie within a radius of a point. Depends
 * only on the kernel.
 */
package ca.mechanicplatform.geo;
