package ca.mechanicplatform.consultations;

import java.util.List;

/** One page of a mechanic's feed, newest first, with what limits it. */
public record FeedPage(FeedAccess access, List<FeedCard> cards, int page, int size, boolean hasNext) {
}
