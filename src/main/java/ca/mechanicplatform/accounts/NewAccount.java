package ca.mechanicplatform.accounts;

/** What sign-up needs to open an account; validated by {@link Accounts#register(NewAccount)}. */
public record NewAccount(String displayName, String email, String password, Role role) {
}
