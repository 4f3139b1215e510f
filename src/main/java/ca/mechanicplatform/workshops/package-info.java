/**
 * Workshops: the shop's profile (address, postal code, IANA time zone, services, photos), weekly opening hours,
 * bays, the off-shift policy for employees ({@code allow_employee_local_freelance}, {@code employee_revenue_share_pct}),
 * employees (invitations, clocking in and out, the employee's off-shift panel) and the employees' off-shift
 * revenue-share agreements. Depends on accounts (sign-up), documents (photos), mechanics (employees), agreements (the
 * revenue-share agreement's document and signatures), audit, notifications and the kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workshops")
package ca.mechanicplatform.workshops;
