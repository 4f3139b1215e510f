package ca.mechanicplatform.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ca.mechanicplatform.MechanicPlatformApplication;

/**
 * The whole platform started in this JVM on a random local port against a benchmark database, configured as in
 * production (the schema migrated by Flyway, no demo data) with logging reduced to warnings. Closing it stops the
 * web server and the connection pool.
 */
public final class BenchPlatform implements AutoCloseable {

	private final ConfigurableApplicationContext context;
	private final int port;

	private BenchPlatform(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/**
	 * Starts the platform on {@code database}; {@code extra} properties (name to value) override the defaults.
	 */
	public static BenchPlatform start(BenchDatabase database, Map<String, String> extra) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.user());
		properties.put("spring.datasource.password", database.password());
		properties.put("platform.demo-data", "false");
		properties.put("server.port", "0");
		properties.put("logging.level.root", "WARN");
		properties.putAll(extra);
		List<String> args = new ArrayList<>();
		properties.forEach((name, value) -> args.add("--" + name + "=" + value));
		SpringApplication application = new SpringApplication(MechanicPlatformApplication.class);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		return new BenchPlatform(application.run(args.toArray(String[]::new)));
	}

	public int port() {
		return port;
	}

	/** The base address, {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** A bean of the running platform, such as a module's facade. */
	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}
}
