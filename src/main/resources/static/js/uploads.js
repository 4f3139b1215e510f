// File inputs with data-max-bytes refuse a file that is too large before it is sent; the server checks again.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach((input) => {
    input.addEventListener('change', () => {
      const max = Number(input.dataset.maxBytes);
      const file = input.files && input.files[0];
      const tooLarge = file && file.size > max;
      input.setCustomValidity(tooLarge ? 'Files may be at most ' + Math.round(max / 1048576) + ' MB' : '');
      input.classList.toggle('is-invalid', Boolean(tooLarge));
      if (tooLarge) input.reportValidity();
    });
  });
});
