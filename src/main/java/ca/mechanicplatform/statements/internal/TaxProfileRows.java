package ca.mechanicplatform.statements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.statements.TaxIdentifierKind;
import ca.mechanicplatform.statements.TaxProfile;

/** The {@code tax_profiles} table; the identifier is only ever handled encrypted here. */
@Repository
public class TaxProfileRows {

	/** A stored profile with its encrypted identifier. */
	public record Row(LedgerAccount party, long partyId, String legalName, String streetAddress, String city,
			Province province, PostalCode postalCode, TaxIdentifierKind kind, byte[] cipher, Instant updatedAt) {

		public TaxProfile profile(String masked) {
			return new TaxProfile(party, partyId, legalName, streetAddress, city, province, postalCode, kind, masked, updatedAt);
		}
	}

	private static final String SELECT = """
			SELECT party, party_id, legal_name, street_address, city, province, postal_code, identifier_kind, identifier_cipher,
			       updated_at FROM tax_profiles""";

	private final JdbcClient jdbc;

	TaxProfileRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Row> find(LedgerAccount party, long partyId) {
		return jdbc.sql(SELECT + " WHERE party = ? AND party_id = ?").params(party.name(), partyId).query(TaxProfileRows::row).optional();
	}

	public List<Row> all() {
		return jdbc.sql(SELECT + " ORDER BY party, party_id").query(TaxProfileRows::row).list();
	}

	public void upsert(LedgerAccount party, long partyId, String legalName, String street, String city, Province province,
			PostalCode postalCode, TaxIdentifierKind kind, byte[] cipher, Instant at) {
		int updated = jdbc.sql("""
				UPDATE tax_profiles SET legal_name = ?, street_address = ?, city = ?, province = ?, postal_code = ?,
				    identifier_kind = ?, identifier_cipher = ?, updated_at = ?
				WHERE party = ? AND party_id = ?""")
			.params(legalName, street, city, province.name(), postalCode.value(), kind.name(), cipher, SqlTime.of(at), party.name(), partyId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO tax_profiles (party, party_id, legal_name, street_address, city, province, postal_code,
					    identifier_kind, identifier_cipher, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(party.name(), partyId, legalName, street, city, province.name(), postalCode.value(), kind.name(), cipher,
						SqlTime.of(at))
				.update();
		}
	}

	static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(LedgerAccount.valueOf(rs.getString("party")), rs.getLong("party_id"), rs.getString("legal_name"),
				rs.getString("street_address"), rs.getString("city"), Province.valueOf(rs.getString("province").trim()),
				PostalCode.parse(rs.getString("postal_code")), TaxIdentifierKind.valueOf(rs.getString("identifier_kind")),
				rs.getBytes("identifier_cipher"), SqlTime.instant(rs, "updated_at"));
	}
}
