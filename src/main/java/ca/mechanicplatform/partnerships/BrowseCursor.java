package ca.mechanicplatform.partnerships;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import ca.mechanicplatform.kernel.InvalidInputException;

/**
 * Where a marketplace page ended: the order it was in, its page number and the last result's place in that order (its
 * sort value and id). The next page starts right after it, so reading page 200 by following "next" costs what reading
 * the first page costs, where a page number makes the search decide every earlier result again. Handed out as an opaque
 * URL-safe token; a token is only valid for the order it was made in.
 *
 * @param distanceKm      for {@code DISTANCE}: the last result's distance, {@code null} for a program without location
 * @param publishedAt     for {@code NEWEST}: when the last result was published
 * @param mechanicShareBp for {@code BEST_SHARE}: the last result's mechanic share in basis points
 */
public record BrowseCursor(BrowseQuery.Sort sort, int page, long id, Double distanceKm, Instant publishedAt, Integer mechanicShareBp) {

	private static final String VERSION = "1";

	/** The place of {@code card}, the last result of page {@code page} in {@code sort}. */
	public static BrowseCursor after(BrowseQuery.Sort sort, int page, ProgramCard card) {
		var program = card.program();
		return switch (sort) {
			case DISTANCE -> new BrowseCursor(sort, page, program.id().value(), card.distanceKm(), null, null);
			case NEWEST -> new BrowseCursor(sort, page, program.id().value(), null, program.publishedAt(), null);
			case BEST_SHARE -> new BrowseCursor(sort, page, program.id().value(), null, null,
					program.mechanicShare().value().movePointRight(2).intValueExact());
		};
	}

	/** The token for links and the API's {@code next}. */
	public String token() {
		String key = switch (sort) {
			case DISTANCE -> distanceKm == null ? "-" : Double.toString(distanceKm);
			case NEWEST -> publishedAt == null ? "-" : publishedAt.getEpochSecond() + "." + publishedAt.getNano();
			case BEST_SHARE -> Integer.toString(mechanicShareBp);
		};
		String text = String.join("~", VERSION, sort.name(), Integer.toString(page), Long.toString(id), key);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a token made by {@link #token()}.
	 *
	 * @throws InvalidInputException (field {@code after}) for anything else, or for a token made in another order than
	 *                               {@code sort}
	 */
	public static BrowseCursor parse(String token, BrowseQuery.Sort sort) {
		BrowseCursor cursor;
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("~", -1);
			if (parts.length != 5 || !parts[0].equals(VERSION)) {
				throw invalid();
			}
			BrowseQuery.Sort made = BrowseQuery.Sort.valueOf(parts[1]);
			int page = Integer.parseInt(parts[2]);
			long id = Long.parseLong(parts[3]);
			String key = parts[4];
			boolean none = key.equals("-");
			cursor = switch (made) {
				case DISTANCE -> new BrowseCursor(made, page, id, none ? null : finite(Double.parseDouble(key)), null, null);
				case NEWEST -> new BrowseCursor(made, page, id, null, none ? null : instant(key), null);
				case BEST_SHARE -> new BrowseCursor(made, page, id, null, null, Integer.parseInt(key));
			};
			if (page < 1 || page >= 10_000) {
				throw invalid();
			}
		}
		catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException malformed) {
			throw invalid();
		}
		if (cursor.sort != sort) {
			throw new InvalidInputException(Map.of("after", "This next-page link belongs to another order: start again from the first page"));
		}
		return cursor;
	}

	private static double finite(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a distance");
		}
		return value;
	}

	private static Instant instant(String key) {
		int dot = key.indexOf('.');
		if (dot < 0) {
			throw new IllegalArgumentException("not an instant");
		}
		return Instant.ofEpochSecond(Long.parseLong(key.substring(0, dot)), Long.parseLong(key.substring(dot + 1)));
	}

	private static InvalidInputException invalid() {
		return new InvalidInputException(Map.of("after", "This next-page link is not valid: start again from the first page"));
	}
}
