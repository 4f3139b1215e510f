/**
 * Professional development: a mechanic's training log with hours per year, the expiry status of their trade
 * certifications, and the reminders sent 60 and 14 days before a certificate expires. Reads certifications through the
 * mechanics module's API, sends reminders through notifications; depends on accounts, web and the kernel too, and
 * nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Professional development")
package ca.mechanicplatform.development;
