package ca.mechanicplatform.revenue.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.revenue.FeeRule;
import ca.mechanicplatform.revenue.FeeRules;
import ca.mechanicplatform.revenue.NewFeeRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Fee rules (operators)", description = "Effective-dated platform fees; add-only and audited")
class FeeRuleApiController {

	private final FeeRules rules;

	FeeRuleApiController(FeeRules rules) {
		this.rules = rules;
	}

	record FeeRuleView(long id, String serviceKind, String relationship, BigDecimal percentage, Instant effectiveFrom,
			Long createdBy, Instant createdAt, String reason) {

		static FeeRuleView of(FeeRule rule) {
			return new FeeRuleView(rule.id(), rule.serviceKind().name(), rule.relationship().name(), rule.percentage().value(),
					rule.effectiveFrom(), rule.createdBy() == null ? null : rule.createdBy().value(), rule.createdAt(), rule.reason());
		}
	}

	@GetMapping("/api/admin/fee-rules")
	@Operation(summary = "Every fee rule ever added, newest first")
	List<FeeRuleView> history() {
		return rules.history().stream().map(FeeRuleView::of).toList();
	}

	@PostMapping("/api/admin/fee-rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a fee rule", description = "It supersedes the rule in force from effectiveFrom (yyyy-mm-dd in the "
			+ "accounting time zone; today means now). Rules are never edited; a start in the past is refused.")
	FeeRuleView add(@AuthenticationPrincipal PlatformUser user, @RequestBody NewFeeRule form) {
		return FeeRuleView.of(rules.add(user.id(), form));
	}
}
