package ca.mechanicplatform.consultations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.kernel.Fsa;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * The {@code workshop_exclusion_fsas} table: per workshop, centre FSA and radius, the FSAs of the centroid table within
 * the radius. A set always contains its centre, which therefore marks it as computed. Filling is idempotent
 * ({@code ON CONFLICT DO NOTHING}), so two instances filling the same set at once both succeed.
 */
@Repository
public class WorkshopExclusionFsaRows {

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final Set<String> known = ConcurrentHashMap.newKeySet();

	WorkshopExclusionFsaRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Whether the set was filled. Sets are never changed or removed once filled, so a set seen in the database is
	 * remembered in this instance and not looked up again (a set this instance has not seen is still looked up: another
	 * instance may have filled it, and a fill is only remembered once it has been read back).
	 */
	public boolean has(WorkshopId workshop, Fsa centre, int radiusKm) {
		String key = workshop.value() + ":" + centre.code() + ":" + radiusKm;
		if (known.contains(key)) {
			return true;
		}
		boolean filled = jdbc.sql("SELECT COUNT(*) FROM workshop_exclusion_fsas WHERE workshop_id = ? AND centre_fsa = ? AND radius_km = ? AND fsa = ?")
			.params(workshop.value(), centre.code(), radiusKm, centre.code()).query(Long.class).single() > 0;
		if (filled) {
			known.add(key);
		}
		return filled;
	}

	/** Fills the set in one transaction, so a set whose centre is stored is always complete. */
	@Transactional
	public void fill(WorkshopId workshop, Fsa centre, int radiusKm, Set<Fsa> within) {
		List<Object[]> rows = new ArrayList<>();
		for (Fsa fsa : within) {
			rows.add(new Object[] { workshop.value(), centre.code(), radiusKm, fsa.code() });
		}
		template.batchUpdate("INSERT INTO workshop_exclusion_fsas (workshop_id, centre_fsa, radius_km, fsa) VALUES (?, ?, ?, ?) "
				+ "ON CONFLICT DO NOTHING", rows);
	}

	public List<String> fsas(WorkshopId workshop, Fsa centre, int radiusKm) {
		return jdbc.sql("SELECT fsa FROM workshop_exclusion_fsas WHERE workshop_id = ? AND centre_fsa = ? AND radius_km = ? ORDER BY fsa")
			.params(workshop.value(), centre.code(), radiusKm).query(String.class).list();
	}
}
