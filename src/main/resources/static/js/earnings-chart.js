// Draws the earnings-by-month chart from the data attributes of <canvas data-earnings-chart>; the table beside it
// shows the same figures without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.querySelector('[data-earnings-chart]');
  if (!canvas || typeof Chart === 'undefined') return;
  const read = (name) => JSON.parse(canvas.dataset[name] || '[]');
  const datasets = [
    { label: 'Virtual', data: read('virtual'), backgroundColor: '#0b5d7a', stack: 'earned' },
    { label: 'Physical', data: read('physical'), backgroundColor: '#f4a61d', stack: 'earned' },
  ];
  const fees = read('fees');
  if (fees.some((value) => Number(value) !== 0)) {
    datasets.push({ label: 'Bay and membership fees', data: fees, backgroundColor: '#c0504d', stack: 'earned' });
  }
  new Chart(canvas, {
    type: 'bar',
    data: { labels: read('labels'), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (value) => '$' + value } } },
      plugins: { tooltip: { callbacks: { label: (item) => item.dataset.label + ': $' + Number(item.raw).toFixed(2) } } },
    },
  });
});
