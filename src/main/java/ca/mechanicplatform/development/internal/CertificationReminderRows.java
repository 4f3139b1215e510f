package ca.mechanicplatform.development.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.mechanics.CertificationId;

/** The {@code certification_reminders} table: the expiry reminders already sent, one per certificate, expiry date and threshold. */
@Repository
public class CertificationReminderRows {

	/** A reminder sent. */
	public record Sent(CertificationId certificationId, LocalDate expiresOn, int thresholdDays, Instant sentAt) {
	}

	private final JdbcClient jdbc;

	CertificationReminderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the reminder: {@code true} for the one caller that inserted the row, {@code false} when it exists already.
	 * A concurrent claim of the same reminder waits on the primary key until the first transaction ends.
	 */
	public boolean claim(CertificationId certification, LocalDate expiresOn, int thresholdDays, MechanicId mechanic, Instant now) {
		return jdbc.sql("""
				INSERT INTO certification_reminders (certification_id, expires_on, threshold_days, mechanic_id, sent_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(certification.value(), expiresOn, thresholdDays, mechanic.value(), SqlTime.of(now))
			.update() == 1;
	}

	public List<Sent> of(MechanicId mechanic) {
		return jdbc.sql("""
				SELECT certification_id, expires_on, threshold_days, sent_at FROM certification_reminders
				WHERE mechanic_id = ? ORDER BY sent_at""")
			.param(mechanic.value())
			.query((rs, row) -> new Sent(new CertificationId(rs.getLong("certification_id")),
					rs.getObject("expires_on", LocalDate.class), rs.getInt("threshold_days"), SqlTime.instant(rs, "sent_at")))
			.list();
	}
}
