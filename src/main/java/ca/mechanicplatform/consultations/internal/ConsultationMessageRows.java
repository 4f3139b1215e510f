package ca.mechanicplatform.consultations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.ConsultationMessage;
import ca.mechanicplatform.consultations.ConsultationPhoto;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code consultation_messages} table: the chat of each consultation, oldest first. */
@Repository
public class ConsultationMessageRows {

	private final JdbcClient jdbc;

	ConsultationMessageRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ConsultationId consultation, UserId sender, boolean fromCustomer, String body, Instant at) {
		jdbc.sql("INSERT INTO consultation_messages (consultation_id, sender_user_id, sender_role, body, sent_at) VALUES (?, ?, ?, ?, ?)")
			.params(consultation.value(), sender.value(), fromCustomer ? "CUSTOMER" : "MECHANIC", body, SqlTime.of(at)).update();
	}

	public void insertPhoto(ConsultationId consultation, UserId sender, boolean fromCustomer, String caption, String contentType,
			byte[] photo, Instant at) {
		jdbc.sql("""
				INSERT INTO consultation_messages (consultation_id, sender_user_id, sender_role, body, photo_content_type, photo, sent_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(consultation.value(), sender.value(), fromCustomer ? "CUSTOMER" : "MECHANIC", caption, contentType, photo,
					SqlTime.of(at))
			.update();
	}

	public Optional<ConsultationPhoto> photo(ConsultationId consultation, long messageId) {
		return jdbc.sql("SELECT photo_content_type, photo FROM consultation_messages WHERE consultation_id = ? AND id = ? AND photo IS NOT NULL")
			.params(consultation.value(), messageId)
			.query((rs, row) -> new ConsultationPhoto(rs.getString("photo_content_type"), rs.getBytes("photo"))).optional();
	}

	public List<ConsultationMessage> of(ConsultationId consultation) {
		return jdbc.sql("""
				SELECT cm.id, cm.consultation_id, cm.sender_role, cm.body, cm.sent_at, cm.photo_content_type, u.display_name
				FROM consultation_messages cm JOIN users u ON u.id = cm.sender_user_id
				WHERE cm.consultation_id = ? ORDER BY cm.id""")
			.param(consultation.value())
			.query((rs, row) -> new ConsultationMessage(rs.getLong("id"), new ConsultationId(rs.getLong("consultation_id")),
					"CUSTOMER".equals(rs.getString("sender_role")), rs.getString("display_name"), rs.getString("body"),
					rs.getString("photo_content_type") != null, SqlTime.instant(rs, "sent_at")))
			.list();
	}
}
