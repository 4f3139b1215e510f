/**
 * Audit: an append-only log of who changed what and when, with the value before and after as text, for changes that
 * must be explainable later (fee rules, prices, tax identities). Depends only on the kernel; any module may record into
 * it through {@link ca.mechanicplatform.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package ca.mechanicplatform.audit;
