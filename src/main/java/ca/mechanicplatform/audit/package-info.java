/**
 * Audit: an append-only log of who changed what and when, with the value before and after as text, for changes that
 * must be explainable later (money movements and fee rules, prices, verification decisions, agreements, tax
 * identities), and the operators' search of it (page {@code /admin/audit}, API {@code GET /api/admin/audit}). Records
 * depend only on the kernel; any module records into it through {@link ca.mechanicplatform.audit.AuditLog}. The search
 * pages use accounts (to show and find actors by e-mail address) and the web shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package ca.mechanicplatform.audit;
