package ca.mechanicplatform.agreements;

import ca.mechanicplatform.kernel.UserId;

/**
 * One of the two people who sign: their account, their full legal name as it must be typed to sign, and what they
 * are in the agreement ("Mechanic", "Workshop").
 */
public record Party(UserId userId, String name, String label) {
}
