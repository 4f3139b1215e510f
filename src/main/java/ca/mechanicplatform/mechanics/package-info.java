/**
 * Mechanics: profiles, service tiers and their history, onboarding (profile, trade certifications, background-check
 * consent, payout details, liability insurance), operators' verification with its timing, shifts, availability and
 * the off-shift settings of the geographic non-compete. Depends on accounts, documents (uploaded certificates),
 * notifications, audit (verification decisions)
 * and the kernel; never on workshops: a mechanic's workshop is a {@link ca.mechanicplatform.kernel.WorkshopId}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mechanics")
package ca.mechanicplatform.mechanics;
