package ca.mechanicplatform.crm;

import java.util.List;

/** One page of search results and how many clients matched in all. */
public record ClientPage(List<Client> results, int page, int size, long total) {

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
