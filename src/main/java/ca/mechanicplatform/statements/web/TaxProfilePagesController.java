package ca.mechanicplatform.statements.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.statements.TaxIdentifierKind;
import ca.mechanicplatform.statements.TaxProfile;
import ca.mechanicplatform.statements.TaxProfileForm;
import ca.mechanicplatform.statements.TaxProfiles;
import ca.mechanicplatform.web.FormErrors;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/** Where mechanics and workshops enter the identity their T4A slips need. */
@Controller
class TaxProfilePagesController {

	private final TaxProfiles profiles;
	private final Mechanics mechanics;
	private final Workshops workshops;

	TaxProfilePagesController(TaxProfiles profiles, Mechanics mechanics, Workshops workshops) {
		this.profiles = profiles;
		this.mechanics = mechanics;
		this.workshops = workshops;
	}

	@GetMapping("/mechanic/tax-profile")
	String mechanicForm(@AuthenticationPrincipal PlatformUser user, Model model) {
		Mechanic mechanic = mechanics.mine(user.id());
		var profile = profiles.find(LedgerAccount.MECHANIC, mechanic.id().value());
		TaxProfileForm form = profile.map(TaxProfilePagesController::form).orElse(new TaxProfileForm(mechanic.name(), "", "",
				mechanic.province().name(), mechanic.postalCode().value(), "SIN", ""));
		return page(model, "/mechanic/tax-profile", "/mechanic/earnings", profile.orElse(null), form, FormErrors.none());
	}

	@PostMapping("/mechanic/tax-profile")
	String mechanicSave(@AuthenticationPrincipal PlatformUser user, @ModelAttribute TaxProfileForm form, Model model,
			RedirectAttributes redirect) {
		long id = mechanics.mine(user.id()).id().value();
		return save(LedgerAccount.MECHANIC, id, user, form, model, redirect, "/mechanic/tax-profile", "/mechanic/earnings");
	}

	@GetMapping("/workshop/tax-profile")
	String workshopForm(@AuthenticationPrincipal PlatformUser user, Model model) {
		Workshop workshop = workshops.mine(user.id());
		var profile = profiles.find(LedgerAccount.WORKSHOP, workshop.id().value());
		TaxProfileForm form = profile.map(TaxProfilePagesController::form).orElse(new TaxProfileForm(workshop.name(),
				workshop.streetAddress(), workshop.city(), workshop.province().name(), workshop.postalCode().value(), "BN", ""));
		return page(model, "/workshop/tax-profile", "/workshop/earnings/statements", profile.orElse(null), form, FormErrors.none());
	}

	@PostMapping("/workshop/tax-profile")
	String workshopSave(@AuthenticationPrincipal PlatformUser user, @ModelAttribute TaxProfileForm form, Model model,
			RedirectAttributes redirect) {
		long id = workshops.mine(user.id()).id().value();
		return save(LedgerAccount.WORKSHOP, id, user, form, model, redirect, "/workshop/tax-profile", "/workshop/earnings/statements");
	}

	private String save(LedgerAccount party, long id, PlatformUser user, TaxProfileForm form, Model model,
			RedirectAttributes redirect, String action, String back) {
		try {
			TaxProfile saved = profiles.save(party, id, form, user.id());
			redirect.addFlashAttribute("flash", "Tax profile saved. Your " + saved.identifierKind().label().toLowerCase() + " is stored encrypted: "
					+ saved.maskedIdentifier());
			return "redirect:" + action;
		}
		catch (BusinessRuleException refused) {
			var current = profiles.find(party, id).orElse(null);
			TaxProfileForm typed = new TaxProfileForm(form.legalName(), form.streetAddress(), form.city(), form.province(),
					form.postalCode(), form.identifierKind(), "");
			return page(model, action, back, current, typed, FormErrors.of(refused));
		}
	}

	private static String page(Model model, String action, String back, TaxProfile profile, TaxProfileForm form, FormErrors errors) {
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("profile", profile);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("provinces", Province.values());
		model.addAttribute("kinds", TaxIdentifierKind.values());
		return "statements/tax-profile";
	}

	private static TaxProfileForm form(TaxProfile profile) {
		return new TaxProfileForm(profile.legalName(), profile.streetAddress(), profile.city(), profile.province().name(),
				profile.postalCode().value(), profile.identifierKind().name(), "");
	}
}
