package ca.mechanicplatform.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive fields at rest (social insurance and business numbers) with AES-256-GCM under the key in
 * {@code platform.encryption.key} (base64 of 32 bytes; environment {@code PLATFORM_ENCRYPTION_KEY}). Each value gets
 * a fresh 96-bit nonce, and the caller's context (e.g. {@code tax-profile:MECHANIC:12}) is bound as associated data,
 * so a ciphertext copied to another row does not decrypt. Stored form: version byte 1, nonce, ciphertext with tag.
 */
@Component
public class FieldEncryption {

	/** The key shipped for development; anything encrypted with it is readable by anyone with the source. */
	static final String DEVELOPMENT_KEY = "ZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcHJvZHVjdGk=";

	private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);
	private static final byte VERSION = 1;
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;
	private final SecureRandom random = new SecureRandom();

	FieldEncryption(@Value("${platform.encryption.key:" + DEVELOPMENT_KEY + "}") String base64Key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64Key.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("platform.encryption.key must be base64 (openssl rand -base64 32)", e);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("platform.encryption.key must decode to 32 bytes, was " + bytes.length);
		}
		if (DEVELOPMENT_KEY.equals(base64Key.trim())) {
			log.warn("Sensitive fields are encrypted with the development key; set PLATFORM_ENCRYPTION_KEY "
					+ "(openssl rand -base64 32) before storing real tax identities");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	/** Encrypts {@code plaintext}, bound to {@code context}. */
	public byte[] encrypt(String plaintext, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not encrypt a field", e);
		}
	}

	/**
	 * @throws IllegalStateException if the value was not encrypted with this key and context, or was altered
	 */
	public String decrypt(byte[] stored, String context) {
		if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
			throw new IllegalStateException("Not an encrypted field");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("An encrypted field could not be decrypted (wrong key, context or altered data)", e);
		}
	}
}
