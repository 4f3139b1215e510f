package ca.mechanicplatform.partnerships;

import java.util.Set;

/** A program's life: draft → published ⇄ paused → closed. Only published programs take applications. */
public enum ProgramStatus {

	DRAFT, PUBLISHED, PAUSED, CLOSED;

	/** The statuses this one may move to. */
	public Set<ProgramStatus> next() {
		return switch (this) {
			case DRAFT -> Set.of(PUBLISHED, CLOSED);
			case PUBLISHED -> Set.of(PAUSED, CLOSED);
			case PAUSED -> Set.of(PUBLISHED, CLOSED);
			case CLOSED -> Set.of();
		};
	}

	public boolean canMoveTo(ProgramStatus target) {
		return next().contains(target);
	}
}
