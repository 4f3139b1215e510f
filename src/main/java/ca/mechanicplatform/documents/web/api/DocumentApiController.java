package ca.mechanicplatform.documents.web.api;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Documents")
class DocumentApiController {

	private final Documents documents;

	DocumentApiController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/api/documents/{id}")
	@Operation(summary = "Download an uploaded document",
			description = "Only the mechanic who uploaded it and platform operators may; anyone else gets 404. "
					+ "Served as an attachment with the type detected from its content.")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal PlatformUser user) {
		if (id <= 0) {
			throw NotFoundException.of("Document", id);
		}
		return documents.open(new DocumentId(id), user.id(), user.role()).asAttachment();
	}
}
