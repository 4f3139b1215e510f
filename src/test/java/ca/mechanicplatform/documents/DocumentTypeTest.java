package ca.mechanicplatform.documents;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTypeTest {

	@Test
	void theTypeComesFromTheFirstBytesOnly() {
		assertThat(DocumentType.detect(SampleFiles.pdf())).contains(DocumentType.PDF);
		assertThat(DocumentType.detect(SampleFiles.png())).contains(DocumentType.PNG);
		assertThat(DocumentType.detect(SampleFiles.jpeg())).contains(DocumentType.JPEG);
		assertThat(DocumentType.detect(SampleFiles.text())).isEmpty();
		assertThat(DocumentType.detect(new byte[] { '%', 'P', 'D' })).as("a truncated signature").isEmpty();
		assertThat(DocumentType.detect(new byte[0])).isEmpty();
	}

	@Test
	void aPhotoMustBeAnImageWhileACertificateMayAlsoBeAPdf() {
		assertThat(DocumentKind.TRADE_CERTIFICATE.accepts(DocumentType.PDF)).isTrue();
		assertThat(DocumentKind.WORKSHOP_PHOTO.accepts(DocumentType.PDF)).isFalse();
		assertThat(DocumentKind.TRADE_CERTIFICATE.acceptedText()).isEqualTo("PDF, JPEG or PNG");
		assertThat(DocumentKind.WORKSHOP_PHOTO.acceptedText()).isEqualTo("JPEG or PNG");
	}

	@Test
	void theOriginalNameIsKeptOnlyAsItsLastSegmentWithoutControlCharacters() {
		assertThat(Documents.displayName("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd");
		assertThat(Documents.displayName("C:\\scans\\red seal.pdf", DocumentType.PDF)).isEqualTo("red seal.pdf");
		assertThat(Documents.displayName("cert\r\n.pdf", DocumentType.PDF)).isEqualTo("cert.pdf");
		assertThat(Documents.displayName("   ", DocumentType.PNG)).isEqualTo("document.png");
		assertThat(Documents.displayName(null, DocumentType.JPEG)).isEqualTo("document.jpeg");
		assertThat(Documents.displayName("a".repeat(300) + ".pdf", DocumentType.PDF)).hasSize(200).endsWith(".pdf");
	}

	@Test
	void anOversizedUploadIsRefusedWithoutReadingIt() {
		Upload huge = Upload.of("huge.pdf", Documents.MAX_BYTES + 1, () -> {
			throw new AssertionError("an oversized upload must not be read");
		});
		InputCheck check = new InputCheck();
		var documents = new Documents(null, null);
		assertThat(documents.check(huge, DocumentKind.TRADE_CERTIFICATE, "document", check)).isNull();
		assertThatThrownBy(check::throwIfInvalid).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("document")).contains("at most 10 MB"));
	}
}
