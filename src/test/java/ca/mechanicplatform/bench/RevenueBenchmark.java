package ca.mechanicplatform.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ca.mechanicplatform.MechanicPlatformApplication;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.RevenueModelKind;
import ca.mechanicplatform.revenue.Split;
import ca.mechanicplatform.revenue.SplitCalculator;
import ca.mechanicplatform.statements.StatementRun;
import ca.mechanicplatform.statements.Statements;

/**
 * The revenue benchmark (not a test; run by {@code bench/revenue.sh}). Measures (a) the split calculator in-process
 * on one core, then (b) builds a fresh PostgreSQL database with 10,000 mechanics, 500 workshops and 1,000,000 sales
 * over the last twelve months (loaded with COPY), and times issuing one month's statements for every party while
 * watching the heap.
 *
 * <p>Arguments (all optional): {@code --sales=N --mechanics=N --workshops=N --keep} (keep the database afterwards).
 * The server is 127.0.0.1:5432 as user postgres unless {@code TEST_POSTGRES_URL}, {@code TEST_POSTGRES_USER} and
 * {@code TEST_POSTGRES_PASSWORD} say otherwise.
 */
public final class RevenueBenchmark {

	private static final String ADMIN_URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
	private static final String USER = env("TEST_POSTGRES_USER", "postgres");
	private static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");
	private static final ZoneId ZONE = ZoneId.of("America/Toronto");
	private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

	private RevenueBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int sales = intArg(args, "--sales=", 1_000_000);
		int mechanics = intArg(args, "--mechanics=", 10_000);
		int workshops = intArg(args, "--workshops=", 500);
		boolean keep = java.util.Arrays.asList(args).contains("--keep");

		System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
		splitThroughput();

		String database = "imp_bench_revenue_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
		admin("CREATE DATABASE " + database);
		String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
		System.out.println("\nDatabase " + database);
		try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(MechanicPlatformApplication.class)
			.web(WebApplicationType.SERVLET)
			// Command-line arguments outrank application.properties, which would pick the embedded database.
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
					"--server.port=0", "--platform.demo-data=false", "--platform.admin.email=", "--platform.statements.schedule=-",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			DataSource dataSource = platform.getBean(DataSource.class);
			YearMonth current = YearMonth.now(ZONE);
			long started = System.nanoTime();
			load(dataSource, mechanics, workshops, sales, current);
			System.out.printf(Locale.ROOT, "(b) loaded %,d mechanics, %,d workshops, %,d sales in %.1f s%n", mechanics, workshops,
					sales, seconds(started));
			statementsForOneMonth(platform.getBean(Statements.class), dataSource, current.minusMonths(1));
		}
		finally {
			if (!keep) {
				admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}

	/** (a) Splits per second on one thread: first from figures alone, then from the model records with Percentage rates. */
	static void splitThroughput() {
		SplittableRandom random = new SplittableRandom(42);
		int n = 1 << 20;
		long[] gross = new long[n];
		RevenueModelKind[] kinds = new RevenueModelKind[n];
		long[] shares = new long[n];
		long[] bays = new long[n];
		RevenueModel[] models = new RevenueModel[n];
		RevenueModelKind[] all = RevenueModelKind.values();
		for (int i = 0; i < n; i++) {
			gross[i] = 500 + random.nextLong(200_000);
			kinds[i] = all[random.nextInt(all.length)];
			shares[i] = kinds[i] == RevenueModelKind.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE ? 300_000 : 100_000 + random.nextLong(300_000);
			bays[i] = gross[i] / 10;
			models[i] = model(kinds[i], WorkshopId.of(1 + random.nextInt(500)), shares[i], bays[i]);
		}
		long feePpm = 150_000;
		Percentage fee = Percentage.of(15);
		long checksum = 0;
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < n; i++) {
				checksum += SplitCalculator.split(kinds[i], gross[i], feePpm, shares[i], bays[i]).mechanicCents();
				checksum += SplitCalculator.split(models[i], gross[i], fee).workshopCents();
			}
		}
		int repetitions = 20;
		long start = System.nanoTime();
		for (int round = 0; round < repetitions; round++) {
			for (int i = 0; i < n; i++) {
				Split split = SplitCalculator.split(kinds[i], gross[i], feePpm, shares[i], bays[i]);
				checksum += split.mechanicCents() ^ split.workshopCents();
			}
		}
		double figures = (double) repetitions * n / seconds(start);
		start = System.nanoTime();
		for (int round = 0; round < repetitions / 4; round++) {
			for (int i = 0; i < n; i++) {
				checksum += SplitCalculator.split(models[i], gross[i], fee).mechanicCents();
			}
		}
		double records = (double) (repetitions / 4) * n / seconds(start);
		System.out.printf(Locale.ROOT, "(a) split calculator, one thread: %,.0f splits/s from figures (kind, cents, rates in "
				+ "millionths), %,.0f splits/s from RevenueModel records with Percentage rates  [checksum %d]%n", figures, records,
				checksum);
	}

	/** Loads parties and a year of sales with their splits and ledger postings, with COPY. */
	static void load(DataSource dataSource, int mechanics, int workshops, int sales, YearMonth current) throws Exception {
		int employees = mechanics / 10;
		String now = OffsetDateTime.now(ZoneOffset.UTC).format(SQL_TIME);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			PGConnection pg = connection.unwrap(PGConnection.class);
			copy(pg, "COPY users (id, email, password_hash, display_name, role, enabled, created_at) FROM STDIN (FORMAT csv)",
					mechanics + workshops, (i, row) -> row.append(i + 1).append(",bench").append(i + 1).append("@bench.local,{noop}x,")
						.append(i < workshops ? "Workshop admin " : "Mechanic ").append(i + 1).append(',')
						.append(i < workshops ? "WORKSHOP_ADMIN" : "MECHANIC").append(",true,").append(now));
			copy(pg, "COPY workshops (id, admin_user_id, name, street_address, city, province, postal_code, fsa, time_zone, created_at) "
					+ "FROM STDIN (FORMAT csv)", workshops, (i, row) -> row.append(i + 1).append(',').append(i + 1)
						.append(",Bench Workshop ").append(i + 1).append(",1 Main St,Toronto,ON,M5V 3L9,M5V,America/Toronto,").append(now));
			copy(pg, "COPY mechanics (id, user_id, mechanic_type, workshop_id, postal_code, fsa, province, created_at) FROM STDIN (FORMAT csv)",
					mechanics, (i, row) -> row.append(i + 1).append(',').append(workshops + i + 1).append(',')
						.append(i < employees ? "WORKSHOP_EMPLOYEE," + (1 + i % workshops) : "INDEPENDENT,")
						.append(",M6H 2N4,M6H,ON,").append(now));

			// The sales are generated three times from the same seed, once per table, so nothing accumulates in memory.
			SaleSource source = new SaleSource(current, sales, mechanics, workshops, employees);
			copySales(pg, "COPY sales (id, business_key, service_kind, model, mechanic_id, workshop_id, gross_cents, "
					+ "platform_fee_pct, platform_fee_cents, workshop_share_pct, workshop_share_cents, bay_fee_cents, mechanic_cents, "
					+ "description, occurred_at, recorded_at) FROM STDIN (FORMAT csv)", source, (sale, rows) -> rows.append(sale.id)
						.append(",bench-sale-").append(sale.id).append(',').append(sale.kind.serviceKind().name()).append(',')
						.append(sale.kind.name()).append(',').append(sale.mechanic).append(',')
						.append(sale.workshop == 0 ? "" : Integer.toString(sale.workshop)).append(',').append(sale.split.grossCents())
						.append(',').append(sale.split.platformFee().value().toPlainString()).append(',')
						.append(sale.split.platformFeeCents()).append(',').append(sale.split.workshopShare().value().toPlainString())
						.append(',').append(sale.split.workshopShareCents()).append(',').append(sale.split.bayFeeCents()).append(',')
						.append(sale.split.mechanicCents()).append(",\"").append(sale.kind.label()).append("\",").append(sale.at)
						.append(',').append(sale.at).append('\n'));
			copySales(pg, "COPY ledger_transactions (id, business_key, kind, description, occurred_at, booked_at, recorded_at, "
					+ "sale_id) FROM STDIN (FORMAT csv)", source, (sale, rows) -> rows.append(sale.id).append(",sale/bench-sale-")
						.append(sale.id).append(",SALE,\"").append(sale.kind.label()).append("\",").append(sale.at).append(',')
						.append(sale.at).append(',').append(sale.at).append(',').append(sale.id).append('\n'));
			copySales(pg, "COPY ledger_entries (transaction_id, account, party_id, amount_cents, line_kind, service_kind, model, "
					+ "booked_at) FROM STDIN (FORMAT csv)", source, (sale, rows) -> {
						Split split = sale.split;
						entry(rows, sale.id, "CUSTOMER_PAYMENTS", 0, -split.grossCents(), "SALE_GROSS", sale.kind, sale.at);
						entry(rows, sale.id, "PLATFORM_REVENUE", 0, split.platformFeeCents(), "PLATFORM_FEE", sale.kind, sale.at);
						entry(rows, sale.id, "MECHANIC", sale.mechanic, split.mechanicShareCents(), "MECHANIC_SHARE", sale.kind, sale.at);
						if (sale.workshop != 0) {
							entry(rows, sale.id, "WORKSHOP", sale.workshop, split.workshopShareCents(), "WORKSHOP_SHARE", sale.kind, sale.at);
							entry(rows, sale.id, "MECHANIC", sale.mechanic, -split.bayFeeCents(), "BAY_FEE", sale.kind, sale.at);
							entry(rows, sale.id, "WORKSHOP", sale.workshop, split.bayFeeCents(), "BAY_FEE", sale.kind, sale.at);
						}
					});
			try (Statement sql = connection.createStatement()) {
				for (String table : new String[] { "users", "workshops", "mechanics", "sales", "ledger_transactions" }) {
					sql.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT MAX(id) FROM " + table + "))");
				}
			}
			connection.commit();
			try (Statement sql = connection.createStatement()) {
				connection.setAutoCommit(true);
				sql.execute("ANALYZE");
				var rs = sql.executeQuery("SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM ledger_entries");
				rs.next();
				System.out.printf(Locale.ROOT, "    %,d ledger entries, summing to %d cents%n", rs.getLong(1), rs.getLong(2));
			}
		}
	}

	/** (b) Issues a month's statements for every party and reports the time and the heap's peak. */
	static void statementsForOneMonth(Statements statements, DataSource dataSource, YearMonth month) throws SQLException {
		long lines;
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
			Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
			var rs = sql.executeQuery("SELECT COUNT(*) FROM ledger_entries WHERE account IN ('MECHANIC', 'WORKSHOP') AND booked_at >= '"
					+ from + "' AND booked_at < '" + to + "'");
			rs.next();
			lines = rs.getLong(1);
		}
		System.gc();
		var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long usedBefore = heapUsed();
		long start = System.nanoTime();
		StatementRun run = statements.generate(month, StatementRun.Trigger.OPERATOR, null);
		double elapsed = seconds(start);
		long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf(Locale.ROOT, "(b) statements for %s: %,d issued from %,d party lines in %.1f s; heap %d MB before, "
				+ "peak %d MB during (max heap %d MB)%n", month, run.created(), lines, elapsed, usedBefore / (1024 * 1024),
				peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
		start = System.nanoTime();
		StatementRun again = statements.generate(month, StatementRun.Trigger.OPERATOR, null);
		System.out.printf(Locale.ROOT, "    issuing %s again: %d created, %.1f s%n", month, again.created(), seconds(start));
		ca.mechanicplatform.statements.Statement busiest = statements.of(LedgerAccount.WORKSHOP, 1).get(0);
		start = System.nanoTime();
		byte[] pdf = statements.pdf(busiest);
		System.out.printf(Locale.ROOT, "    one workshop's statement PDF (%d lines): %,d bytes in %.2f s%n", busiest.lineCount(),
				pdf.length, seconds(start));
	}

	private static void entry(StringBuilder rows, int transaction, String account, int party, long amount, String line,
			RevenueModelKind kind, String at) {
		if (amount == 0) {
			return;
		}
		rows.append(transaction).append(',').append(account).append(',').append(party == 0 ? "" : Integer.toString(party)).append(',')
			.append(amount).append(',').append(line).append(',').append(kind.serviceKind().name()).append(',').append(kind.name())
			.append(',').append(at).append('\n');
	}

	/** One generated sale with its split. */
	static final class GeneratedSale {
		int id;
		int mechanic;
		int workshop;
		RevenueModelKind kind;
		Split split;
		String at;
	}

	/**
	 * A year of sales, the same every time it is replayed: mechanics 1 to n/10 are employees (consultations on or off
	 * shift for their workshop); independents sell 70% virtual consultations ($15, $25, $35) and 30% partnership jobs
	 * ($200 to $800) under bay rental (bay fee 10%), revenue share or membership (20%).
	 */
	record SaleSource(YearMonth current, int sales, int mechanics, int workshops, int employees) {

		void forEach(java.util.function.Consumer<GeneratedSale> each) {
			SplittableRandom random = new SplittableRandom(11);
			Instant first = current.minusMonths(12).atDay(1).atStartOfDay(ZONE).toInstant();
			long span = current.atDay(1).atStartOfDay(ZONE).toInstant().getEpochSecond() - first.getEpochSecond();
			RevenueModelKind[] partnership = { RevenueModelKind.BAY_RENTAL, RevenueModelKind.REVENUE_SHARE, RevenueModelKind.MEMBERSHIP };
			RevenueModelKind[] employee = { RevenueModelKind.EMPLOYEE_ON_SHIFT, RevenueModelKind.EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION,
					RevenueModelKind.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE };
			long[] consultation = { 1500, 2500, 3500 };
			GeneratedSale sale = new GeneratedSale();
			for (int i = 0; i < sales; i++) {
				sale.id = i + 1;
				sale.mechanic = 1 + random.nextInt(mechanics);
				sale.workshop = 0;
				long gross;
				if (sale.mechanic <= employees) {
					sale.kind = employee[random.nextInt(3)];
					gross = random.nextBoolean() ? 1500 : 3500;
					sale.workshop = 1 + (sale.mechanic - 1) % workshops;
				}
				else if (random.nextInt(10) < 7) {
					sale.kind = RevenueModelKind.VIRTUAL_INDEPENDENT;
					gross = consultation[random.nextInt(3)];
				}
				else {
					sale.kind = partnership[random.nextInt(3)];
					gross = 20_000 + random.nextLong(60_000);
					sale.workshop = 1 + random.nextInt(workshops);
				}
				long feePpm = sale.kind.relationship().name().equals("WORKSHOP_EMPLOYEE") ? 50_000 : 150_000;
				long sharePpm = sale.kind == RevenueModelKind.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE ? 300_000
						: sale.kind.hasWorkshopShare() ? 200_000 : 0;
				sale.split = SplitCalculator.split(sale.kind, gross, feePpm, sharePpm, sale.kind.hasBayFee() ? gross / 10 : 0);
				sale.at = Instant.ofEpochSecond(first.getEpochSecond() + random.nextLong(span)).atOffset(ZoneOffset.UTC).format(SQL_TIME);
				each.accept(sale);
			}
		}
	}

	interface SaleWriter {
		void write(GeneratedSale sale, StringBuilder rows);
	}

	private static void copySales(PGConnection pg, String sql, SaleSource source, SaleWriter writer) throws SQLException {
		CopyIn copy = pg.getCopyAPI().copyIn(sql);
		StringBuilder buffer = new StringBuilder(1 << 20);
		SQLException[] failure = new SQLException[1];
		source.forEach(sale -> {
			writer.write(sale, buffer);
			if (buffer.length() > (1 << 20) && failure[0] == null) {
				try {
					write(copy, buffer);
				}
				catch (SQLException e) {
					failure[0] = e;
				}
			}
		});
		if (failure[0] != null) {
			copy.cancelCopy();
			throw failure[0];
		}
		write(copy, buffer);
		copy.endCopy();
	}

	interface RowWriter {
		void write(int index, StringBuilder row);
	}

	private static void copy(PGConnection pg, String sql, int rows, RowWriter writer) throws SQLException {
		CopyIn copy = pg.getCopyAPI().copyIn(sql);
		StringBuilder buffer = new StringBuilder(1 << 16);
		for (int i = 0; i < rows; i++) {
			writer.write(i, buffer);
			buffer.append('\n');
			if (buffer.length() > (1 << 16)) {
				write(copy, buffer);
			}
		}
		write(copy, buffer);
		copy.endCopy();
	}

	private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		rows.setLength(0);
	}

	private static RevenueModel model(RevenueModelKind kind, WorkshopId workshop, long sharePpm, long bayFee) {
		Percentage share = SplitCalculator.percentage(sharePpm);
		return switch (kind) {
			case VIRTUAL_INDEPENDENT -> new RevenueModel.VirtualIndependent();
			case EMPLOYEE_ON_SHIFT -> new RevenueModel.EmployeeOnShift(workshop);
			case EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION -> new RevenueModel.EmployeeOffShiftLocalExclusion(workshop);
			case EMPLOYEE_OFF_SHIFT_REVENUE_SHARE -> new RevenueModel.EmployeeOffShiftRevenueShare(workshop, share);
			case BAY_RENTAL -> new RevenueModel.BayRental(workshop, Money.ofCents(bayFee));
			case REVENUE_SHARE -> new RevenueModel.RevenueShare(workshop, share);
			case MEMBERSHIP -> new RevenueModel.Membership(workshop, share);
		};
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int intArg(String[] args, String prefix, int fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return Integer.parseInt(arg.substring(prefix.length()).replace("_", ""));
			}
		}
		return fallback;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
