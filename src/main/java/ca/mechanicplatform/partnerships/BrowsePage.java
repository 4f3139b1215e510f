package ca.mechanicplatform.partnerships;

import java.util.List;

/** One page of marketplace results; {@code hasNext} tells whether another page follows. */
public record BrowsePage(List<ProgramCard> results, int page, int size, boolean hasNext) {
}
