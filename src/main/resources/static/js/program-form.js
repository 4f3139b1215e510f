// Shows only the money fields that apply to the chosen program type.
(() => {
  const form = document.getElementById('program-form');
  if (!form) return;
  const update = () => {
    const checked = form.querySelector('input[name="type"]:checked');
    const type = checked ? checked.value : 'BAY_RENTAL';
    form.querySelectorAll('[data-types]').forEach((field) => {
      field.hidden = !field.dataset.types.split(' ').includes(type);
    });
  };
  form.querySelectorAll('input[name="type"]').forEach((radio) => radio.addEventListener('change', update));
  update();
})();
