package ca.mechanicplatform.statements.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Csv;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerLine;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.statements.Statement;
import ca.mechanicplatform.web.PdfDocuments;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/**
 * A statement's documents, rendered when asked for from the stored figures and the month's ledger lines (which
 * never change once the month is closed): a CSV for spreadsheets and accountants, a PDF for people.
 */
@Component
public class StatementDocuments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.CANADA);

	private final LedgerReports reports;
	private final AccountingCalendar calendar;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final PdfDocuments pdf;

	StatementDocuments(LedgerReports reports, AccountingCalendar calendar, Mechanics mechanics, Workshops workshops,
			PdfDocuments pdf) {
		this.reports = reports;
		this.calendar = calendar;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.pdf = pdf;
	}

	/** The party's name and address lines as documents show them. */
	public List<String> party(LedgerAccount party, long partyId) {
		if (party == LedgerAccount.MECHANIC) {
			Mechanic mechanic = mechanics.get(new MechanicId(partyId));
			return List.of(mechanic.name(), mechanic.province().displayName() + " " + mechanic.postalCode(), "Mechanic #" + partyId);
		}
		Workshop workshop = workshops.get(new WorkshopId(partyId));
		return List.of(workshop.name(), workshop.streetAddress(), workshop.city() + ", " + workshop.province().name() + " "
				+ workshop.postalCode(), "Workshop #" + partyId);
	}

	/**
	 * One table, one row per line, with a {@code type} column: {@code OPENING}, {@code LINE} (with the running
	 * balance), {@code CLOSING}, then {@code TOTAL} and {@code YEAR_TO_DATE} rows whose amount is in {@code amount}.
	 */
	public String csv(Statement statement) {
		List<LedgerLine> lines = lines(statement);
		StringBuilder csv = new StringBuilder();
		csv.append("type,date,reference,description,service,line,gross,platform_fee,workshop_share,mechanic_share,fees,payouts,amount,balance\r\n");
		LocalDate first = statement.month().atDay(1);
		row(csv, "OPENING", first.toString(), "", "Opening balance", "", "", null, 0, 0, 0, 0, statement.openingCents(),
				statement.openingCents());
		long balance = statement.openingCents();
		for (LedgerLine line : lines) {
			balance += line.amountCents();
			row(csv, "LINE", calendar.dateOf(line.occurredAt()).toString(), line.reference(), line.description(),
					line.serviceKind() == null ? "" : line.serviceKind().shortLabel(), line.line().name(), line,
					line.grossCents(), line.platformFeeCents(), line.workshopCents(), line.mechanicCents(), line.amountCents(), balance);
		}
		row(csv, "CLOSING", statement.month().atEndOfMonth().toString(), "", "Closing balance", "", "", null, 0, 0, 0, 0,
				statement.closingCents(), statement.closingCents());
		total(csv, "TOTAL", "Virtual earnings (consultations)", statement.virtualCents());
		total(csv, "TOTAL", "Physical earnings (workshop jobs)", statement.physicalCents());
		total(csv, "TOTAL", "Bay and membership fees", statement.feesCents());
		total(csv, "TOTAL", "Payouts", statement.payoutsCents());
		total(csv, "YEAR_TO_DATE", "Virtual earnings", statement.ytdVirtualCents());
		total(csv, "YEAR_TO_DATE", "Physical earnings", statement.ytdPhysicalCents());
		total(csv, "YEAR_TO_DATE", "Bay and membership fees", statement.ytdFeesCents());
		return csv.toString();
	}

	/** The statement as a PDF: the party, the summary, every line with its split, the year to date. */
	public byte[] pdf(Statement statement) {
		List<LedgerLine> lines = lines(statement);
		List<Map<String, String>> rows = new ArrayList<>();
		long balance = statement.openingCents();
		for (LedgerLine line : lines) {
			balance += line.amountCents();
			Map<String, String> row = new HashMap<>();
			row.put("date", DAY.format(calendar.dateOf(line.occurredAt())));
			row.put("reference", line.reference());
			row.put("description", line.description());
			row.put("kind", line.line().label() + (line.serviceKind() == null ? "" : " · " + line.serviceKind().shortLabel()));
			row.put("gross", blankIfZero(line.grossCents()));
			row.put("fee", blankIfZero(line.platformFeeCents()));
			row.put("workshop", blankIfZero(line.workshopCents()));
			row.put("mechanic", blankIfZero(line.mechanicCents()));
			row.put("amount", money(line.amountCents()));
			row.put("balance", money(balance));
			rows.add(row);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("party", party(statement.party(), statement.partyId()));
		model.put("partyKind", statement.party() == LedgerAccount.MECHANIC ? "Mechanic" : "Workshop");
		model.put("period", statement.month().getMonth().getDisplayName(TextStyle.FULL, Locale.CANADA) + " " + statement.month().getYear());
		model.put("from", DAY.format(statement.month().atDay(1)));
		model.put("to", DAY.format(statement.month().atEndOfMonth()));
		model.put("zone", calendar.zone().getId());
		model.put("generated", DAY.format(calendar.dateOf(statement.generatedAt())));
		model.put("opening", money(statement.openingCents()));
		model.put("virtual", money(statement.virtualCents()));
		model.put("physical", money(statement.physicalCents()));
		model.put("fees", money(statement.feesCents()));
		model.put("payouts", money(statement.payoutsCents()));
		model.put("closing", money(statement.closingCents()));
		model.put("ytdVirtual", money(statement.ytdVirtualCents()));
		model.put("ytdPhysical", money(statement.ytdPhysicalCents()));
		model.put("ytdFees", money(statement.ytdFeesCents()));
		model.put("ytdNet", money(statement.ytdNetCents()));
		model.put("year", Integer.toString(statement.month().getYear()));
		model.put("lines", rows);
		model.put("reference", "IMP-" + statement.party().name().charAt(0) + statement.partyId() + "-" + statement.month());
		return pdf.render("statements/statement-pdf", model);
	}

	private List<LedgerLine> lines(Statement statement) {
		return reports.lines(statement.party(), statement.partyId(), calendar.startOf(statement.month()),
				calendar.endOf(statement.month()));
	}

	private static void row(StringBuilder csv, String type, String date, String reference, String description, String service,
			String line, LedgerLine ledgerLine, long gross, long fee, long workshop, long mechanic, long amount, long balance) {
		long fees = ledgerLine == null ? 0 : ledgerLine.feesCents();
		long payouts = ledgerLine == null ? 0 : ledgerLine.payoutCents();
		csv.append(type).append(',').append(date).append(',').append(Csv.field(reference)).append(',')
			.append(Csv.field(description)).append(',').append(service).append(',').append(line).append(',')
			.append(plain(gross)).append(',').append(plain(fee)).append(',').append(plain(workshop)).append(',')
			.append(plain(mechanic)).append(',').append(plain(fees)).append(',').append(plain(payouts)).append(',')
			.append(Money.ofCents(amount).plain()).append(',').append(Money.ofCents(balance).plain()).append("\r\n");
	}

	private static void total(StringBuilder csv, String type, String description, long amount) {
		csv.append(type).append(",,,").append(Csv.field(description)).append(",,,,,,,,,").append(Money.ofCents(amount).plain())
			.append(",\r\n");
	}

	private static String plain(long cents) {
		return cents == 0 ? "" : Money.ofCents(cents).plain();
	}

	private static String money(long cents) {
		return Money.ofCents(cents).toString();
	}

	private static String blankIfZero(long cents) {
		return cents == 0 ? "" : money(cents);
	}
}
