package ca.mechanicplatform.mechanics.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.documents.StoredDocument;
import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.mechanics.Onboarding;

/** Looks up the documents a mechanic's page shows (certificates, insurance), by id, for their names and sizes. */
@Component
class DocumentNames {

	private final Documents documents;

	DocumentNames(Documents documents) {
		this.documents = documents;
	}

	Map<DocumentId, StoredDocument> of(Onboarding state) {
		Map<DocumentId, StoredDocument> found = new HashMap<>();
		state.certifications().forEach(c -> found.put(c.documentId(), documents.get(c.documentId())));
		if (state.insurance() != null) {
			found.put(state.insurance().documentId(), documents.get(state.insurance().documentId()));
		}
		return found;
	}
}
