// extracted.js: the document page's panels of what was extracted: casualty figures (each linking to its passage
// and to the claims about the same place and category), officials with their roles, and the people,
// organisations, places and dates found in the text shown, each linking to its first mention.
import { el, clear, fmtNumber } from './dom.js';
import { figureLabel } from './figures.js';

const ENTITY_GROUPS = [
  ['People', ['PERSON']],
  ['Organisations', ['ORGANIZATION']],
  ['Places', ['CITY', 'STATE_OR_PROVINCE', 'COUNTRY', 'REGION', 'LOCATION']],
  ['Dates', ['DATE']],
];

const passageHref = (start, end) => '#' + Number(start) + '-' + Number(end);

/**
 * Fills the three panels. opts: {base, q, figures, officials, entities}, base being the offset of the text window
 * shown (entity offsets are into the whole text, as are the #start-end links).
 */
export function renderExtracted(doc, opts) {
  renderFigures(doc, opts.figures);
  renderOfficials(doc, opts.officials);
  renderEntities(doc, opts.entities);
}

function renderFigures(doc, box) {
  const figures = (Array.isArray(doc.figures) ? doc.figures : []).filter(Boolean);
  box.hidden = !figures.length;
  if (!figures.length) return;
  const total = Number.isInteger(doc.figure_count) ? doc.figure_count : figures.length;
  const disputed = figures.filter((f) => f.stance === 'disputed');
  clear(box,
    el('h2', null, `Casualty figures (${fmtNumber(total)})`),
    el('table', { class: 'extracted-figures' },
      el('thead', null, el('tr', null, ['Figure', 'Victims', 'Claimant', 'Speaker', 'Stance', '']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', null, figures.map((f) => el('tr', { class: 'extracted-figure', 'data-start': String(f.start) },
        el('td', null, el('a', { class: 'figure-passage', href: passageHref(f.start, f.end), title: String(f.sentence || '') },
          figureLabel({ ...f, victims: null, speaker: null, claimant: null }))),
        el('td', null, String(f.victims || '')),
        el('td', null, String(f.claimant || '')),
        el('td', null, String(f.speaker || '')),
        el('td', { class: 'stance stance-' + String(f.stance || '') }, String(f.stance || '')),
        el('td', null, el('a', { class: 'figure-claims', href: claimsHref(f) }, 'claims')))))),
    disputed.length ? el('p', { class: 'extracted-disputes' }, 'Disputes: ',
      disputed.map((f, i) => [i ? '; ' : '', el('a', { href: passageHref(f.start, f.end) },
        `${f.claimant || f.speaker || 'a source'} disputes ${fmtNumber(f.min)} ${f.category || ''}`)])) : null);
}

/** The claims about the same place and category, from every source: where this figure's group is. */
function claimsHref(f) {
  const p = new URLSearchParams();
  if (f.location) p.set('location', String(f.location));
  if (f.category) p.set('category', String(f.category));
  return 'contradictions.html' + (p.toString() ? '?' + p : '');
}

function renderOfficials(doc, box) {
  const officials = (Array.isArray(doc.officials) ? doc.officials : []).filter((o) => o && o.name);
  box.hidden = !officials.length;
  if (!officials.length) return;
  clear(box, el('h2', null, `Officials (${fmtNumber(officials.length)})`),
    el('ul', { class: 'extracted-list' }, officials.map((o) => el('li', { class: 'extracted-official' },
      el('a', { href: '/?q=' + encodeURIComponent('official:"' + o.name + '"') }, String(o.name)),
      el('span', { class: 'extracted-role' }, [o.title, o.organization].filter(Boolean).map(String).join(', ')
        ? ' — ' + [o.title, o.organization].filter(Boolean).join(', ') : '')))));
}

/** People, organisations, places and dates of the text shown: each name once, with its count and first mention. */
function renderEntities(doc, box) {
  const annotations = (Array.isArray(doc.annotations) ? doc.annotations : []).filter(Boolean);
  const officials = new Set((Array.isArray(doc.officials) ? doc.officials : []).map((o) => o && o.name));
  const sections = ENTITY_GROUPS.map(([title, types]) => {
    const byName = new Map();
    for (const a of annotations) {
      if (!types.includes(a.type)) continue;
      // a date's label is ISO when the date is known ("2017-06"); "Thursday" is XXXX-WXX-4, shown as written
      const iso = a.type !== 'DATE' || /^\d{4}(-\d{2}){0,2}$/.test(String(a.label || ''));
      const name = String((iso && a.label) || a.text || '');
      if (!name || (title === 'People' && officials.has(name))) continue; // officials are listed with their role
      const seen = byName.get(name);
      if (seen) seen.count++; else byName.set(name, { name, count: 1, start: a.start, end: a.end });
    }
    const field = { People: 'person', Organisations: 'organization', Places: 'place' }[title];
    return byName.size && el('section', { class: 'extracted-entities', 'data-kind': title.toLowerCase() },
      el('h3', null, `${title} (${fmtNumber(byName.size)})`),
      el('ul', { class: 'extracted-list' }, [...byName.values()].map((e) => el('li', null,
        el('a', { href: passageHref(e.start, e.end) }, e.name),
        e.count > 1 ? el('span', { class: 'extracted-count' }, ` ×${fmtNumber(e.count)}`) : null,
        field ? [' ', el('a', { class: 'extracted-search', href: '/?' + new URLSearchParams([[field, e.name]]),
          title: `Documents with ${e.name}` }, '⌕')] : null))));
  }).filter(Boolean);
  box.hidden = !sections.length;
  if (sections.length) clear(box, el('h2', null, 'Found in the text'), sections);
}
