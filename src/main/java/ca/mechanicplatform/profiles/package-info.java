/**
 * Profiles: a verified mechanic's public profile (readable address, badges for verified certifications, rating and
 * recent reviews, partner workshops, OpenGraph tags, never private data), the marketing tools that share it (share
 * links and a QR code) and referral codes (attribution at customer sign-up, conversions, and a referral bonus paid once
 * through revenue when the referred customer's first paid consultation completes). Depends on accounts, mechanics,
 * consultations, partnerships, workshops, revenue, web and the kernel; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Profiles")
package ca.mechanicplatform.profiles;
