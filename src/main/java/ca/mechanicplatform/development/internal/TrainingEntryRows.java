package ca.mechanicplatform.development.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.development.TrainingCategory;
import ca.mechanicplatform.development.TrainingEntry;
import ca.mechanicplatform.development.YearlyHours;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;

/**
 * The {@code training_entries} table. Every query names the mechanic, so one mechanic's id never reaches another's
 * entry.
 */
@Repository
public class TrainingEntryRows {

	/** An entry's fields, already checked. */
	public record Fields(String title, String provider, LocalDate completedOn, BigDecimal hours, TrainingCategory category,
			String note, String documentUrl) {
	}

	private static final String SELECT = """
			SELECT id, mechanic_id, title, provider, completed_on, hours_spent, category, note, document_url, created_at, updated_at
			FROM training_entries
			""";

	private final JdbcClient jdbc;

	TrainingEntryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(MechanicId mechanic, Fields f, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO training_entries (mechanic_id, title, provider, completed_on, hours_spent, category, note, document_url,
				                              created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mechanic.value(), f.title(), f.provider(), f.completedOn(), f.hours(), f.category().name(), f.note(),
					f.documentUrl(), SqlTime.of(now), SqlTime.of(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Changes the mechanic's entry; {@code false} when they have no entry with that id. */
	public boolean update(MechanicId mechanic, long id, Fields f, Instant now) {
		return jdbc.sql("""
				UPDATE training_entries SET title = ?, provider = ?, completed_on = ?, hours_spent = ?, category = ?, note = ?,
				       document_url = ?, updated_at = ?
				WHERE id = ? AND mechanic_id = ?""")
			.params(f.title(), f.provider(), f.completedOn(), f.hours(), f.category().name(), f.note(), f.documentUrl(),
					SqlTime.of(now), id, mechanic.value())
			.update() == 1;
	}

	/** Deletes the mechanic's entry; {@code false} when they have no entry with that id. */
	public boolean delete(MechanicId mechanic, long id) {
		return jdbc.sql("DELETE FROM training_entries WHERE id = ? AND mechanic_id = ?").params(id, mechanic.value()).update() == 1;
	}

	public Optional<TrainingEntry> find(MechanicId mechanic, long id) {
		return jdbc.sql(SELECT + " WHERE id = ? AND mechanic_id = ?").params(id, mechanic.value()).query(TrainingEntryRows::entry)
			.optional();
	}

	/** The mechanic's entries, most recently completed first. */
	public List<TrainingEntry> of(MechanicId mechanic) {
		return jdbc.sql(SELECT + " WHERE mechanic_id = ? ORDER BY completed_on DESC, id DESC").param(mechanic.value())
			.query(TrainingEntryRows::entry).list();
	}

	/** Hours and number of trainings per calendar year of completion, newest year first. */
	public List<YearlyHours> hoursPerYear(MechanicId mechanic) {
		return jdbc.sql("""
				SELECT EXTRACT(YEAR FROM completed_on) AS training_year, SUM(hours_spent) AS total_hours, COUNT(*) AS trainings
				FROM training_entries
				WHERE mechanic_id = ?
				GROUP BY EXTRACT(YEAR FROM completed_on)
				ORDER BY training_year DESC""")
			.param(mechanic.value())
			.query((rs, row) -> new YearlyHours(rs.getInt("training_year"), rs.getBigDecimal("total_hours").setScale(2),
					rs.getInt("trainings")))
			.list();
	}

	private static TrainingEntry entry(ResultSet rs, int row) throws SQLException {
		return new TrainingEntry(rs.getLong("id"), new MechanicId(rs.getLong("mechanic_id")), rs.getString("title"),
				rs.getString("provider"), rs.getObject("completed_on", LocalDate.class), rs.getBigDecimal("hours_spent").setScale(2),
				TrainingCategory.valueOf(rs.getString("category")), rs.getString("note"), rs.getString("document_url"),
				SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "updated_at"));
	}
}
