package ca.mechanicplatform.workshops;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A workshop's week: the days it opens, with local times, and the time zone they are in. A day that is not listed
 * is a closed day. Local times (not instants) are kept so that a daylight-saving change never shifts the hours.
 */
public record WeeklyHours(ZoneId zone, List<OpeningHours> days) {

	public WeeklyHours {
		days = List.copyOf(days);
	}

	public Optional<OpeningHours> on(DayOfWeek day) {
		return days.stream().filter(hours -> hours.day() == day).findFirst();
	}

	public boolean isOpenOn(DayOfWeek day) {
		return on(day).isPresent();
	}
}
