/**
 * Partnerships: the programs workshops publish (bay rental, revenue share, membership), the marketplace mechanics
 * search, applications and their review, and partnerships, which become active when both parties have signed the
 * agreement generated at approval. Depends on workshops, mechanics, accounts, agreements, notifications, geo and the
 * kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package ca.mechanicplatform.partnerships;
