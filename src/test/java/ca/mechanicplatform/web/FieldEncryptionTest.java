package ca.mechanicplatform.web;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldEncryptionTest {

	final FieldEncryption encryption = new FieldEncryption("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

	@Test
	void aValueDecryptsOnlyWithItsKeyAndContext() {
		byte[] sealed = encryption.encrypt("046454286", "tax-profile:MECHANIC:1");
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("046454286");
		assertThat(encryption.decrypt(sealed, "tax-profile:MECHANIC:1")).isEqualTo("046454286");
		assertThatThrownBy(() -> encryption.decrypt(sealed, "tax-profile:MECHANIC:2")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new FieldEncryption(FieldEncryption.DEVELOPMENT_KEY).decrypt(sealed, "tax-profile:MECHANIC:1"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anAlteredCiphertextIsRefusedAndEveryEncryptionUsesAFreshNonce() {
		byte[] first = encryption.encrypt("123456789", "c");
		byte[] second = encryption.encrypt("123456789", "c");
		assertThat(Arrays.equals(first, second)).isFalse();
		first[first.length - 1] ^= 1;
		assertThatThrownBy(() -> encryption.decrypt(first, "c")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedAtStartUp() {
		assertThatThrownBy(() -> new FieldEncryption("c2hvcnQ=")).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new FieldEncryption("not base64!")).hasMessageContaining("base64");
	}
}
