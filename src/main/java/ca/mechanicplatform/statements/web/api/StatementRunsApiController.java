package ca.mechanicplatform.statements.web.api;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.statements.StatementRun;
import ca.mechanicplatform.statements.Statements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The operators' statement runs over the API: the same action as the /admin/statements page. */
@RestController
@Tag(name = "Statement runs (operators)", description = "Issuing a finished month's statements by hand")
class StatementRunsApiController {

	private final Statements statements;

	StatementRunsApiController(Statements statements) {
		this.statements = statements;
	}

	record RunView(long id, String month, String trigger, Long startedBy, Instant startedAt, Instant finishedAt, Integer created) {

		static RunView of(StatementRun run) {
			return new RunView(run.id(), run.month().toString(), run.trigger().name(),
					run.startedBy() == null ? null : run.startedBy().value(), run.startedAt(), run.finishedAt(), run.created());
		}
	}

	record Generate(String month) {
	}

	@GetMapping("/api/admin/statements/runs")
	@Operation(summary = "Statement runs, newest first")
	List<RunView> runs() {
		return statements.runs().stream().map(RunView::of).toList();
	}

	@PostMapping("/api/admin/statements/runs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a finished month's statements", description = "Body {\"month\": \"2026-10\"}. Parties that "
			+ "already have that month's statement keep it (created counts only new ones); a month not over yet is refused (400, field month).")
	RunView generate(@AuthenticationPrincipal PlatformUser user, @RequestBody Generate body) {
		YearMonth month;
		try {
			month = YearMonth.parse(body == null || body.month() == null ? "" : body.month().trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(Map.of("month", "Give the month as yyyy-mm, like 2026-10"));
		}
		return RunView.of(statements.generate(month, StatementRun.Trigger.OPERATOR, user.id()));
	}
}
