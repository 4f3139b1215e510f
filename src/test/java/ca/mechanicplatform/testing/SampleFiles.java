package ca.mechanicplatform.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files of each accepted type, and impostors, for upload tests. */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A one-page PDF. */
	public static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	/** The start of a PNG: its signature and an IHDR chunk header. */
	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 2, 0, 0, 0 };
	}

	/** The start of a JPEG: SOI and a JFIF APP0 marker. */
	public static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
	}

	/** Plain text, whatever it is named. */
	public static byte[] text() {
		return "This is not a certificate, whatever its name says.\n".getBytes(StandardCharsets.US_ASCII);
	}

	/** A PDF header followed by padding, {@code bytes} long. */
	public static byte[] pdfOfSize(int bytes) {
		byte[] content = new byte[bytes];
		Arrays.fill(content, (byte) ' ');
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, header.length);
		return content;
	}
}
