package ca.mechanicplatform.mechanics.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.mechanics.PayoutAccount;

/** The {@code mechanic_payout_accounts} table. The full account number is written here and read back only masked. */
@Repository
public class MechanicPayoutAccountRows {

	private final JdbcClient jdbc;

	MechanicPayoutAccountRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(MechanicId mechanic, String holder, String institution, String transit, String account, Instant at) {
		int updated = jdbc.sql("""
				UPDATE mechanic_payout_accounts SET account_holder = ?, institution_number = ?, transit_number = ?,
				       account_number = ?, updated_at = ?
				WHERE mechanic_id = ?""")
			.params(holder, institution, transit, account, SqlTime.of(at), mechanic.value()).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO mechanic_payout_accounts (mechanic_id, account_holder, institution_number, transit_number,
					                                      account_number, updated_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(mechanic.value(), holder, institution, transit, account, SqlTime.of(at)).update();
		}
	}

	public Optional<PayoutAccount> find(MechanicId mechanic) {
		return jdbc.sql("""
				SELECT account_holder, institution_number, transit_number, account_number, updated_at
				FROM mechanic_payout_accounts WHERE mechanic_id = ?""")
			.param(mechanic.value())
			.query((rs, row) -> new PayoutAccount(rs.getString("account_holder"), rs.getString("institution_number").trim(),
					rs.getString("transit_number").trim(), PayoutAccount.mask(rs.getString("account_number")),
					SqlTime.instant(rs, "updated_at")))
			.optional();
	}
}
