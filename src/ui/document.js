// document.js: the document page: metadata, parent/children links, and the text
// with annotation marks, "find in text" and a #start-end linked passage. The API
// serves long texts in windows of at most WINDOW characters (docs/api.md): the page
// shows one window, the one holding the linked passage, with links to the others.
import { el, clear, docHref, isModifiedClick, fmtNumber, plural } from './dom.js';
import { getDocument } from './api.js';
import { markRanges, queryWords, findRanges, hashRange, clampRange } from './marks.js';
import { renderExtracted } from './extracted.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const id = params.get('id');
const q = params.get('q') || '';

const WINDOW = 500000; // characters of text per request: the API's cap

let doc = null; // the loaded document (one window of its text)
let base = 0; // offset of the window's first character in the whole text
let hits = []; // current "find in text" ranges
let current = -1; // index of the focused find hit

setupBackLink();
load();

/** "Back to search": history.back() when we came from our search page, else a link. */
function setupBackLink() {
  const back = $('back');
  let ref = null;
  try { ref = document.referrer ? new URL(document.referrer) : null; } catch { ref = null; }
  const fromSearch = ref && ref.origin === location.origin && /^\/(index\.html)?$/.test(ref.pathname);
  if (fromSearch) {
    back.href = ref.pathname + ref.search;
    back.addEventListener('click', (e) => {
      if (history.length > 1 && !isModifiedClick(e)) { e.preventDefault(); history.back(); }
    });
  } else {
    back.href = q ? '/?q=' + encodeURIComponent(q) : '/';
  }
}

async function load() {
  if (!id) return fail('No document id', 'Open a document from the search results.');
  try {
    doc = await getDocument(id, { offset: startOffset(), length: WINDOW });
  } catch (err) {
    if (err.status === 404) return fail('No document with this id', `“${id}” is not in the index.`);
    return fail(err.error || 'Could not load the document', err.detail || err.message);
  }
  base = Number.isInteger(doc.text_start) ? doc.text_start : 0;
  render();
}

/** Where the window starts: ?offset=N, else around a #start-end passage past the first window, else 0. */
function startOffset() {
  const asked = Number(params.get('offset'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  return windowFor(hashRange(location.hash));
}

function windowFor(passage) {
  return passage && passage.end > WINDOW ? Math.max(0, passage.start - WINDOW / 2) : 0;
}

/** This page with the text window starting at offset. */
function partHref(offset, hash = '') {
  const next = new URLSearchParams(location.search);
  if (offset > 0) next.set('offset', String(offset)); else next.delete('offset');
  return 'document.html?' + next + hash;
}

function fail(title, detail) {
  document.title = `${title} · Counterclaim`;
  $('doc').hidden = true;
  clear($('error'), el('strong', { class: 'error-title' }, title), detail && el('span', { class: 'error-detail' }, detail));
  $('error').hidden = false;
}

function render() {
  const title = doc.title || doc.path || doc.id || '(untitled)';
  document.title = `${title} · Counterclaim`;
  $('doc-title').textContent = String(title);
  renderParent();
  if (Array.isArray(doc.figures) && doc.figures.length) {
    $('doc-parent').after(el('p', { class: 'doc-compare' }, el('a', { id: 'compare-claims',
      href: 'contradictions.html?q=' + encodeURIComponent('id:' + String(doc.id ?? id)) }, "Compare claims about this document's figures")));
  }
  $('doc-download').href = '/api/documents/' + encodeURIComponent(String(doc.id ?? id)) + '/file';
  renderMeta();
  renderExtracted(doc, { base, q, figures: $('doc-figures'), officials: $('doc-officials'), entities: $('doc-entities') });
  renderChildren();
  renderLegend();
  setupFind();
  renderParts();
  $('doc').hidden = false;
  renderText();
  window.addEventListener('hashchange', () => {
    const passage = hashRange(location.hash);
    const end = base + String(doc.text ?? '').length;
    if (passage && (passage.start < base || passage.end > end)) location.replace(partHref(windowFor(passage), location.hash));
    else renderText();
  });
}

/** For a text longer than one window: which characters are shown, and links to the parts before and after. */
function renderParts() {
  const length = Number(doc.text_length);
  const end = base + String(doc.text ?? '').length;
  if (!Number.isInteger(length) || (base === 0 && end >= length)) return;
  $('doc-text').before(el('nav', { id: 'doc-parts', class: 'doc-parts', 'aria-label': 'Parts of the text' },
    `Characters ${fmtNumber(base + 1)}–${fmtNumber(end)} of ${fmtNumber(length)}. `,
    base > 0 && el('a', { id: 'part-prev', href: partHref(Math.max(0, base - WINDOW)) }, '← Previous part'),
    base > 0 && end < length && ' · ',
    end < length && el('a', { id: 'part-next', href: partHref(end) }, 'Next part →')));
}

function renderParent() {
  const box = $('doc-parent');
  const parent = doc.parent;
  box.hidden = !parent || parent.id == null;
  if (box.hidden) return;
  clear(box, 'Part of ', el('a', { href: docHref(parent.id, q) }, String(parent.title || parent.id)));
}

// ---- metadata -------------------------------------------------------------

const show = (v) => (v == null || v === '' ? '—'
  : Array.isArray(v) ? v.map(show).join(', ')
    : typeof v === 'object' ? JSON.stringify(v) : String(v));

function renderMeta() {
  const size = typeof doc.size_bytes === 'number' ? `${plural(doc.size_bytes, 'byte')} (${humanSize(doc.size_bytes)})` : doc.size_bytes;
  const rows = [
    ['Date', doc.date], ['Type', doc.type], ['Publisher', doc.publisher], ['Language', doc.language],
    ['Format', doc.format], ['Content type', doc.content_type], ['Path', doc.path], ['Size', size],
    ['Text length', typeof doc.text_length === 'number' ? plural(doc.text_length, 'character') : doc.text_length],
    ['Truncated', doc.truncated ? 'yes: the indexed text was cut short' : 'no'],
  ];
  const meta = doc.metadata && typeof doc.metadata === 'object' ? doc.metadata : {};
  for (const [key, value] of Object.entries(meta)) rows.push([key, value, 'meta-extra']);
  clear($('doc-meta'), el('tbody', null, rows.map(([k, v, cls]) => el('tr', { class: cls },
    el('th', { scope: 'row' }, k),
    el('td', { class: k === 'Path' ? 'mono' : null }, show(v))))));
}

function humanSize(n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return `${i ? n.toFixed(1) : n} ${units[i]}`;
}

function renderChildren() {
  const box = $('doc-children');
  const children = (Array.isArray(doc.children) ? doc.children : []).filter((c) => c && c.id != null);
  box.hidden = !children.length;
  clear(box, el('h2', null, `Attachments and entries (${fmtNumber(children.length)})`),
    el('ul', null, children.map((c) => el('li', null,
      el('a', { href: docHref(c.id, q) }, String(c.title || c.path || c.id)),
      c.path && el('span', { class: 'child-path mono' }, String(c.path))))));
}

// ---- annotations, find, linked passage ----------------------------------------

/** The window's annotations, with offsets into the window's text (the API's are into the whole text). */
const annotations = () => (Array.isArray(doc.annotations) ? doc.annotations : []).filter(Boolean)
  .map((a) => ({ ...a, start: a.start - base, end: a.end - base }));
const annClass = (type) => 'ann ann-' + String(type || 'other').toLowerCase().replace(/[^a-z0-9_-]+/g, '-');

/** Small legend: one chip per annotation type, with its count. */
function renderLegend() {
  const counts = new Map();
  const len = String(doc.text ?? '').length;
  for (const a of annotations().filter((x) => clampRange(x.start, x.end, len))) counts.set(String(a.type || 'other'), (counts.get(String(a.type || 'other')) || 0) + 1);
  const box = $('doc-legend');
  box.hidden = !counts.size;
  clear(box, el('h2', null, 'Annotations'), el('ul', null, [...counts].map(([type, n]) =>
    el('li', null, el('mark', { class: annClass(type) }, type), ` ${fmtNumber(n)}`))));
}

function setupFind() {
  const input = $('find');
  input.value = queryWords(q).join(' ');
  $('find-form').addEventListener('submit', (e) => { e.preventDefault(); renderText(); step(1); });
  $('find-prev').addEventListener('click', () => step(-1));
  $('find-next').addEventListener('click', () => step(1));
}

/** (Re)build the text with annotation, find and #start-end marks. */
function renderText() {
  const text = String(doc.text ?? '');
  const words = $('find').value.split(/\s+/).filter((w) => w.length >= 2);
  hits = findRanges(text, words);
  current = -1;
  const ranges = annotations().map((a) => ({
    start: a.start, end: a.end, className: annClass(a.type), title: a.label || a.type || null,
  }));
  const passage = hashRange(location.hash);
  if (passage) ranges.push({ start: passage.start - base, end: passage.end - base, className: 'passage' });
  const box = $('doc-text');
  clear(box, text ? markRanges(text, [...ranges, ...hits]) : el('span', { class: 'muted' }, '(no text)'));
  $('find-count').textContent = words.length ? plural(hits.length, 'match', 'matches') : '';
  $('find-prev').disabled = $('find-next').disabled = !hits.length;
  const target = passage && box.querySelector('mark.passage');
  if (target) target.scrollIntoView({ block: 'center' });
}

/** Move to the next/previous find hit and scroll it into view. */
function step(dir) {
  if (!hits.length) return;
  current = (current + dir + hits.length) % hits.length;
  const box = $('doc-text');
  box.querySelector('mark.current')?.classList.remove('current');
  const mark = box.querySelector(`mark.q-hit[data-start="${hits[current].start}"]`)
    || box.querySelector(`mark.q-hit[data-end="${hits[current].end}"]`);
  if (!mark) return;
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center' });
  $('find-count').textContent = `${fmtNumber(current + 1)} of ${plural(hits.length, 'match', 'matches')}`;
}
