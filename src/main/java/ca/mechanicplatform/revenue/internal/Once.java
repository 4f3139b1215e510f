package ca.mechanicplatform.revenue.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records something at most once per business key. A later duplicate finds the first record and returns it. A
 * concurrent duplicate is stopped by the key's UNIQUE constraint: its insert waits for the first transaction, then
 * fails; the failed attempt is rolled back to a savepoint (so the caller's transaction stays usable) and the first
 * record, now committed, is returned instead.
 */
@Component
public class Once {

	/** The outcome: the record, and whether it was already there. */
	public record Outcome<T>(T value, boolean alreadyRecorded) {
	}

	private final TransactionTemplate savepoint;

	Once(PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * @param existing finds the record of this key, if any
	 * @param create   records it; must fail with {@link DuplicateKeyException} when the key is already taken
	 */
	public <T> Outcome<T> record(Supplier<Optional<T>> existing, Supplier<T> create) {
		Optional<T> found = existing.get();
		if (found.isPresent()) {
			return new Outcome<>(found.get(), true);
		}
		try {
			return new Outcome<>(savepoint.execute(status -> create.get()), false);
		}
		catch (DuplicateKeyException concurrent) {
			return new Outcome<>(existing.get().orElseThrow(() -> concurrent), true);
		}
	}
}
