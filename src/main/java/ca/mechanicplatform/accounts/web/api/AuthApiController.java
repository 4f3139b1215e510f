package ca.mechanicplatform.accounts.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.ApiTokens;
import ca.mechanicplatform.accounts.PasswordResets;
import ca.mechanicplatform.accounts.ApiTokens.ApiToken;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.accounts.SignIn;
import ca.mechanicplatform.accounts.internal.LoginThrottledException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication", description = "Personal access tokens for the JSON API")
class AuthApiController {

	private final SignIn signIn;
	private final ApiTokens tokens;
	private final PasswordResets resets;

	AuthApiController(SignIn signIn, ApiTokens tokens, PasswordResets resets) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.resets = resets;
	}

	record PasswordResetRequest(String email) {
	}

	record NewPassword(String token, String password, String confirmation) {
	}

	@PostMapping("/password-reset")
	@SecurityRequirements
	@Operation(summary = "Ask for a password reset link", description = "E-mails a link to choose a new password to the "
			+ "account with this address (valid for an hour, usable once; at most three an hour). The answer is 202 whether or "
			+ "not an account has the address.")
	ResponseEntity<Void> requestPasswordReset(@RequestBody PasswordResetRequest request) {
		resets.request(request == null ? null : request.email());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/password-reset/confirm")
	@SecurityRequirements
	@Operation(summary = "Choose a new password with a reset link's token", description = "token is the link's token "
			+ "parameter; confirmation must repeat the password. Signs the account's page sessions out; its API tokens stay valid.")
	ResponseEntity<Void> confirmPasswordReset(@RequestBody NewPassword request) {
		resets.reset(request == null ? null : request.token(), request == null ? null : request.password(),
				request == null ? null : request.confirmation());
		return ResponseEntity.noContent().build();
	}

	record TokenRequest(@NotBlank(message = "Enter the account's e-mail address") String email,
			@NotBlank(message = "Enter the password") String password,
			@Size(max = 80, message = "Keep the token name under 80 characters") String name) {
	}

	record TokenResponse(long id, String name, String token, String tokenType, Instant createdAt) {
	}

	record Me(long id, String email, String displayName, String role) {
	}

	@PostMapping("/token")
	@SecurityRequirements
	@Operation(summary = "Issue a personal access token", description = "Exchanges e-mail and password for a bearer token, "
			+ "shown only in this response. Failed attempts are throttled like the log-in form.")
	ResponseEntity<TokenResponse> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		PlatformUser user = signIn.verify(request.email(), request.password(), http);
		var issued = tokens.issue(user.id(), request.name() == null ? "API token" : request.name());
		return ResponseEntity.created(URI.create("/api/auth/tokens/" + issued.id()))
			.body(new TokenResponse(issued.id(), issued.name(), issued.token(), "Bearer", issued.createdAt()));
	}

	@GetMapping("/tokens")
	@Operation(summary = "List your tokens (never their secrets)")
	List<ApiToken> list(@AuthenticationPrincipal PlatformUser user) {
		return tokens.of(user.id());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of your tokens")
	void revoke(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		tokens.revoke(user.id(), id);
	}

	@GetMapping("/me")
	@Operation(summary = "Who the token belongs to")
	Me me(@AuthenticationPrincipal PlatformUser user) {
		return new Me(user.id().value(), user.email(), user.getDisplayName(), user.role().name());
	}

	@ExceptionHandler(LoginThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> refused(AuthenticationException e) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong e-mail address or password"));
	}
}
