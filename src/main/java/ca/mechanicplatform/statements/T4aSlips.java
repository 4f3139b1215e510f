package ca.mechanicplatform.statements;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Csv;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.revenue.PartyAmount;
import ca.mechanicplatform.statements.internal.TaxProfileRows;
import ca.mechanicplatform.workshops.Workshops;

/**
 * T4A preparation: per recipient and calendar year, the fees for services (box 048) the platform paid them, for the
 * recipients whose total reaches the CRA's $500 threshold. The year runs in the accounting time zone, by booking date.
 */
@Service
public class T4aSlips {

	/** The CRA's threshold for box 048: fees for services of $500 or more in the year. */
	public static final Money THRESHOLD = Money.ofDollars("500");

	private final LedgerReports reports;
	private final TaxProfileRows profiles;
	private final TaxProfiles taxProfiles;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final AccountingCalendar calendar;
	private final AuditLog audit;

	T4aSlips(LedgerReports reports, TaxProfileRows profiles, TaxProfiles taxProfiles, Mechanics mechanics, Workshops workshops,
			AccountingCalendar calendar, AuditLog audit) {
		this.reports = reports;
		this.profiles = profiles;
		this.taxProfiles = taxProfiles;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.calendar = calendar;
		this.audit = audit;
	}

	/** The year the operator is most likely preparing: see {@link #filingYear(LocalDate)}. */
	public int filingYear() {
		return filingYear(calendar.today());
	}

	/**
	 * The last calendar year in January and February, while its T4A slips are being filed (they are due by the last
	 * day of February), and the current year, to date, from March on.
	 */
	public static int filingYear(LocalDate today) {
		return today.getMonthValue() <= 2 ? today.getYear() - 1 : today.getYear();
	}

	/** The slips of a year, mechanics then workshops, with identifiers masked. */
	@Transactional(readOnly = true)
	public List<T4aSlip> of(int year) {
		List<T4aSlip> slips = new ArrayList<>();
		for (PartyAmount fees : fees(year)) {
			var profile = profiles.find(fees.party(), fees.partyId());
			if (profile.isPresent()) {
				var row = profile.get();
				slips.add(new T4aSlip(year, fees.party(), fees.partyId(), row.legalName(), row.profile(null).address(), row.kind(),
						TaxIdentifierKind.mask(taxProfiles.reveal(row)), fees.cents()));
			}
			else {
				slips.add(new T4aSlip(year, fees.party(), fees.partyId(), platformName(fees), null, null, null, fees.cents()));
			}
		}
		return slips;
	}

	/** How many recipients had fees for services in the year below the threshold (no slip needed). */
	@Transactional(readOnly = true)
	public long belowThreshold(int year) {
		return reports.serviceFees(calendar.startOf(Year.of(year).atDay(1)), calendar.startOf(Year.of(year + 1).atDay(1)))
			.stream().filter(fees -> fees.cents() > 0 && fees.cents() < THRESHOLD.cents()).count();
	}

	/**
	 * The filing export, as CSV with the full SIN or BN of each recipient, for the operator's T4A filing. Every export is
	 * audited.
	 *
	 * @throws BusinessRuleException if the year has not started
	 */
	@Transactional
	public String csv(int year, UserId operator) {
		if (year > calendar.today().getYear()) {
			throw new BusinessRuleException("year", year + " has not started");
		}
		StringBuilder csv = new StringBuilder(
				"tax_year,recipient_type,recipient_id,name,address,identifier_type,identifier,box_048_fees_for_services\r\n");
		int count = 0;
		for (PartyAmount fees : fees(year)) {
			var profile = profiles.find(fees.party(), fees.partyId());
			String name = profile.map(TaxProfileRows.Row::legalName).orElse(platformName(fees));
			String address = profile.map(row -> row.profile(null).address()).orElse("");
			String kind = profile.map(row -> row.kind().name()).orElse("MISSING");
			String identifier = profile.map(taxProfiles::reveal).orElse("");
			csv.append(year).append(',').append(fees.party().name()).append(',').append(fees.partyId()).append(',')
				.append(Csv.field(name)).append(',').append(Csv.field(address)).append(',').append(kind).append(',')
				.append(identifier).append(',').append(Money.ofCents(fees.cents()).plain()).append("\r\n");
			count++;
		}
		audit.record(operator, "t4a.exported", "t4a/" + year, null, count + " slips with full identifiers");
		return csv.toString();
	}

	private List<PartyAmount> fees(int year) {
		return reports.serviceFees(calendar.startOf(Year.of(year).atDay(1)), calendar.startOf(Year.of(year + 1).atDay(1)))
			.stream().filter(fees -> fees.cents() >= THRESHOLD.cents()).toList();
	}

	private String platformName(PartyAmount fees) {
		return fees.party() == LedgerAccount.MECHANIC ? mechanics.get(new MechanicId(fees.partyId())).name()
				: workshops.get(new WorkshopId(fees.partyId())).name();
	}
}
