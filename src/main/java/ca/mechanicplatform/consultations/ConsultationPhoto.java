package ca.mechanicplatform.consultations;

/**
 * A photo sent in a consultation's chat.
 *
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code image/webp}
 * @param bytes       the image as uploaded
 */
public record ConsultationPhoto(String contentType, byte[] bytes) {
}
