package ca.mechanicplatform.partnerships;

import java.util.List;

/**
 * One page of marketplace results; {@code hasNext} tells whether another page follows, and {@code next} is the token
 * that asks for it ({@link BrowseQuery#after()}), {@code null} on the last page.
 */
public record BrowsePage(List<ProgramCard> results, int page, int size, boolean hasNext, String next) {
}
