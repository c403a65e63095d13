// facets.js: the facet sidebar: one box per dim, toggleable values, "show more".
import { el, fmtNumber, isModifiedClick } from './dom.js';

const LIMIT = 10; // values shown per dim before "show more"
const expanded = new Set(); // dims whose full list the user opened (kept across renders)

/**
 * Render facets into container.
 * opts.params: current URLSearchParams (selected values are also read from it)
 * opts.onToggle(dim, value, on): a value was (un)checked
 * opts.clearHref / opts.onClear: the "clear filters" link, shown when opts.active
 */
export function renderFacets(container, facets, opts) {
  const boxes = withoutOfficialsAsPeople(Array.isArray(facets) ? facets : [], opts.params)
    .filter((f) => f && f.dim)
    // A dimension without values (no hits, or nothing of that kind found) is left out, unless a filter is set on it.
    .filter((f) => (Array.isArray(f.values) && f.values.length) || opts.params.getAll(String(f.dim)).length)
    .map((f) => facetBox(f, opts));
  if (!boxes.length && !opts.active) return container.replaceChildren();
  const head = el('div', { class: 'facets-head' },
    el('h2', { class: 'facets-title' }, 'Filters'),
    opts.active && el('a', {
      id: 'clear-filters', class: 'clear-filters', href: opts.clearHref,
      onclick: (e) => { if (!isModifiedClick(e)) { e.preventDefault(); opts.onClear(); } },
    }, 'Clear filters'));
  container.replaceChildren(head, ...boxes);
}

/** People are listed once: an official is in the Officials box, not again under People (unless filtered on). */
function withoutOfficialsAsPeople(facets, params) {
  const officials = facets.find((f) => f && f.dim === 'official');
  if (!officials || !Array.isArray(officials.values)) return facets;
  const names = new Set(officials.values.map((v) => v && String(v.value)));
  const kept = new Set(params.getAll('person'));
  return facets.map((f) => (f && f.dim === 'person' && Array.isArray(f.values)
    ? { ...f, values: f.values.filter((v) => v && (!names.has(String(v.value)) || kept.has(String(v.value)))) }
    : f));
}

// One <section class="facet" data-dim=…>.
function facetBox(facet, { params, onToggle }) {
  const dim = String(facet.dim);
  const inUrl = params.getAll(dim);
  const values = (Array.isArray(facet.values) ? facet.values : [])
    .filter((v) => v && v.value != null)
    .map((v) => ({ value: String(v.value), count: v.count, selected: !!v.selected || inUrl.includes(String(v.value)) }));
  // A filter in the URL that the API did not list (e.g. zero hits) stays visible so it can be unchecked.
  for (const value of inUrl) {
    if (!values.some((v) => v.value === value)) values.push({ value, count: 0, selected: true });
  }
  const open = expanded.has(dim);
  const items = values.map((v, i) => {
    const hidden = !open && i >= LIMIT && !v.selected;
    return el('li', { hidden }, facetValue(dim, v, onToggle));
  });
  const extra = values.filter((v, i) => i >= LIMIT && !v.selected).length;
  const more = extra > 0 && el('button', {
    type: 'button', class: 'facet-more', 'aria-expanded': String(open),
    onclick: () => {
      if (expanded.has(dim)) expanded.delete(dim); else expanded.add(dim);
      const box = facetBox(facet, { params, onToggle });
      section.replaceWith(box);
      box.querySelector('.facet-more')?.focus();
    },
  }, open ? 'Show fewer' : `Show ${fmtNumber(extra)} more`);
  const headingId = 'facet-' + dim.replace(/[^\w-]/g, '_');
  // A long list gets a box that narrows it as one types (all its values, not only the first ten).
  const search = values.length > LIMIT && el('input', {
    type: 'search', class: 'facet-search', placeholder: 'Filter ' + String(facet.label || dim).toLowerCase() + '…',
    'aria-label': 'Filter ' + String(facet.label || dim),
    oninput: (e) => {
      const needle = e.target.value.trim().toLowerCase();
      items.forEach((li, i) => {
        const v = values[i];
        li.hidden = needle ? !v.value.toLowerCase().includes(needle) : (!open && i >= LIMIT && !v.selected);
      });
      if (more) more.hidden = !!needle;
    },
  });
  const section = el('section', { class: 'facet', 'data-dim': dim, 'aria-labelledby': headingId },
    el('h3', { id: headingId, class: 'facet-label' }, facet.label || dim),
    search,
    values.length ? el('ul', { class: 'facet-values' }, items) : el('p', { class: 'facet-empty' }, 'No values'),
    more);
  return section;
}

// A checkbox-like toggle: <label class="facet-value" data-value=…><input type=checkbox>…</label>.
function facetValue(dim, v, onToggle) {
  return el('label', { class: ['facet-value', v.selected && 'selected'], 'data-value': v.value },
    el('input', {
      type: 'checkbox', checked: v.selected,
      onchange: (e) => onToggle(dim, v.value, e.target.checked),
    }),
    el('span', { class: 'facet-name' }, v.value === '' ? '(none)' : v.value),
    el('span', { class: 'facet-count' }, fmtNumber(v.count)));
}
