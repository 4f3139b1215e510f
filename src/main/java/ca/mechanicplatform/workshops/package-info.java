/**
 * Workshops: the shop's profile (address, postal code, IANA time zone), its off-shift policy for employees
 * ({@code allow_employee_local_freelance}, {@code employee_revenue_share_pct}) and, as they are added, hours, bays and
 * employees. Depends on accounts (sign-up), mechanics (employees) and the kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workshops")
package ca.mechanicplatform.workshops;
