// The printable QR page's Print button (inline scripts are not allowed by the content security policy).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-print]').forEach((button) => button.addEventListener('click', () => window.print()));
});
