package ca.mechanicplatform.statements.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.statements.Statement;
import ca.mechanicplatform.statements.Statements;
import ca.mechanicplatform.web.Downloads;

/** Statement downloads as HTTP responses, shared by the pages and the API. */
public final class StatementFiles {

	private StatementFiles() {
	}

	/** Reads {@code 2026-10}; anything else is a statement that does not exist. */
	public static YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new NotFoundException("There is no statement for " + text);
		}
	}

	public static ResponseEntity<byte[]> pdf(Statements statements, Statement statement) {
		return Downloads.attachment(statements.pdf(statement), MediaType.APPLICATION_PDF, statement.fileName() + ".pdf");
	}

	public static ResponseEntity<byte[]> csv(Statements statements, Statement statement) {
		return Downloads.csv(statements.csv(statement), statement.fileName() + ".csv");
	}
}
