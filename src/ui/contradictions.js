// contradictions.js: the "compare claims" page. Without ?id= it lists the groups of figures
// that different sources give for one event (GET /api/contradictions); with ?id= it shows one
// group side by side, one column per claimant, with a chart (GET /api/contradictions/{id}).
import { el, clear, docHref, fmtNumber, plural } from './dom.js';
import { getJson, apiUrl } from './api.js';
import { renderChart } from './chart.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const id = params.get('id');
const LIST_PARAMS = ['q', 'location', 'category'];

const fmt = (n) => (n == null || n === '' || !Number.isFinite(Number(n)) ? '?' : Number(n).toLocaleString('en'));
const str = (v) => (v == null ? '' : String(v));
const list = (v) => (Array.isArray(v) ? v : []);

/** A claim's amount as words: "more than 1,600", "23", "200–999", "up to 300", "about 40". */
function amountWords(c) {
  const min = c.min == null ? null : Number(c.min);
  const max = c.max == null ? null : Number(c.max);
  switch (c.qualifier) {
    case 'exact': return fmt(min);
    case 'more_than': return 'more than ' + fmt(min - 1);
    case 'at_least': return 'at least ' + fmt(min);
    case 'up_to': return 'up to ' + fmt(max);
    case 'about': return 'about ' + fmt(min);
    case 'range': case 'vague': return fmt(min) + '–' + fmt(max);
    default:
      if (max == null) return fmt(min) + ' or more';
      return min === max ? fmt(min) : fmt(min) + '–' + fmt(max);
  }
}

/** "23 to 318", "200 to more than 1,600" (high is null when the side's largest figure is open). */
function sideRange(side, claims) {
  if (side.low == null && side.high == null) return '';
  if (side.high != null) return side.low === side.high ? fmt(side.low) : `${fmt(side.low)} to ${fmt(side.high)}`;
  const open = side.claimIdx.map((i) => claims[i]).filter((c) => c && c.max == null)
    .sort((a, b) => Number(b.min) - Number(a.min))[0];
  return `${fmt(side.low)} to ${open ? amountWords(open) : 'an open-ended figure'}`;
}

const claimantName = (name) => (name ? String(name) : 'Unattributed');

function showError(title, detail) {
  clear($('error'), el('strong', { class: 'error-title' }, title),
    detail && el('span', { class: 'error-detail' }, detail));
  $('error').hidden = false;
}

function setupBackLink() {
  const q = params.get('q') || '';
  $('back').href = q && !q.startsWith('id:') ? '/?q=' + encodeURIComponent(q) : '/';
}

// ---- list of groups ----------------------------------------------------------

async function showList() {
  $('list-view').hidden = false;
  const query = {};
  for (const name of LIST_PARAMS) {
    query[name] = params.get(name) || '';
    $('f-' + name).value = query[name];
  }
  $('groups-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const name of LIST_PARAMS) {
      const value = $('f-' + name).value.trim();
      if (value) next.set(name, value);
    }
    location.assign('contradictions.html' + (next.toString() ? '?' + next : ''));
  });
  let data;
  try {
    data = await getJson('contradictions', query);
  } catch (err) {
    $('groups').setAttribute('aria-busy', 'false');
    return showError(err.error || 'Could not load the groups', err.detail || err.message);
  }
  const groups = list(data.groups).filter(Boolean);
  const disagree = groups.filter((g) => g.contradiction === true).length;
  const total = Number(data.total) || groups.length;
  $('total').textContent = `${plural(total, 'group')}, ${fmtNumber(disagree)} with a contradiction`
    + (total > groups.length ? ` among the first ${fmtNumber(groups.length)} shown; narrow the search to see others` : '');
  $('groups').setAttribute('aria-busy', 'false');
  clear($('groups'), groups.length
    ? el('ol', { class: 'group-list' }, groups.map(groupItem))
    : el('p', { class: 'empty' }, 'No groups of figures for this search. Try a broader query or another category.'));
}

function groupItem(g) {
  const event = g.event || {};
  const sides = list(g.sides).filter(Boolean);
  const spread = g.spread || {};
  return el('li', { class: ['group', g.contradiction === true && 'is-contradiction'], 'data-id': str(g.id) },
    el('h2', { class: 'group-heading' },
      el('a', { class: 'group-link', href: 'contradictions.html?id=' + encodeURIComponent(str(g.id)) },
        str(event.label) || 'Unnamed event'),
      g.contradiction === true && el('span', { class: 'badge badge-contradiction' }, 'contradiction')),
    el('p', { class: 'group-sides' }, sides.flatMap((s, i) => [i ? ' vs ' : null,
      el('span', { class: 'group-claimant' }, claimantName(s.claimant)),
      ` (${plural(Number.isInteger(s.claim_count) ? s.claim_count : list(s.claims).length, 'claim')})`])),
    el('p', { class: 'group-spread' }, 'Spread: ', el('strong', null, spread.high == null ? `${fmt(spread.low)} to open-ended`
        : spread.low === spread.high ? fmt(spread.low) : `${fmt(spread.low)} – ${fmt(spread.high)}`),
      g.reason && el('span', { class: 'group-reason' }, ' · ' + String(g.reason))));
}

// ---- one group ---------------------------------------------------------------------

async function showGroup() {
  let g;
  try {
    g = await getJson('contradictions/' + encodeURIComponent(id));
  } catch (err) {
    document.title = (err.status === 404 ? 'No such group' : 'Error') + ' · Counterclaim';
    if (err.status === 404) return showError('No such group', `“${id}” is not a group of claims (any more). Groups change as documents are indexed.`);
    return showError(err.error || 'Could not load the group', err.detail || err.message);
  }
  $('group-view').hidden = false;
  renderGroup(g);
}

function renderGroup(g) {
  const event = g.event || {};
  const claims = list(g.claims);
  const label = str(event.label) || 'Unnamed event';
  document.title = `${label} · Compare claims · Counterclaim`;
  clear($('group-title'), label,
    g.contradiction === true && el('span', { class: 'badge badge-contradiction' }, 'contradiction'));
  const period = event.period || {};
  const when = [period.from, period.to].filter(Boolean);
  clear($('group-meta'),
    when.length ? el('span', null, 'Period: ', when.length === 2 && when[0] !== when[1] ? `${when[0]} – ${when[1]}` : String(when[0])) : null,
    event.location && el('span', null, 'Place: ' + String(event.location)),
    event.category && el('span', null, 'Category: ' + String(event.category) + (event.victims ? ' · ' + String(event.victims) : '')),
    el('span', null, plural(Number.isInteger(g.claim_count) ? g.claim_count : claims.length, 'claim')
      + (g.claim_count > claims.length ? ` (the oldest ${fmtNumber(claims.length)} shown; the export has more)` : '')));
  $('reason').textContent = str(g.reason);
  $('reason').hidden = !g.reason;

  const base = 'contradictions/' + encodeURIComponent(str(g.id || id)) + '/export';
  for (const format of ['csv', 'json']) {
    const a = $('export-' + format);
    a.href = apiUrl(base, { format });
    a.setAttribute('download', `counterclaim-${str(g.id || id).replace(/[^\w-]/g, '_')}.${format}`);
  }

  const sides = list(g.sides).filter(Boolean).map((s, i) => ({
    ...s, index: i, name: claimantName(s.claimant),
    claimIdx: list(s.claims).filter((k) => Number.isInteger(k) && claims[k]),
  }));
  const disputes = new Map();
  for (const d of list(g.disputes).filter((x) => x && Number.isInteger(x.claim))) {
    disputes.set(d.claim, [...(disputes.get(d.claim) || []), d]);
  }
  const draw = () => renderChart($('chart-area'), sides, claims, { label: amountWords });
  draw();
  let width = $('chart-area').clientWidth;
  let timer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Math.abs($('chart-area').clientWidth - width) < 40) return;
      width = $('chart-area').clientWidth;
      draw();
    }, 150);
  });
  clear($('sides'), sides.map((s) => sideColumn(s, claims, disputes)));
  $('sides').style.setProperty('--side-count', String(Math.max(1, sides.length)));
}

function sideColumn(side, claims, disputes) {
  return el('section', { class: ['side', 'series-' + (side.index % 6)], 'data-claimant': side.name,
    'aria-label': side.name },
  el('header', { class: 'side-head' },
    el('h2', { class: 'side-name' }, side.name),
    el('p', { class: 'side-range' }, sideRange(side, claims), ' · ', plural(side.claimIdx.length, 'claim'))),
  el('ol', { class: 'claims' }, side.claimIdx.map((k) => claimCard(claims[k], disputes.get(k) || []))));
}

function claimCard(c, disputes) {
  const stance = str(c.stance);
  const what = [c.category, c.victims].filter(Boolean).map(String).join(' · ');
  const linked = c.doc_id != null && Number.isFinite(c.start) && Number.isFinite(c.end);
  return el('li', { class: ['claim', disputes.length && 'is-disputed'] },
    el('div', { class: 'claim-top' },
      el('span', { class: 'claim-amount' }, amountWords(c)),
      what && el('span', { class: 'claim-what' }, what),
      stance && el('span', { class: ['stance', 'stance-' + stance.replace(/[^a-z]/gi, '')] }, stance)),
    el('p', { class: 'claim-meta' },
      el('span', { class: 'claim-date' }, c.date ? String(c.date) : 'undated'),
      c.speaker && el('span', { class: 'claim-speaker' }, String(c.speaker)),
      c.location && el('span', null, String(c.location))),
    c.sentence && el('blockquote', { class: 'claim-quote' }, quote(str(c.sentence), str(c.text))),
    disputes.map((d) => el('p', { class: 'claim-dispute' },
      el('strong', null, 'Disputed by ' + claimantName(d.by)), d.text ? ': ' + String(d.text) : null)),
    el('p', { class: 'claim-source' },
      c.title && el('span', { class: 'claim-title' }, String(c.title)),
      linked && el('a', { class: 'claim-link', href: `${docHref(c.doc_id)}#${Math.floor(c.start)}-${Math.floor(c.end)}` },
        'open in document')));
}

/** The sentence as text, with the figure's words in a <mark> when they occur in it. */
function quote(sentence, text) {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return sentence;
  return [sentence.slice(0, at), el('mark', { class: 'claim-mark' }, text), sentence.slice(at + text.length)];
}

setupBackLink();
if (id) showGroup(); else showList();
