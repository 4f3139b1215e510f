package ca.mechanicplatform.profiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The mechanic's marketing tools: share links, the QR code (decoded back to the profile address) and its print page. */
@PlatformTest
class ProfileMarketingTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Mechanics mechanics;

	ProfileScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new ProfileScenario(port, mechanics);
	}

	@Test
	void theSharePageOffersEveryShareLinkTheCopyButtonAndAQrCodeThatCarriesTheProfileAddress() throws Exception {
		var mechanic = scenario.quickMechanic("Alex Moreau", true);
		String url = "http://localhost:8080/mechanic/public/" + mechanic.id().value() + "-alex-moreau";
		String encoded = URLEncoder.encode(url, StandardCharsets.UTF_8);
		Cookie session = logIn(mechanic.email());

		String html = mvc.perform(get("/mechanic/profile/share").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("value=\"" + url + "\"", "data-copy=\"#profile-url\"",
				"https://www.facebook.com/sharer/sharer.php?u=" + encoded, "https://x.com/intent/tweet?url=" + encoded,
				"https://www.linkedin.com/sharing/share-offsite/?url=" + encoded, "mailto:?subject=Book%20a%20consultation%20with%20Alex%20Moreau",
				"/mechanic/profile/qr.png?size=320", "/mechanic/profile/qr/print", "data-copy=\"#referral-link\"")
			.doesNotContain("id=\"not-published\"");

		byte[] png = mvc.perform(get("/mechanic/profile/qr.png").cookie(session)).andExpect(status().isOk())
			.andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(512);
		assertThat(decode(png)).isEqualTo(url);
		mvc.perform(get("/mechanic/profile/qr.png").param("size", "1024").param("download", "true").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"profile-qr-code.png\""));

		mvc.perform(get("/mechanic/profile/qr/print").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Scan to see my profile")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/mechanic/profile/qr.png?size=1024")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(url)));

		// The address in the QR code opens the public profile.
		mvc.perform(get(url.substring("http://localhost:8080".length()))).andExpect(status().isOk());
	}

	@Test
	void theApiGivesTheShareLinksAndAQrCodeOfTheProfileAddress() throws Exception {
		var mechanic = scenario.quickMechanic("Kim Tran", true);
		String url = "http://localhost:8080/mechanic/public/" + mechanic.id().value() + "-kim-tran";
		var share = scenario.api().get("/api/mechanic/profile/share", mechanic.token());
		assertThat(share.status()).as(share.body()).isEqualTo(200);
		assertThat(share.json().get("profileUrl").asString()).isEqualTo(url);
		assertThat(share.json().get("published").asBoolean()).isTrue();
		assertThat(share.json().get("shareLinks").get("linkedIn").asString()).endsWith(URLEncoder.encode(url, StandardCharsets.UTF_8));
		assertThat(share.json().get("referralLink").asString())
			.isEqualTo("http://localhost:8080/signup/customer?ref=" + share.json().get("referralCode").asString());
		assertThat(decode(scenario.api().bytes("/api/mechanic/profile/qr.png?size=200", mechanic.token()))).isEqualTo(url);
		assertThat(scenario.api().get("/api/mechanic/profile/share", null).status()).isEqualTo(401);
	}

	@Test
	void anUnverifiedMechanicIsToldTheProfileAppearsOnceVerified() throws Exception {
		var mechanic = scenario.quickMechanic("Pat Singh", false);
		Cookie session = logIn(mechanic.email());
		mvc.perform(get("/mechanic/profile/share").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"not-published\"")));
		mvc.perform(get("/mechanic/public/" + mechanic.id().value())).andExpect(status().isNotFound());
	}

	@Test
	void onlyMechanicsReachTheMarketingPages() throws Exception {
		var customer = scenario.customer("Jo Lee", null);
		Cookie session = logIn(customer.email());
		mvc.perform(get("/mechanic/profile/share").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/mechanic/profile/qr.png")).andExpect(status().is3xxRedirection());
	}

	static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap).getText();
	}

	private Cookie logIn(String email) throws Exception {
		var login = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", ProfileScenario.PASSWORD))
			.andExpect(status().is3xxRedirection()).andReturn();
		return login.getResponse().getCookie("SESSION");
	}
}
