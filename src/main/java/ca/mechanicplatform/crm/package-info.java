/**
 * CRM: a mechanic's clients (created when a consultation or a bay job with a customer completes, or added by hand),
 * their vehicles, notes, tags, follow-up reminders and service history with the amounts the ledger recorded. A client
 * belongs to one mechanic and is never shown to another. Depends on consultations and bookings (their completion events
 * and facades), revenue (the recorded sales), accounts, mechanics, audit, web and the kernel; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CRM")
package ca.mechanicplatform.crm;
