package ca.mechanicplatform.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.documents.DocumentKind;
import ca.mechanicplatform.documents.DocumentType;
import ca.mechanicplatform.documents.StoredDocument;
import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code stored_documents} table. Descriptions are read without the content column. */
@Repository
public class StoredDocumentRows {

	private static final String SELECT = """
			SELECT id, owner_user_id, kind, original_name, content_type, size_bytes, sha256, created_at
			FROM stored_documents
			""";

	private final JdbcClient jdbc;

	StoredDocumentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public DocumentId insert(UserId owner, DocumentKind kind, String originalName, DocumentType type, byte[] content,
			String sha256, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO stored_documents (owner_user_id, kind, original_name, content_type, size_bytes, sha256, content,
				                              created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(owner.value(), kind.name(), originalName, type.contentType(), (long) content.length, sha256, content,
					SqlTime.of(createdAt))
			.update(keys, "id");
		return new DocumentId(keys.getKey().longValue());
	}

	public Optional<StoredDocument> find(DocumentId id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(StoredDocumentRows::document).optional();
	}

	public byte[] content(DocumentId id) {
		return jdbc.sql("SELECT content FROM stored_documents WHERE id = ?").param(id.value())
			.query((rs, row) -> rs.getBytes("content")).optional()
			.orElseThrow(() -> NotFoundException.of("Document", id));
	}

	public void delete(DocumentId id) {
		jdbc.sql("DELETE FROM stored_documents WHERE id = ?").param(id.value()).update();
	}

	static StoredDocument document(ResultSet rs, int row) throws SQLException {
		return new StoredDocument(new DocumentId(rs.getLong("id")), new UserId(rs.getLong("owner_user_id")),
				DocumentKind.valueOf(rs.getString("kind")), rs.getString("original_name"),
				DocumentType.ofContentType(rs.getString("content_type")), rs.getLong("size_bytes"),
				rs.getString("sha256").trim(), SqlTime.instant(rs, "created_at"));
	}
}
