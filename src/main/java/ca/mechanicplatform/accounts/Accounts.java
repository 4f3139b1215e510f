package ca.mechanicplatform.accounts;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.internal.CustomerRows;
import ca.mechanicplatform.accounts.internal.UserRows;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.UserId;

/**
 * Opens and looks up accounts. Sign-up of a mechanic or a workshop calls {@link #register(NewAccount)} inside that
 * module's own transaction, so a refused profile leaves no account behind.
 */
@Service
public class Accounts {

	static final int MIN_PASSWORD_LENGTH = 10;
	static final int MAX_PASSWORD_LENGTH = 128;
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

	private final UserRows users;
	private final CustomerRows customers;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Accounts(UserRows users, CustomerRows customers, PasswordEncoder passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.customers = customers;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an account for a customer, mechanic or workshop admin.
	 * @throws InvalidInputException naming every field at fault (e-mail taken, weak password, ...); nothing is stored
	 */
	@Transactional
	public UserId register(NewAccount account) {
		if (account.role() == Role.PLATFORM_ADMIN) {
			throw new BusinessRuleException("role", "Platform operator accounts are created by configuration, not by sign-up");
		}
		InputCheck check = new InputCheck();
		check(account, check);
		check.throwIfInvalid();
		return store(account);
	}

	/**
	 * Adds every problem with a new account's fields to {@code check}, including an e-mail address already in use,
	 * so that a sign-up form can report them together with its own fields.
	 */
	public void check(NewAccount account, InputCheck check) {
		check.text("name", account.displayName(), 120, "Enter your name");
		String email = normaliseEmail(account.email());
		checkEmail(email, check);
		checkPassword(account.password(), email, check);
		if (!check.has("email")) {
			check.require(users.findByEmail(email).isEmpty(), "email", "An account with this e-mail address already exists. Log in instead.");
		}
	}

	/** An e-mail address someone typed, normalised: present and well formed. */
	static void checkEmail(String email, InputCheck check) {
		check.require(!email.isEmpty(), "email", "Enter your e-mail address");
		check.require(email.length() <= 254 && EMAIL.matcher(email).matches(), "email", "Enter a valid e-mail address, like name@example.ca");
	}

	/** The rules every password follows, at sign-up and at a reset. */
	static void checkPassword(String candidate, String email, InputCheck check) {
		String password = candidate == null ? "" : candidate;
		check.require(password.length() >= MIN_PASSWORD_LENGTH, "password", "Use at least " + MIN_PASSWORD_LENGTH + " characters for your password");
		check.require(password.length() <= MAX_PASSWORD_LENGTH, "password", "Use at most " + MAX_PASSWORD_LENGTH + " characters for your password");
		check.require(!password.equalsIgnoreCase(email), "password", "Your password must not be your e-mail address");
	}

	/** Opens a customer account and its profile in one transaction. */
	@Transactional
	public Customer registerCustomer(CustomerSignUp form) {
		return registerCustomer(form, null);
	}

	/**
	 * Opens a customer account and its profile in one transaction and publishes {@link CustomerRegistered} with the
	 * referral code the customer arrived with. The code is only carried, never checked here: the module that owns
	 * referral codes attributes the customer when it knows the code and ignores it otherwise, so a stale or mistyped
	 * referral link never stops anyone from signing up.
	 *
	 * @param referralCode the code from a referral link, or {@code null}
	 */
	@Transactional
	public Customer registerCustomer(CustomerSignUp form, String referralCode) {
		NewAccount account = new NewAccount(form.name(), form.email(), form.password(), Role.CUSTOMER);
		InputCheck check = new InputCheck();
		check(account, check);
		PostalCode postalCode = check.parse("postalCode", form.postalCode(), PostalCode::parse);
		String phone = check.optionalText("phone", form.phone(), 30);
		check.throwIfInvalid();
		UserId userId = store(account);
		CustomerId id = customers.insert(userId, postalCode, phone, clock.instant());
		String code = referralCode == null || referralCode.isBlank() || referralCode.length() > 40 ? null : referralCode.trim();
		events.publishEvent(new CustomerRegistered(id, userId, code));
		return customer(id);
	}

	/**
	 * Makes sure the operator account from configuration exists; an existing account keeps its password.
	 * @return the operator's id
	 */
	@Transactional
	public UserId ensurePlatformAdmin(String email, String password, String displayName) {
		return users.findByEmail(normaliseEmail(email))
			.map(existing -> {
				if (existing.role() != Role.PLATFORM_ADMIN) {
					throw new IllegalStateException("The configured operator e-mail " + email + " belongs to a " + existing.role() + " account");
				}
				return existing.id();
			})
			.orElseGet(() -> {
				NewAccount operator = new NewAccount(displayName, email, password, Role.PLATFORM_ADMIN);
				InputCheck check = new InputCheck();
				check(operator, check);
				check.throwIfInvalid();
				return store(operator);
			});
	}

	/**
	 * Changes the name a person is shown by.
	 * @throws InvalidInputException on field {@code name} if it is blank or longer than 120 characters
	 * @throws NotFoundException if there is no such account
	 */
	@Transactional
	public void rename(UserId id, String displayName) {
		InputCheck check = new InputCheck();
		String name = check.text("name", displayName, 120, "Enter your name");
		check.throwIfInvalid();
		get(id);
		users.updateDisplayName(id, name);
	}

	public Optional<Account> find(UserId id) {
		return users.find(id);
	}

	public Account get(UserId id) {
		return find(id).orElseThrow(() -> NotFoundException.of("Account", id));
	}

	public Optional<Account> findByEmail(String email) {
		return users.findByEmail(normaliseEmail(email));
	}

	public Customer customer(CustomerId id) {
		return customers.find(id).orElseThrow(() -> NotFoundException.of("Customer", id));
	}

	public Optional<Customer> customerOf(UserId userId) {
		return customers.findByUser(userId);
	}

	/** How many accounts each role has (every role present, zero included). */
	public Map<Role, Long> countByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			counts.put(role, 0L);
		}
		counts.putAll(users.countByRole());
		return counts;
	}

	/** Trims and lower-cases an e-mail address, the form in which accounts are stored and looked up. */
	public static String normaliseEmail(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	private UserId store(NewAccount account) {
		String email = normaliseEmail(account.email());
		UserId id = users.insert(email, passwords.encode(account.password()), account.displayName().trim(), account.role(), clock.instant());
		events.publishEvent(new AccountRegistered(id, email, account.role()));
		return id;
	}

}
