package ca.mechanicplatform.geo;

import ca.mechanicplatform.kernel.Fsa;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable table of FSA centroids, at most one per FSA, kept in the order read.
 */
public final class FsaCentroids {

	/** Where {@link #fromClasspath()} finds the shipped table. */
	public static final String CLASSPATH_RESOURCE = "/geo/fsa_centroids.csv";

	private static final List<String> HEADER = List.of("fsa", "latitude", "longitude", "province", "place");
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Map<Fsa, FsaCentroid> byFsa;

	private FsaCentroids(Map<Fsa, FsaCentroid> byFsa) {
		this.byFsa = Collections.unmodifiableMap(byFsa);
	}

	/**
	 * Reads a UTF-8 CSV table with the header {@code fsa,latitude,longitude,province,place}, one FSA per row. Fields
	 * follow RFC 4180: any field may be double-quoted, and a quoted field may contain commas, line breaks and
	 * doubled quotes ({@code ""}). Blank lines are ignored. The stream is read to its end but not closed.
	 *
	 * @param csv the table
	 * @return the centroids, in file order
	 * @throws IllegalArgumentException if the header is not the expected one, or a row is malformed, names an
	 *                                  invalid FSA, has coordinates out of range, or repeats an FSA; the message
	 *                                  gives the line number
	 * @throws UncheckedIOException     if the stream cannot be read
	 */
	public static FsaCentroids load(InputStream csv) {
		Objects.requireNonNull(csv, "csv");
		String text;
		try {
			text = new String(csv.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read the FSA centroid table", e);
		}
		if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
			text = text.substring(1);
		}

		List<CsvRecord> records = CsvRecord.parse(text);
		if (records.isEmpty()) {
			throw new IllegalArgumentException(
					"FSA centroid table is empty; expected the header " + String.join(",", HEADER));
		}
		CsvRecord header = records.get(0);
		List<String> columns = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
		if (!columns.equals(HEADER)) {
			throw new IllegalArgumentException("FSA centroid table line " + header.line() + ": expected the header "
					+ String.join(",", HEADER) + ", found " + String.join(",", header.fields()));
		}

		Map<Fsa, FsaCentroid> byFsa = new LinkedHashMap<>();
		for (CsvRecord record : records.subList(1, records.size())) {
			FsaCentroid centroid = centroidOf(record);
			if (byFsa.putIfAbsent(centroid.fsa(), centroid) != null) {
				throw new IllegalArgumentException(
						"FSA centroid table line " + record.line() + ": " + centroid.fsa() + " appears more than once");
			}
		}
		return new FsaCentroids(byFsa);
	}

	/**
	 * Loads the table shipped with the application, {@value #CLASSPATH_RESOURCE}.
	 *
	 * @return the shipped centroids
	 * @throws IllegalStateException if the resource is missing from the classpath
	 */
	public static FsaCentroids fromClasspath() {
		try (InputStream csv = FsaCentroids.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
			if (csv == null) {
				throw new IllegalStateException("FSA centroid table " + CLASSPATH_RESOURCE + " is not on the classpath");
			}
			return load(csv);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read " + CLASSPATH_RESOURCE, e);
		}
	}

	/**
	 * @param fsa the forward sortation area
	 * @return its centroid, or empty if the table does not have it
	 */
	public Optional<FsaCentroid> find(Fsa fsa) {
		return Optional.ofNullable(byFsa.get(fsa));
	}

	/** @return how many FSAs the table has */
	public int size() {
		return byFsa.size();
	}

	/** @return every centroid, in the order read; unmodifiable */
	public Collection<FsaCentroid> all() {
		return byFsa.values();
	}

	private static FsaCentroid centroidOf(CsvRecord record) {
		List<String> fields = record.fields();
		if (fields.size() != HEADER.size()) {
			throw new IllegalArgumentException("FSA centroid table line " + record.line() + ": expected "
					+ HEADER.size() + " fields, found " + fields.size());
		}
		try {
			return new FsaCentroid(
					Fsa.of(fields.get(0)),
					Double.parseDouble(fields.get(1).strip()),
					Double.parseDouble(fields.get(2).strip()),
					fields.get(3).strip(),
					fields.get(4).strip());
		} catch (IllegalArgumentException e) {
			// NumberFormatException is an IllegalArgumentException too; all of them lack the line number.
			throw new IllegalArgumentException("FSA centroid table line " + record.line() + ": " + e.getMessage(), e);
		}
	}

	/** One CSV record and the line it starts on, for error messages. */
	private record CsvRecord(int line, List<String> fields) {

		/** Splits RFC 4180 text into records, dropping blank lines. */
		static List<CsvRecord> parse(String text) {
			List<CsvRecord> records = new ArrayList<>();
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean inQuotes = false;
			boolean fieldWasQuoted = false;
			int line = 1;
			int recordLine = 1;

			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (inQuotes) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else if (c == '"') {
						inQuotes = false;
					} else {
						if (c == '\n') {
							line++;
						}
						field.append(c);
					}
				} else if (c == '"') {
					if (fieldWasQuoted || !field.isEmpty()) {
						throw new IllegalArgumentException(
								"FSA centroid table line " + line + ": a quote inside an unquoted field");
					}
					inQuotes = true;
					fieldWasQuoted = true;
				} else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
					fieldWasQuoted = false;
				} else if (c == '\r' || c == '\n') {
					if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					fields.add(field.toString());
					addUnlessBlank(records, recordLine, fields, fieldWasQuoted);
					fields = new ArrayList<>();
					field.setLength(0);
					fieldWasQuoted = false;
					line++;
					recordLine = line;
				} else {
					if (fieldWasQuoted) {
						throw new IllegalArgumentException(
								"FSA centroid table line " + line + ": text after the closing quote of a field");
					}
					field.append(c);
				}
			}
			if (inQuotes) {
				throw new IllegalArgumentException(
						"FSA centroid table line " + recordLine + ": a quoted field is never closed");
			}
			if (!field.isEmpty() || !fields.isEmpty() || fieldWasQuoted) {
				fields.add(field.toString());
				addUnlessBlank(records, recordLine, fields, fieldWasQuoted);
			}
			return records;
		}

		private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields, boolean lastQuoted) {
			boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !lastQuoted;
			if (!blank) {
				records.add(new CsvRecord(line, List.copyOf(fields)));
			}
		}
	}
}
