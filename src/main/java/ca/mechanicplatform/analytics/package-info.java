/**
 * Analytics: a mechanic's business over a chosen period (earnings virtual against physical from the ledger, sessions
 * and bay jobs per week, ratings, new and returning clients, 90-day retention, referral conversions), as a page with
 * charts, a JSON API and a CSV export. A read model only: it owns no data and reads revenue, consultations, bookings,
 * crm and profiles through their public query services, each figure grouped in the database. Depends on those, on
 * accounts, mechanics, web and the kernel; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package ca.mechanicplatform.analytics;
