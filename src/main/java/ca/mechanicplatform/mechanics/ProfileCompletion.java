package ca.mechanicplatform.mechanics;

import java.util.List;

/**
 * How complete a mechanic's profile is: the share of required items done (rounded down, so 100 means everything)
 * and the items still missing, in the order a mechanic would do them.
 */
public record ProfileCompletion(int percent, List<MissingItem> missing) {

	public ProfileCompletion {
		missing = List.copyOf(missing);
	}

	public boolean isComplete() {
		return missing.isEmpty();
	}

	public boolean isMissing(String code) {
		return missing.stream().anyMatch(item -> item.code().equals(code));
	}
}
