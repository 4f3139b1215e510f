/**
 * Bookings: bay bookings by partnered mechanics (rules, availability, conflicts that the database refuses), the
 * workshop's confirmations, declines and overrides, jobs done in a booked bay and recorded as sales in revenue under
 * the partnership's model, monthly membership fees, and iCalendar feeds behind secret addresses. Depends on
 * workshops (bays, hours, time zone), partnerships (who may book, on which terms), mechanics, accounts, revenue,
 * notifications, audit, web and the kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bookings")
package ca.mechanicplatform.bookings;
