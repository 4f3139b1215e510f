package ca.mechanicplatform.profiles;

import org.springframework.stereotype.Service;

import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.profiles.internal.QrCodes;

/** A mechanic's tools for sharing their public profile: share links and a QR code to print for the shop window. */
@Service
public class MarketingTools {

	private final Mechanics mechanics;
	private final PublicProfiles profiles;
	private final QrCodes qrCodes;

	MarketingTools(Mechanics mechanics, PublicProfiles profiles, QrCodes qrCodes) {
		this.mechanics = mechanics;
		this.profiles = profiles;
		this.qrCodes = qrCodes;
	}

	/** The signed-in mechanic's profile address and share links. */
	public ShareKit shareKit(UserId mechanicUser) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		return ShareKit.of(mechanic.name(), profiles.url(mechanic.id(), mechanic.name()), mechanic.verified());
	}

	/** A PNG QR code of the signed-in mechanic's profile address, {@code size} pixels square (128–2048). */
	public byte[] profileQrCode(UserId mechanicUser, int size) {
		return qrCodes.png(profiles.urlOf(mechanicUser), size);
	}
}
