/**
 * Agreements: documents generated from the Markdown templates in {@code docs/agreements}, rendered to PDF, signed
 * electronically by two parties in a fixed order (typed name and explicit consent; signer, time, IP address, user
 * agent and the document's SHA-256 recorded), with an audit trail and a signed copy carrying a signature certificate
 * page. Depends on accounts, notifications, audit (every
 * state change is also in the platform's audit log) and the kernel; other modules refer to an agreement by {@link AgreementId}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements")
package ca.mechanicplatform.agreements;
