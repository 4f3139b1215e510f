package ca.mechanicplatform.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import ca.mechanicplatform.kernel.UserId;

/**
 * The signed-in person, whether they came through the log-in form or a bearer token. Controllers receive it with
 * {@code @AuthenticationPrincipal PlatformUser user}. Serializable because it lives in the HTTP session.
 */
public final class PlatformUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final String email;
	private final String displayName;
	private final Role role;
	private final boolean enabled;
	private String passwordHash;

	public PlatformUser(long id, String email, String displayName, Role role, boolean enabled, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public UserId id() {
		return new UserId(id);
	}

	public String email() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public boolean hasRole(Role wanted) {
		return role == wanted;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PlatformUser that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "PlatformUser[" + id + ", " + role + "]";
	}
}
