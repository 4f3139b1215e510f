// Small progressive enhancements shared by every page; pages work without them.
document.addEventListener('DOMContentLoaded', () => {
  // Copy-to-clipboard buttons: <button data-copy="#elementId">.
  document.querySelectorAll('[data-copy]').forEach((button) => {
    button.addEventListener('click', () => {
      const target = document.querySelector(button.dataset.copy);
      if (!target) return;
      navigator.clipboard.writeText(target.value || target.textContent.trim()).then(() => {
        const original = button.innerHTML;
        button.textContent = 'Copied';
        setTimeout(() => { button.innerHTML = original; }, 1500);
      });
    });
  });
  // Province select fills the time zone field with the province's usual zone unless the person changed it.
  const province = document.querySelector('[data-zone-from-province]');
  const zone = document.querySelector('[data-zone-target]');
  if (province && zone) {
    let touched = false;
    zone.addEventListener('change', () => { touched = true; });
    province.addEventListener('change', () => {
      const option = province.selectedOptions[0];
      if (!touched && option && option.dataset.zone) zone.value = option.dataset.zone;
    });
  }
});
