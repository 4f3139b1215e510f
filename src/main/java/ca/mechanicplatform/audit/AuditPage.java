package ca.mechanicplatform.audit;

import java.util.List;

/** One page of audit entries, newest first, and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
