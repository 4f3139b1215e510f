package ca.mechanicplatform.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY … FROM STDIN} (text format), the fastest way to load a
 * data set. Values are written in column order: {@code null} becomes SQL NULL, {@link OffsetDateTime} its ISO form,
 * anything else its {@code toString()}; tabs, line breaks and backslashes are escaped. Rows are sent in chunks of
 * about a megabyte; {@link #close()} ends the copy and returns nothing until the server has stored every row.
 *
 * <pre>{@code
 * try (var copy = BulkCopy.into(connection, "users", "id", "email")) {
 *     copy.row(1L, "a@bench.local");
 * }
 * }</pre>
 */
public final class BulkCopy implements AutoCloseable {

	private static final int CHUNK = 1 << 20;

	private final CopyIn copy;
	private final int columns;
	private final StringBuilder buffer = new StringBuilder(CHUNK + 8192);
	private long rows;

	private BulkCopy(CopyIn copy, int columns) {
		this.copy = copy;
		this.columns = columns;
	}

	/** Starts a copy into {@code table}'s named columns on a PostgreSQL connection. */
	public static BulkCopy into(Connection connection, String table, String... columns) throws SQLException {
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
		return new BulkCopy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), columns.length);
	}

	/**
	 * Adds one row.
	 *
	 * @throws IllegalArgumentException if the number of values is not the number of columns
	 */
	public BulkCopy row(Object... values) throws SQLException {
		if (values.length != columns) {
			throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length);
		}
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			append(values[i]);
		}
		buffer.append('\n');
		rows++;
		if (buffer.length() >= CHUNK) {
			flush();
		}
		return this;
	}

	/** Rows added so far. */
	public long rows() {
		return rows;
	}

	@Override
	public void close() throws SQLException {
		flush();
		copy.endCopy();
	}

	private void append(Object value) {
		if (value == null) {
			buffer.append("\\N");
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}
}
