package ca.mechanicplatform.workshops;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The hours a workshop is open on one weekday, as wall-clock times in the workshop's own time zone. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
