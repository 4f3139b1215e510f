package ca.mechanicplatform.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Accepts {@code DATABASE_URL} in the URL form hosting platforms hand out
 * ({@code postgres://user:password@host:5432/database}) besides a JDBC URL, turning it into the datasource
 * settings. User and password in the URL apply unless {@code DATABASE_USER} / {@code DATABASE_PASSWORD} are set.
 */
public class DatabaseUrlEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("DATABASE_URL");
		if (url == null || !(url.startsWith("postgres://") || url.startsWith("postgresql://"))) {
			return;
		}
		environment.getPropertySources().addFirst(new MapPropertySource("databaseUrl",
				datasource(url, environment.getProperty("DATABASE_USER"), environment.getProperty("DATABASE_PASSWORD"))));
	}

	static Map<String, Object> datasource(String url, String user, String password) {
		URI uri = URI.create(url);
		int port = uri.getPort() < 0 ? 5432 : uri.getPort();
		String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
				+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", jdbc);
		String[] userInfo = uri.getRawUserInfo() == null ? new String[0] : uri.getRawUserInfo().split(":", 2);
		if (user == null && userInfo.length > 0) {
			properties.put("spring.datasource.username", decode(userInfo[0]));
		}
		if (password == null && userInfo.length > 1) {
			properties.put("spring.datasource.password", decode(userInfo[1]));
		}
		return properties;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}
}
