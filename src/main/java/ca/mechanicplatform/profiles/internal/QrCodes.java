package ca.mechanicplatform.profiles.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as PNG images (ZXing), with medium error correction so a printed code survives a scuff or a glare. */
@Component
public class QrCodes {

	public static final int MIN_SIZE = 128;
	public static final int MAX_SIZE = 2048;

	/** A square PNG of {@code size} pixels (clamped to 128–2048) encoding {@code text}, with a quiet zone. */
	public byte[] png(String text, int size) {
		int pixels = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return png.toByteArray();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode this text as a QR code", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
