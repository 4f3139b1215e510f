package ca.mechanicplatform.documents.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.NotFoundException;

/** Downloads a document from a page link; someone else's document is the same "not found" page as a missing one. */
@Controller
class DocumentDownloadController {

	private final Documents documents;

	DocumentDownloadController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal PlatformUser user) {
		try {
			return documents.open(validId(id), user.id(), user.role()).asAttachment();
		}
		catch (NotFoundException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static DocumentId validId(long id) {
		if (id <= 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new DocumentId(id);
	}
}
