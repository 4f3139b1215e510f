/**
 * Workshops: the shop's profile (address, postal code, IANA time zone, services, photos), weekly opening hours,
 * bays, the off-shift policy for employees ({@code allow_employee_local_freelance}, {@code employee_revenue_share_pct})
 * and employees (invitations, clocking in and out, the employee's off-shift panel). Depends on accounts (sign-up),
 * documents (photos), mechanics (employees), notifications and the kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workshops")
package ca.mechanicplatform.workshops;
