package ca.mechanicplatform.workshops.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.WorkshopPhoto;

/** The {@code workshop_photos} table, read with each photo's file name. */
@Repository
public class WorkshopPhotoRows {

	private static final String SELECT = """
			SELECT p.id, p.workshop_id, p.document_id, d.original_name, p.created_at
			FROM workshop_photos p JOIN stored_documents d ON d.id = p.document_id
			""";

	private final JdbcClient jdbc;

	WorkshopPhotoRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(WorkshopId workshop, DocumentId document, Instant at) {
		jdbc.sql("INSERT INTO workshop_photos (workshop_id, document_id, created_at) VALUES (?, ?, ?)")
			.params(workshop.value(), document.value(), SqlTime.of(at)).update();
	}

	public List<WorkshopPhoto> of(WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE p.workshop_id = ? ORDER BY p.created_at, p.id").param(workshop.value())
			.query((rs, row) -> new WorkshopPhoto(rs.getLong("id"), new DocumentId(rs.getLong("document_id")),
					rs.getString("original_name"), SqlTime.instant(rs, "created_at")))
			.list();
	}

	/** The photo, if it is this workshop's. */
	public Optional<WorkshopPhoto> find(WorkshopId workshop, long id) {
		return jdbc.sql(SELECT + " WHERE p.id = ? AND p.workshop_id = ?").params(id, workshop.value())
			.query((rs, row) -> new WorkshopPhoto(rs.getLong("id"), new DocumentId(rs.getLong("document_id")),
					rs.getString("original_name"), SqlTime.instant(rs, "created_at")))
			.optional();
	}

	public int count(WorkshopId workshop) {
		return jdbc.sql("SELECT COUNT(*) FROM workshop_photos WHERE workshop_id = ?").param(workshop.value())
			.query(Integer.class).single();
	}

	public void delete(long id) {
		jdbc.sql("DELETE FROM workshop_photos WHERE id = ?").param(id).update();
	}
}
