// batch.js: the batch search page. A list of terms is posted to /api/batch as one job; the answer is shown as a
// table (term, count, top documents) and can be downloaded as CSV.
import { el, clear, docHref, fmtNumber, plural } from './dom.js';
import { ApiError } from './api.js';

const $ = (id) => document.getElementById(id);
const form = $('batch-form');
const terms = $('terms');
const csvButton = $('batch-csv');
const status = $('batch-status');
const results = $('batch-results');
const errorBox = $('error');

/** POST the terms; resolves to the Response, rejects with ApiError for an error answer. */
async function post(format) {
  let res;
  try {
    res = await fetch('/api/batch?format=' + format, {
      method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: terms.value,
    });
  } catch {
    throw new ApiError(0, 'Network error', 'Could not reach the Counterclaim server.');
  }
  if (!res.ok) {
    let body = null;
    try { body = await res.json(); } catch { body = null; }
    throw new ApiError(res.status, body?.error || `HTTP ${res.status}`, body?.detail ?? null);
  }
  return res;
}

function showError(err) {
  errorBox.hidden = !err;
  clear(errorBox, err && el('strong', { class: 'error-title' }, err.error || err.message),
    err?.detail && el('span', { class: 'error-detail' }, ' ' + err.detail));
}

$('terms-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (file) terms.value = await file.text();
  csvButton.disabled = true;
});

terms.addEventListener('input', () => { csvButton.disabled = true; });

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  showError(null);
  status.textContent = 'Running…';
  try {
    const data = await (await post('json')).json();
    render(data);
    csvButton.disabled = false;
  } catch (err) {
    showError(err);
    status.textContent = '';
    clear(results);
  }
});

csvButton.addEventListener('click', async () => {
  try {
    const blob = await (await post('csv')).blob();
    const a = el('a', { href: URL.createObjectURL(blob), download: 'counterclaim-batch.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (err) {
    showError(err);
  }
});

function render(data) {
  const rows = Array.isArray(data.results) ? data.results : [];
  const found = rows.filter((r) => Number(r.count) > 0).length;
  status.textContent = `${plural(rows.length, 'term')}, ${fmtNumber(found)} with results`;
  clear(results, el('table', { class: 'batch-table' },
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Term'), el('th', { scope: 'col' }, 'Documents'),
      el('th', { scope: 'col' }, 'Top documents'))),
    el('tbody', null, rows.map(renderRow))));
}

function renderRow(r) {
  const term = String(r.term ?? '');
  const top = Array.isArray(r.top) ? r.top : [];
  return el('tr', { class: 'batch-row', 'data-term': term },
    el('th', { scope: 'row' }, el('a', { href: '/?q=' + encodeURIComponent(term) }, term)),
    el('td', { class: 'batch-count' }, fmtNumber(Number(r.count) || 0)),
    el('td', null, r.error ? el('span', { class: 'batch-error' }, String(r.error))
      : top.length ? el('ol', { class: 'batch-top' }, top.map((d) => el('li', null,
        el('a', { href: docHref(String(d.id ?? ''), term) }, String(d.title || d.path || d.id)),
        d.publisher ? el('span', { class: 'batch-meta' }, ' · ' + d.publisher) : null,
        d.date ? el('span', { class: 'batch-meta' }, ' · ' + d.date) : null)))
        : el('span', { class: 'batch-none' }, 'no documents')));
}
