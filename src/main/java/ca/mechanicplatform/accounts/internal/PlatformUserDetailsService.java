package ca.mechanicplatform.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.accounts.Accounts;

@Component
class PlatformUserDetailsService implements UserDetailsService {

	private final UserRows users;

	PlatformUserDetailsService(UserRows users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return users.principalByEmail(Accounts.normaliseEmail(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail address"));
	}
}
