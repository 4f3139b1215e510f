// Draws the analytics page's charts from the JSON in <script id="analytics-data">; the tables on the page show the
// same figures without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  const source = document.getElementById('analytics-data');
  if (!source || typeof Chart === 'undefined') return;
  const data = JSON.parse(source.textContent || '{}');
  const dollars = (value) => '$' + Number(value).toFixed(2);
  const draw = (id, config) => {
    const canvas = document.getElementById(id);
    if (canvas) {
      canvas.chart = new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, ...config.options } });
    }
  };

  const earnings = [
    { label: 'Virtual', data: data.virtual, backgroundColor: '#0b5d7a', stack: 'earned' },
    { label: 'Physical', data: data.physical, backgroundColor: '#f4a61d', stack: 'earned' },
  ];
  if ((data.fees || []).some((value) => Number(value) !== 0)) {
    earnings.push({ label: 'Bay and membership fees', data: data.fees, backgroundColor: '#c0504d', stack: 'earned' });
  }
  draw('earnings-chart', {
    type: 'bar',
    data: { labels: data.months, datasets: earnings },
    options: {
      scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (value) => '$' + value } } },
      plugins: { tooltip: { callbacks: { label: (item) => item.dataset.label + ': ' + dollars(item.raw) } } },
    },
  });

  draw('activity-chart', {
    type: 'bar',
    data: {
      labels: data.weeks,
      datasets: [
        { label: 'Sessions', data: data.sessions, backgroundColor: '#0b5d7a', stack: 'work' },
        { label: 'Bay jobs', data: data.jobs, backgroundColor: '#f4a61d', stack: 'work' },
      ],
    },
    options: {
      scales: { x: { stacked: true, ticks: { maxTicksLimit: 12 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { tooltip: { callbacks: { title: (items) => 'Week of ' + items[0].label } } },
    },
  });

  draw('clients-chart', {
    type: 'bar',
    data: {
      labels: data.months,
      datasets: [
        { label: 'New', data: data.newClients, backgroundColor: '#2e8b57', stack: 'clients', yAxisID: 'y' },
        { label: 'Returning', data: data.returningClients, backgroundColor: '#7fb8cc', stack: 'clients', yAxisID: 'y' },
        { label: '90-day retention %', data: data.retention, type: 'line', borderColor: '#6f42c1', backgroundColor: '#6f42c1',
          yAxisID: 'rate', spanGaps: true, tension: 0.2 },
      ],
    },
    options: {
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'clients' } },
        rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (value) => value + '%' } },
      },
    },
  });

  draw('ratings-chart', {
    type: 'bar',
    data: {
      labels: ['1 ★', '2 ★', '3 ★', '4 ★', '5 ★'],
      datasets: [{ label: 'Ratings', data: data.stars, backgroundColor: '#f4a61d' }],
    },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
  });
});
