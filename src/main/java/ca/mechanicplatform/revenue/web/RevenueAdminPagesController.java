package ca.mechanicplatform.revenue.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.Account;
import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.ConsultationPrice;
import ca.mechanicplatform.revenue.ConsultationPrices;
import ca.mechanicplatform.revenue.FeeRule;
import ca.mechanicplatform.revenue.FeeRules;
import ca.mechanicplatform.revenue.MechanicRelationship;
import ca.mechanicplatform.revenue.NewFeeRule;
import ca.mechanicplatform.revenue.PriceListForm;
import ca.mechanicplatform.revenue.ServiceKind;
import ca.mechanicplatform.web.FormErrors;

/** The operator's fee rules and consultation price list. */
@Controller
class RevenueAdminPagesController {

	private final FeeRules feeRules;
	private final ConsultationPrices prices;
	private final Accounts accounts;
	private final AccountingCalendar calendar;

	RevenueAdminPagesController(FeeRules feeRules, ConsultationPrices prices, Accounts accounts, AccountingCalendar calendar) {
		this.feeRules = feeRules;
		this.prices = prices;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	@GetMapping("/admin/fee-rules")
	String feeRules(Model model) {
		return feeRulesPage(model, new NewFeeRule("", "", "", calendar.today().plusDays(1).toString(), ""), FormErrors.none());
	}

	@PostMapping("/admin/fee-rules")
	String addFeeRule(@AuthenticationPrincipal PlatformUser user, @ModelAttribute NewFeeRule form, Model model,
			RedirectAttributes redirect) {
		try {
			FeeRule added = feeRules.add(user.id(), form);
			redirect.addFlashAttribute("flash", "Fee rule added: " + added.percentage() + " on "
					+ added.serviceKind().label().toLowerCase() + "s by " + added.relationship().label().toLowerCase() + "s.");
			return "redirect:/admin/fee-rules";
		}
		catch (BusinessRuleException refused) {
			return feeRulesPage(model, form, FormErrors.of(refused));
		}
	}

	@GetMapping("/admin/prices")
	String prices(Model model) {
		var list = prices.all();
		return pricesPage(model, new PriceListForm(dollars(list, 0), dollars(list, 1)), FormErrors.none());
	}

	@PostMapping("/admin/prices")
	String updatePrices(@AuthenticationPrincipal PlatformUser user, @ModelAttribute PriceListForm form, Model model,
			RedirectAttributes redirect) {
		try {
			prices.update(user.id(), form);
			redirect.addFlashAttribute("flash", "Price list saved.");
			return "redirect:/admin/prices";
		}
		catch (BusinessRuleException refused) {
			return pricesPage(model, form, FormErrors.of(refused));
		}
	}

	private String feeRulesPage(Model model, NewFeeRule form, FormErrors errors) {
		var history = feeRules.history();
		var audit = feeRules.auditTrail();
		model.addAttribute("inForce", feeRules.allInForce().values());
		model.addAttribute("history", history);
		model.addAttribute("audit", audit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("serviceKinds", ServiceKind.values());
		model.addAttribute("relationships", MechanicRelationship.values());
		model.addAttribute("zone", calendar.zone().getId());
		model.addAttribute("now", calendar.now());
		model.addAttribute("names", names(Stream.concat(history.stream().map(FeeRule::createdBy),
				audit.stream().map(entry -> entry.actor())).toList()));
		return "revenue/fee-rules";
	}

	private String pricesPage(Model model, PriceListForm form, FormErrors errors) {
		var list = prices.all();
		var audit = prices.auditTrail();
		model.addAttribute("prices", list);
		model.addAttribute("audit", audit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("names", names(Stream.concat(list.stream().map(ConsultationPrice::updatedBy),
				audit.stream().map(entry -> entry.actor())).toList()));
		return "revenue/prices";
	}

	/** Display names of the operators who appear on the page, by user id. */
	private Map<UserId, String> names(Collection<UserId> ids) {
		Map<UserId, String> names = new HashMap<>();
		ids.stream().filter(Objects::nonNull).distinct()
			.forEach(id -> names.put(id, accounts.find(id).map(Account::displayName).orElse("user " + id)));
		return names;
	}

	private static String dollars(java.util.List<ConsultationPrice> prices, int index) {
		return prices.size() > index ? prices.get(index).price().plain() : "";
	}
}
