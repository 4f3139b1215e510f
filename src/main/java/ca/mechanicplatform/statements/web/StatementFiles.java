package ca.mechanicplatform.statements.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.statements.Statement;
import ca.mechanicplatform.statements.Statements;

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
		return file(statements.pdf(statement), MediaType.APPLICATION_PDF, statement.fileName() + ".pdf");
	}

	public static ResponseEntity<byte[]> csv(Statements statements, Statement statement) {
		return file(statements.csv(statement).getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
				statement.fileName() + ".csv");
	}

	public static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}
}
