package ca.mechanicplatform.revenue.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.revenue.PayableBalance;
import ca.mechanicplatform.revenue.PayoutLine;
import ca.mechanicplatform.revenue.PayoutRun;
import ca.mechanicplatform.revenue.Payouts;
import ca.mechanicplatform.web.Downloads;

/** The operator's payout runs: start one, download the payout file, confirm lines paid or failed. */
@Controller
class PayoutPagesController {

	private final Payouts payouts;

	PayoutPagesController(Payouts payouts) {
		this.payouts = payouts;
	}

	@GetMapping("/admin/payouts")
	String runs(Model model) {
		var payable = payouts.payable();
		model.addAttribute("runs", payouts.runs());
		model.addAttribute("payableCount", payable.size());
		model.addAttribute("payableTotal", Money.ofCents(payable.stream().mapToLong(PayableBalance::amountCents).sum()));
		return "revenue/payouts";
	}

	@PostMapping("/admin/payouts/run")
	String run(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		PayoutRun run = payouts.run(user.id());
		redirect.addFlashAttribute("flash", run.lines() == 0 ? "Nobody is owed anything right now; the run has no lines."
				: "Payout run " + run.id() + " created: " + run.lines() + " payees, " + run.total() + ". Send the payout file to the bank.");
		return "redirect:/admin/payouts/" + run.id();
	}

	@GetMapping("/admin/payouts/{id}")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("run", payouts.run(id));
		model.addAttribute("lines", payouts.lines(id));
		return "revenue/payout-run";
	}

	@GetMapping("/admin/payouts/{id}/payout-file.csv")
	ResponseEntity<byte[]> payoutFile(@PathVariable long id) {
		return Downloads.csv(payouts.payoutFile(id), "payout-run-" + id + ".csv");
	}

	@PostMapping("/admin/payouts/lines/{lineId}/paid")
	String paid(@AuthenticationPrincipal PlatformUser user, @PathVariable long lineId, RedirectAttributes redirect) {
		try {
			PayoutLine line = payouts.markPaid(lineId, user.id());
			redirect.addFlashAttribute("flash", line.reference() + " to " + line.payeeName() + " confirmed paid.");
			return "redirect:/admin/payouts/" + line.runId();
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
			return "redirect:/admin/payouts";
		}
	}

	@PostMapping("/admin/payouts/lines/{lineId}/failed")
	String failed(@AuthenticationPrincipal PlatformUser user, @PathVariable long lineId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			PayoutLine line = payouts.markFailed(lineId, user.id(), reason);
			redirect.addFlashAttribute("flash", line.reference() + " marked failed; " + line.payeeName()
					+ "'s balance is restored and the next run pays it again.");
			return "redirect:/admin/payouts/" + line.runId();
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
			return "redirect:/admin/payouts";
		}
	}

	@PostMapping("/admin/payouts/{id}/paid")
	String allPaid(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			payouts.markAllPaid(id, user.id());
			redirect.addFlashAttribute("flash", "Every pending line of run " + id + " confirmed paid.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/admin/payouts/" + id;
	}
}
