package ca.mechanicplatform.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.geo.FsaCentroid;
import ca.mechanicplatform.geo.FsaCentroids;

/**
 * Flyway migration 2: fills {@code fsa_centroids} from the CSV shipped in the application, the same file the
 * in-memory lookup reads, so the two never disagree. Its checksum is the file's CRC, so an edited file is noticed.
 */
@Component
class LoadFsaCentroidsMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "load fsa centroids";
	}

	@Override
	public Integer getChecksum() {
		try (InputStream in = csv()) {
			CRC32 crc = new CRC32();
			crc.update(in.readAllBytes());
			return (int) crc.getValue();
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read " + FsaCentroids.CLASSPATH_RESOURCE, e);
		}
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		FsaCentroids centroids = FsaCentroids.fromClasspath();
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement("INSERT INTO fsa_centroids (fsa, latitude, longitude, province, place) VALUES (?, ?, ?, ?, ?)")) {
			for (FsaCentroid centroid : centroids.all()) {
				insert.setString(1, centroid.fsa().code());
				insert.setDouble(2, centroid.latitude());
				insert.setDouble(3, centroid.longitude());
				insert.setString(4, centroid.province());
				insert.setString(5, centroid.place());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static InputStream csv() {
		InputStream in = LoadFsaCentroidsMigration.class.getResourceAsStream(FsaCentroids.CLASSPATH_RESOURCE);
		if (in == null) {
			throw new IllegalStateException(FsaCentroids.CLASSPATH_RESOURCE + " is missing from the application");
		}
		return in;
	}
}
