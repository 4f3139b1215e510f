// Consultations: live feed through server-sent events, chat form reset and scrolling. Pages work without it
// (reload to see new requests; the chat form posts and redirects).
document.addEventListener('DOMContentLoaded', () => {
  const feed = document.querySelector('[data-live-feed]');
  if (feed && window.EventSource && window.htmx) {
    const source = new EventSource(feed.dataset.liveFeed);
    source.addEventListener('requests', () => {
      htmx.ajax('GET', feed.dataset.feedUrl, { target: '#feed', swap: 'innerHTML' });
    });
    window.addEventListener('pagehide', () => source.close());
  }

  const scrollChat = () => {
    const live = document.getElementById('live');
    if (live) live.scrollTop = live.scrollHeight;
  };
  scrollChat();
  let lastCount = document.querySelectorAll('#messages .chat-message').length;
  document.body.addEventListener('htmx:afterSwap', (event) => {
    if (event.detail.target && event.detail.target.id === 'live') {
      const count = document.querySelectorAll('#messages .chat-message').length;
      if (count !== lastCount) {
        lastCount = count;
        scrollChat();
      }
    }
  });
  document.body.addEventListener('htmx:afterRequest', (event) => {
    const form = event.detail.elt;
    if (form && form.matches && form.matches('form[data-reset-after]') && event.detail.successful) {
      form.reset();
      const input = form.querySelector('input[name="body"]');
      if (input) input.focus();
    }
  });
});
