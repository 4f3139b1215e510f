package ca.mechanicplatform.statements.web.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.statements.Statement;
import ca.mechanicplatform.statements.Statements;
import ca.mechanicplatform.statements.web.StatementFiles;
import ca.mechanicplatform.workshops.Workshops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Statements", description = "Monthly statements of mechanics and workshops, as PDF and CSV")
class StatementApiController {

	private final Statements statements;
	private final Mechanics mechanics;
	private final Workshops workshops;

	StatementApiController(Statements statements, Mechanics mechanics, Workshops workshops) {
		this.statements = statements;
		this.mechanics = mechanics;
		this.workshops = workshops;
	}

	/** A statement's figures with the links to its documents. */
	record StatementView(String month, long openingCents, long virtualCents, long physicalCents, long feesCents,
			long payoutsCents, long closingCents, int lines, long ytdVirtualCents, long ytdPhysicalCents, long ytdFeesCents,
			Instant generatedAt, String pdf, String csv) {

		static StatementView of(Statement s, String base) {
			return new StatementView(s.month().toString(), s.openingCents(), s.virtualCents(), s.physicalCents(), s.feesCents(),
					s.payoutsCents(), s.closingCents(), s.lineCount(), s.ytdVirtualCents(), s.ytdPhysicalCents(), s.ytdFeesCents(),
					s.generatedAt(), base + "/" + s.month() + ".pdf", base + "/" + s.month() + ".csv");
		}
	}

	@GetMapping("/api/mechanic/earnings/statements")
	@Operation(summary = "The signed-in mechanic's monthly statements, newest first",
			description = "closingCents = openingCents + virtualCents + physicalCents + feesCents + payoutsCents.")
	List<StatementView> mechanicStatements(@AuthenticationPrincipal PlatformUser user) {
		return statements.of(LedgerAccount.MECHANIC, mechanicId(user)).stream()
			.map(s -> StatementView.of(s, "/api/mechanic/earnings/statements")).toList();
	}

	@GetMapping("/api/mechanic/earnings/statements/{month}.pdf")
	@Operation(summary = "A mechanic's statement as PDF")
	ResponseEntity<byte[]> mechanicPdf(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.pdf(statements, statements.get(LedgerAccount.MECHANIC, mechanicId(user), StatementFiles.month(month)));
	}

	@GetMapping("/api/mechanic/earnings/statements/{month}.csv")
	@Operation(summary = "A mechanic's statement as CSV", description = "One table with a type column: OPENING, LINE (with the "
			+ "running balance), CLOSING, TOTAL and YEAR_TO_DATE.")
	ResponseEntity<byte[]> mechanicCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.csv(statements, statements.get(LedgerAccount.MECHANIC, mechanicId(user), StatementFiles.month(month)));
	}

	@GetMapping("/api/workshop/earnings/statements")
	@Operation(summary = "The signed-in workshop's monthly statements, newest first")
	List<StatementView> workshopStatements(@AuthenticationPrincipal PlatformUser user) {
		return statements.of(LedgerAccount.WORKSHOP, workshopId(user)).stream()
			.map(s -> StatementView.of(s, "/api/workshop/earnings/statements")).toList();
	}

	@GetMapping("/api/workshop/earnings/statements/{month}.pdf")
	@Operation(summary = "A workshop's statement as PDF")
	ResponseEntity<byte[]> workshopPdf(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.pdf(statements, statements.get(LedgerAccount.WORKSHOP, workshopId(user), StatementFiles.month(month)));
	}

	@GetMapping("/api/workshop/earnings/statements/{month}.csv")
	@Operation(summary = "A workshop's statement as CSV")
	ResponseEntity<byte[]> workshopCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.csv(statements, statements.get(LedgerAccount.WORKSHOP, workshopId(user), StatementFiles.month(month)));
	}

	private long mechanicId(PlatformUser user) {
		return mechanics.mine(user.id()).id().value();
	}

	private long workshopId(PlatformUser user) {
		return workshops.mine(user.id()).id().value();
	}
}
