/**
 * Accounts: users and their role, customer profiles, sign-up, log-in with throttling, personal API tokens and the
 * one security configuration for pages (session, CSRF) and the API (stateless bearer tokens). Depends only on the
 * kernel; every other module identifies people by {@link ca.mechanicplatform.kernel.UserId}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package ca.mechanicplatform.accounts;
