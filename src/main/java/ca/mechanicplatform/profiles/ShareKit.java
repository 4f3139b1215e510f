package ca.mechanicplatform.profiles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Everything a mechanic needs to share their public profile: its address and ready-made share links.
 *
 * @param published whether the profile is public now (the mechanic is verified); the links work once it is
 */
public record ShareKit(String name, String profileUrl, boolean published, String facebook, String x, String linkedIn,
		String email) {

	static ShareKit of(String name, String profileUrl, boolean published) {
		String url = encode(profileUrl);
		String text = encode(name + ", verified mechanic on the Independent Mechanic Platform");
		return new ShareKit(name, profileUrl, published,
				"https://www.facebook.com/sharer/sharer.php?u=" + url,
				"https://x.com/intent/tweet?url=" + url + "&text=" + text,
				"https://www.linkedin.com/sharing/share-offsite/?url=" + url,
				"mailto:?subject=" + encode("Book a consultation with " + name) + "&body="
						+ encode("You can ask me about your vehicle on the Independent Mechanic Platform: " + profileUrl));
	}

	private static String encode(String text) {
		// mailto: and the share endpoints read %20 for spaces, not the form encoding's '+'.
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
