package ca.mechanicplatform.workshops.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.EmployeeInvitation;
import ca.mechanicplatform.workshops.InvitationStatus;

/** The {@code employee_invitations} table, read with the inviting workshop's name and city. */
@Repository
public class EmployeeInvitationRows {

	private static final String SELECT = """
			SELECT i.id, i.workshop_id, w.name AS workshop_name, w.city AS workshop_city, i.email, i.token, i.status,
			       i.created_at, i.responded_at, i.mechanic_id
			FROM employee_invitations i JOIN workshops w ON w.id = i.workshop_id
			""";

	private final JdbcClient jdbc;

	EmployeeInvitationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(WorkshopId workshop, String email, String token, UserId invitedBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO employee_invitations (workshop_id, email, token, status, invited_by, created_at)
				VALUES (?, ?, ?, 'PENDING', ?, ?)""")
			.params(workshop.value(), email, token, invitedBy.value(), SqlTime.of(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<EmployeeInvitation> find(long id) {
		return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query(EmployeeInvitationRows::invitation).optional();
	}

	public Optional<EmployeeInvitation> findByToken(String token) {
		return jdbc.sql(SELECT + " WHERE i.token = ?").param(token).query(EmployeeInvitationRows::invitation).optional();
	}

	public List<EmployeeInvitation> ofWorkshop(WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE i.workshop_id = ? ORDER BY i.created_at DESC, i.id DESC").param(workshop.value())
			.query(EmployeeInvitationRows::invitation).list();
	}

	public List<EmployeeInvitation> toEmail(String email) {
		return jdbc.sql(SELECT + " WHERE i.email = ? ORDER BY i.created_at DESC, i.id DESC").param(email)
			.query(EmployeeInvitationRows::invitation).list();
	}

	public boolean pendingExists(WorkshopId workshop, String email) {
		return jdbc.sql("SELECT COUNT(*) FROM employee_invitations WHERE workshop_id = ? AND email = ? AND status = 'PENDING'")
			.params(workshop.value(), email).query(Long.class).single() > 0;
	}

	/** Answers a pending invitation; false if it was not pending any more (someone answered it first). */
	public boolean respond(long id, InvitationStatus status, Instant at, MechanicId mechanic) {
		return jdbc.sql("UPDATE employee_invitations SET status = ?, responded_at = ?, mechanic_id = ? WHERE id = ? AND status = 'PENDING'")
			.params(status.name(), SqlTime.of(at), mechanic == null ? null : mechanic.value(), id).update() == 1;
	}

	static EmployeeInvitation invitation(ResultSet rs, int row) throws SQLException {
		long mechanic = rs.getLong("mechanic_id");
		return new EmployeeInvitation(rs.getLong("id"), new WorkshopId(rs.getLong("workshop_id")), rs.getString("workshop_name"),
				rs.getString("workshop_city"), rs.getString("email"), rs.getString("token"),
				InvitationStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "created_at"),
				SqlTime.instant(rs, "responded_at"), mechanic == 0 ? null : new MechanicId(mechanic));
	}
}
