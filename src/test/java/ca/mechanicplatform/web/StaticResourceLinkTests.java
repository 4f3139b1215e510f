package ca.mechanicplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

/**
 * Pages link stylesheets and scripts as written (WebJars without their version, no rewriting filter), and every one of
 * those links is served.
 */
@PlatformTest
class StaticResourceLinkTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js|img)/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	List<FilterRegistrationBean<?>> filters;

	@Test
	void thePagesAssetsAreLinkedAsWrittenAndServed() {
		Api api = new Api(port);
		var page = api.get("/login", null);
		assertThat(page.status()).isEqualTo(200);
		List<String> assets = new ArrayList<>();
		Matcher m = ASSET.matcher(page.body());
		while (m.find()) {
			assets.add(m.group(1));
		}
		assertThat(assets).contains("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
				"/css/platform.css", "/js/platform.js");
		for (String asset : assets) {
			var served = api.get(asset, null);
			assertThat(served.status()).as(asset).isEqualTo(200);
			assertThat(served.body()).as(asset).isNotEmpty();
		}
	}

	@Test
	void noFilterRewritesTheLinks() {
		assertThat(filters).filteredOn(f -> f.getFilter() instanceof ResourceUrlEncodingFilter).hasSize(1)
			.allSatisfy(f -> assertThat(f.isEnabled()).isFalse());
	}
}
