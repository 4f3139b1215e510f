package ca.mechanicplatform.statements;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.statements.internal.TaxProfileRows;
import ca.mechanicplatform.web.FieldEncryption;

/**
 * Mechanics' and workshops' tax identities for T4A slips. The SIN or business number is validated, encrypted at
 * rest and only ever shown masked; changes are audited (masked as well).
 */
@Service
public class TaxProfiles {

	private final TaxProfileRows rows;
	private final FieldEncryption encryption;
	private final AuditLog audit;
	private final AccountingCalendar calendar;

	TaxProfiles(TaxProfileRows rows, FieldEncryption encryption, AuditLog audit, AccountingCalendar calendar) {
		this.rows = rows;
		this.encryption = encryption;
		this.audit = audit;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Optional<TaxProfile> find(LedgerAccount party, long partyId) {
		return rows.find(party, partyId).map(row -> row.profile(mask(row)));
	}

	/**
	 * Stores the party's tax identity, replacing the previous one.
	 *
	 * @param actor who saved it (the recipient)
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault; nothing is stored
	 */
	@Transactional
	public TaxProfile save(LedgerAccount party, long partyId, TaxProfileForm form, UserId actor) {
		var existing = rows.find(party, partyId);
		InputCheck check = new InputCheck();
		String name = check.text("legalName", form.legalName(), 160, "Enter your legal name as the CRA knows it");
		String street = check.text("streetAddress", form.streetAddress(), 200, "Enter the street address");
		String city = check.text("city", form.city(), 100, "Enter the city");
		Province province = Province.fromCode(form.province()).orElse(null);
		check.require(province != null, "province", "Choose a province or territory");
		PostalCode postalCode = check.parse("postalCode", form.postalCode(), PostalCode::parse);
		if (province != null && postalCode != null) {
			Province ofCode = Province.ofPostalCode(postalCode);
			boolean north = (province == Province.NU || province == Province.NT) && (ofCode == Province.NU || ofCode == Province.NT);
			check.require(ofCode == province || north, "postalCode",
					"Postal code " + postalCode + " is in " + ofCode.displayName() + ", not " + province.displayName());
		}
		TaxIdentifierKind kind = TaxIdentifierKind.SIN.name().equalsIgnoreCase(trim(form.identifierKind())) ? TaxIdentifierKind.SIN
				: TaxIdentifierKind.BN.name().equalsIgnoreCase(trim(form.identifierKind())) ? TaxIdentifierKind.BN : null;
		check.require(kind != null, "identifierKind", "Choose a social insurance number or a business number");
		String digits = null;
		boolean keep = existing.isPresent() && trim(form.identifier()).isEmpty();
		if (kind != null && !keep) {
			digits = check.parse("identifier", form.identifier(), kind::normalise);
		}
		if (kind != null && keep && kind != existing.get().kind()) {
			check.require(false, "identifier", "Enter the " + kind.label().toLowerCase() + " (the number on file is a "
					+ existing.get().kind().label().toLowerCase() + ")");
		}
		check.throwIfInvalid();

		String context = context(party, partyId);
		byte[] cipher = keep ? existing.get().cipher() : encryption.encrypt(digits, context);
		String before = existing.map(row -> describe(row.legalName(), row.kind(), mask(row))).orElse(null);
		rows.upsert(party, partyId, name, street, city, province, postalCode, kind, cipher, calendar.now());
		TaxProfile saved = find(party, partyId).orElseThrow();
		audit.record(actor, "tax-profile.saved", "tax-profiles/" + party + "/" + partyId, before,
				describe(saved.legalName(), saved.identifierKind(), saved.maskedIdentifier()));
		return saved;
	}

	/** The full identifier, for the CRA filing export only. */
	String reveal(TaxProfileRows.Row row) {
		return encryption.decrypt(row.cipher(), context(row.party(), row.partyId()));
	}

	private String mask(TaxProfileRows.Row row) {
		return TaxIdentifierKind.mask(reveal(row));
	}

	static String context(LedgerAccount party, long partyId) {
		return "tax-profile:" + party + ":" + partyId;
	}

	private static String describe(String name, TaxIdentifierKind kind, String masked) {
		return name + ", " + kind + " " + masked;
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}
}
