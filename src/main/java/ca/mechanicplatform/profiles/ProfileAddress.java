package ca.mechanicplatform.profiles;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import ca.mechanicplatform.kernel.MechanicId;

/**
 * The readable address of a public profile: {@code /mechanic/public/<id>-<name-slug>}. The id decides which profile is
 * shown, so an address with an old name still works and a bare {@code /mechanic/public/<id>} too.
 */
public final class ProfileAddress {

	public static final String PREFIX = "/mechanic/public/";

	private ProfileAddress() {
	}

	/** {@code Émile O'Brien-Tremblay} → {@code emile-o-brien-tremblay}; at most 60 characters. */
	public static String slug(String name) {
		String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug;
	}

	public static String path(MechanicId id, String name) {
		String slug = slug(name);
		return PREFIX + id.value() + (slug.isEmpty() ? "" : "-" + slug);
	}

	/** The mechanic id at the start of {@code 42-alex-moreau} or {@code 42}; empty for anything else. */
	public static Optional<MechanicId> idOf(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		int end = 0;
		while (end < reference.length() && end < 18 && Character.isDigit(reference.charAt(end))) {
			end++;
		}
		if (end == 0 || (end < reference.length() && reference.charAt(end) != '-')) {
			return Optional.empty();
		}
		long id = Long.parseLong(reference.substring(0, end));
		return id > 0 ? Optional.of(new MechanicId(id)) : Optional.empty();
	}

	/** Up to two initials, shown where a photo would be. */
	public static String initials(String name) {
		String[] words = (name == null ? "" : name.trim()).split("\\s+");
		StringBuilder initials = new StringBuilder();
		if (words.length > 0 && !words[0].isEmpty()) {
			initials.appendCodePoint(Character.toUpperCase(words[0].codePointAt(0)));
		}
		if (words.length > 1) {
			initials.appendCodePoint(Character.toUpperCase(words[words.length - 1].codePointAt(0)));
		}
		return initials.toString();
	}
}
