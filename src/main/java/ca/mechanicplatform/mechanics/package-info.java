/**
 * Mechanics: profiles, service tiers, mechanic type (independent or workshop employee), verification status and
 * the off-shift settings of the geographic non-compete. Depends on accounts (sign-up) and the kernel; a mechanic's
 * workshop is referenced by {@link ca.mechanicplatform.kernel.WorkshopId} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mechanics")
package ca.mechanicplatform.mechanics;
