// search.js: the search page. All state lives in the URL query string, which
// mirrors the /api/search parameters (q, page, size, sort, facet filters).
import { el, clear, docHref, isModifiedClick, plural, fmtNumber } from './dom.js';
import { search, apiUrl } from './api.js';
import { renderFacets } from './facets.js';
import { markRanges } from './marks.js';
import { figureLabel } from './figures.js';

// Filter params named in docs/api.md; dims seen in responses are added at run time.
const FILTER_DIMS = new Set(['type', 'publisher', 'year', 'language', 'format', 'person', 'official',
  'organization', 'place', 'claimant', 'category', 'victims']);
const SORTS = ['relevance', 'newest', 'oldest'];

const $ = (id) => document.getElementById(id);
const form = $('search-form');
const input = $('q');
const sortSelect = $('sort');
const facetsBox = $('facets');
const results = $('results');
const total = $('total');
const errorBox = $('error');
const pager = $('pager');
// "Compare claims": the figures of the same search, grouped by event (contradictions.html).
const compare = el('a', { id: 'compare-claims', class: 'compare-link', href: 'contradictions.html' }, 'Compare claims');
total.after(compare);
// Export of every result of the search (not only this page): CSV per document or per figure, or JSON.
const exportLinks = el('span', { id: 'export', class: 'export-links' }, 'Export: ',
  el('a', { id: 'export-csv', download: '', href: '#' }, 'CSV'), ' · ',
  el('a', { id: 'export-figures-csv', download: '', href: '#' }, 'CSV per figure'), ' · ',
  el('a', { id: 'export-json', download: '', href: '#' }, 'JSON'));
compare.after(exportLinks);
exportLinks.after(el('a', { id: 'batch-link', class: 'compare-link', href: 'batch.html' }, 'Batch search'));

const FIGURE_PARAMS = ['figure_min', 'figure_max', 'figure_category'];
const figureForm = $('figure-filter');

// Filters start collapsed on narrow screens and are always open on wide ones.
const narrow = matchMedia('(max-width: 50rem)');
const syncPanel = () => { $('facets-panel').open = !narrow.matches; };
narrow.addEventListener('change', syncPanel);
syncPanel();

let controller = null; // aborts the previous request
let ticket = 0; // only the newest request may render

// ---- URL state -------------------------------------------------------------

const currentParams = () => new URLSearchParams(location.search);

function hrefFor(params) {
  const query = params.toString();
  return query ? '?' + query : location.pathname;
}

/** Drop default values so shared URLs stay short, then push the URL and search. */
function navigate(params) {
  if (!params.get('q')) params.delete('q');
  if (params.get('page') === '1') params.delete('page');
  if (params.get('sort') === 'relevance') params.delete('sort');
  const href = hrefFor(params);
  if (href === location.search || (href === location.pathname && !location.search)) {
    history.replaceState(null, '', href);
  } else {
    history.pushState(null, '', href);
  }
  run();
}

const hasFilters = (params) => [...FILTER_DIMS, ...FIGURE_PARAMS].some((d) => params.has(d));
const filterCount = (params) => [...params.keys()].filter((k) => FILTER_DIMS.has(k) || FIGURE_PARAMS.includes(k)).length;

function withoutFilters(params) {
  const p = new URLSearchParams(params);
  for (const d of [...FILTER_DIMS, ...FIGURE_PARAMS]) p.delete(d);
  p.delete('page');
  return p;
}

// ---- events ---------------------------------------------------------------

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const params = currentParams();
  params.set('q', input.value.trim());
  params.delete('page');
  navigate(params);
});

sortSelect.addEventListener('change', () => {
  const params = currentParams();
  params.set('sort', sortSelect.value);
  params.delete('page');
  navigate(params);
});

figureForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const params = currentParams();
  for (const name of FIGURE_PARAMS) {
    const value = figureForm.elements[name].value.trim();
    if (value) params.set(name, value); else params.delete(name);
  }
  params.delete('page');
  navigate(params);
});

$('figure-clear').addEventListener('click', () => {
  const params = currentParams();
  for (const name of FIGURE_PARAMS) params.delete(name);
  params.delete('page');
  navigate(params);
});

/** The export links carry the search's parameters, without its page. */
function updateExports(params) {
  const p = new URLSearchParams(params);
  p.delete('page');
  p.delete('size');
  // in an export, format= is csv or json: the filter on the documents' format is doc_format=
  for (const value of params.getAll('format')) p.append('doc_format', value);
  p.delete('format');
  const href = (extra) => apiUrl('search/export', [...p, ...Object.entries(extra)].reduce((acc, [k, v]) => {
    acc.append(k, v);
    return acc;
  }, new URLSearchParams()));
  $('export-csv').href = href({ format: 'csv' });
  $('export-figures-csv').href = href({ format: 'csv', rows: 'figure' });
  $('export-json').href = href({ format: 'json' });
}

window.addEventListener('popstate', run);

/** Intercept plain clicks on an in-page link and navigate via pushState. */
function pushLink(a, params) {
  a.addEventListener('click', (e) => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    navigate(params);
    window.scrollTo(0, 0);
  });
  return a;
}

// ---- fetching ---------------------------------------------------------------

async function run() {
  const params = currentParams();
  const q = params.get('q') || '';
  input.value = q;
  sortSelect.value = SORTS.includes(params.get('sort')) ? params.get('sort') : 'relevance';
  document.title = q ? `${q} · Counterclaim` : 'Counterclaim';
  compare.href = 'contradictions.html' + (q ? '?q=' + encodeURIComponent(q) : '');
  for (const name of FIGURE_PARAMS) figureForm.elements[name].value = params.get(name) || '';
  updateExports(params);

  controller?.abort();
  controller = new AbortController();
  const mine = ++ticket;
  setLoading(true);
  try {
    const data = await search(params, { signal: controller.signal });
    if (mine !== ticket) return; // a newer search started meanwhile
    showError(null);
    render(data, params);
  } catch (err) {
    if (err.name === 'AbortError' || mine !== ticket) return;
    showError(err);
    clear(results);
    clear(pager);
    total.textContent = '';
    renderFacets(facetsBox, [], facetOptions(params));
  } finally {
    if (mine === ticket) setLoading(false);
  }
}

function setLoading(on) {
  document.body.classList.toggle('loading', on);
  results.setAttribute('aria-busy', String(on));
}

function showError(err) {
  if (!err) {
    errorBox.hidden = true;
    clear(errorBox);
    return;
  }
  const hint = err.status === 400
    ? 'Check the query syntax: balanced "quotes" and (parentheses), field names such as title: or date:[2018-01-01 TO 2018-12-31].'
    : null;
  clear(errorBox,
    el('strong', { class: 'error-title' }, err.error || err.message || 'Something went wrong'),
    err.detail && el('span', { class: 'error-detail' }, err.detail),
    hint && el('span', { class: 'error-hint' }, hint));
  errorBox.hidden = false;
}

// ---- rendering ----------------------------------------------------------------

function facetOptions(params) {
  const n = filterCount(params);
  $('facets-summary').textContent = n ? `Filters (${n} active)` : 'Filters';
  return {
    params,
    active: hasFilters(params),
    clearHref: hrefFor(withoutFilters(params)),
    onClear: () => navigate(withoutFilters(params)),
    onToggle: (dim, value, on) => {
      const p = new URLSearchParams(params);
      const kept = p.getAll(dim).filter((v) => v !== value);
      p.delete(dim);
      for (const v of kept) p.append(dim, v);
      if (on) p.append(dim, value);
      p.delete('page');
      navigate(p);
    },
  };
}

function render(data, params) {
  const q = params.get('q') || '';
  const facets = Array.isArray(data.facets) ? data.facets : [];
  for (const f of facets) if (f && f.dim) FILTER_DIMS.add(String(f.dim));
  renderFacets(facetsBox, facets, facetOptions(params));

  const count = Number(data.total) || 0;
  total.textContent = `${plural(count, 'document')} · ${fmtNumber(Number(data.took_ms) || 0)} ms`;

  const hits = Array.isArray(data.hits) ? data.hits : [];
  if (!hits.length) clear(results, noResults(q, params, count));
  else clear(results, el('ol', { class: 'hits', start: firstRank(data) }, hits.map((h) => renderHit(h, q))));
  renderPager(data, params, count);
}

const firstRank = (data) => ((Number(data.page) || 1) - 1) * (Number(data.size) || 10) + 1;

function noResults(q, params, count) {
  if (count > 0) return el('p', { class: 'empty' }, 'No results on this page.');
  return el('div', { class: 'empty' },
    el('p', { class: 'empty-title' }, q ? `No documents match “${q}”.` : 'No documents found.'),
    el('ul', null,
      q && el('li', null, 'Check the spelling, or try a wildcard (raq*) or fuzzy search (raqa~).'),
      hasFilters(params) && el('li', null, 'Remove some filters: ',
        pushLink(el('a', { href: hrefFor(withoutFilters(params)) }, 'clear all filters'), withoutFilters(params)), '.'),
      !q && !hasFilters(params) && el('li', null, 'The index may still be empty.')));
}

function renderHit(hit, q) {
  const id = String(hit.id ?? '');
  const title = hit.title || hit.path || id || '(untitled)';
  const meta = [hit.date, hit.type, hit.publisher, hit.format]
    .filter((v) => v != null && v !== '')
    .map((v) => el('span', null, String(v)));
  if (hit.path) meta.push(el('span', { class: 'hit-path' }, String(hit.path)));
  const snippets = (Array.isArray(hit.snippets) ? hit.snippets : []).filter((s) => s && s.text);
  return el('li', { class: 'hit', 'data-id': id },
    el('h2', { class: 'hit-heading' }, el('a', { class: 'hit-title', href: docHref(id, q) }, String(title))),
    el('p', { class: 'hit-meta' }, meta.flatMap((m, i) => (i ? [' · ', m] : [m]))),
    hit.parent_id != null && el('p', { class: 'hit-parent' }, 'Attachment of ',
      el('a', { href: docHref(hit.parent_id, q) }, 'parent document')),
    renderFigures(hit, q),
    snippets.map(renderSnippet));
}

/** The hit's casualty figures as chips, each linking to its place in the document. */
function renderFigures(hit, q) {
  const figures = Array.isArray(hit.figures) ? hit.figures : [];
  if (!figures.length) return null;
  const total = Number.isInteger(hit.figure_count) ? hit.figure_count : figures.length; // the API lists the first 20
  return el('ul', { class: 'hit-figures', 'aria-label': 'Casualty figures' },
    figures.slice(0, 8).map((f) => el('li', { class: 'figure-chip figure-' + String(f.category || '').replace(/[^a-z]/gi, '') },
      el('a', { href: docHref(String(hit.id ?? ''), q) + '#' + Number(f.start) + '-' + Number(f.end),
        title: String(f.sentence || '') }, figureLabel(f)))),
    total > 8 ? el('li', { class: 'figure-more' }, '+' + (total - 8) + ' more') : null);
}

/** Snippet text with <mark>s at highlight offsets (relative to the snippet start). */
function renderSnippet(snippet) {
  const text = String(snippet.text);
  const base = Number.isFinite(snippet.start) ? snippet.start : 0;
  const ranges = (Array.isArray(snippet.highlights) ? snippet.highlights : [])
    .filter((h) => h && Number.isFinite(h.start) && Number.isFinite(h.end))
    .map((h) => ({ start: h.start - base, end: h.end - base }));
  return el('p', { class: 'snippet' },
    base > 0 && !text.startsWith('…') ? '…' : null,
    markRanges(text, ranges),
    text.endsWith('…') ? null : '…');
}

function renderPager(data, params, count) {
  if (!count) return clear(pager);
  const size = Number(data.size) || Number(params.get('size')) || 10;
  const pages = Math.max(1, Math.ceil(count / size));
  const page = Math.max(1, Number(data.page) || Number(params.get('page')) || 1);
  const link = (target, label, rel, cls) => {
    if (target < 1 || target > pages || target === page) {
      return el('span', { class: ['pager-link', cls, 'disabled'], 'aria-disabled': 'true' }, label);
    }
    const p = new URLSearchParams(params);
    p.set('page', String(target));
    return pushLink(el('a', { class: ['pager-link', cls], href: hrefFor(p), rel }, label), p);
  };
  clear(pager,
    link(Math.min(page - 1, pages), '← Previous', 'prev', 'pager-prev'),
    el('span', { class: 'pager-status' }, `Page ${fmtNumber(page)} of ${fmtNumber(pages)}`),
    link(page + 1, 'Next →', 'next', 'pager-next'));
}

run();
