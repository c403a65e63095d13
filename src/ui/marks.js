// marks.js: wrap character ranges of a text in <mark> elements, safely.
// Offsets are UTF-16 code units (JavaScript string indices), as in docs/api.md.

/** Clamp [start, end) to [0, len]. Returns null for non-numeric or empty ranges. */
export function clampRange(start, end, len) {
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  const s = Math.min(len, Math.max(0, Math.floor(start)));
  const e = Math.min(len, Math.max(0, Math.floor(end)));
  return e > s ? [s, e] : null;
}

/**
 * Return a DocumentFragment with `text`, where every range
 * {start, end, className?, title?} is wrapped in <mark>. Ranges may overlap or nest:
 * the text is cut at every range boundary into non-overlapping segments, and each
 * covered segment becomes one <mark> carrying the classes and titles of all ranges
 * covering it, plus data-start / data-end offsets. Bad ranges are ignored.
 */
export function markRanges(text, ranges) {
  text = String(text ?? '');
  const len = text.length;
  const valid = [];
  for (const r of ranges || []) {
    const c = r && clampRange(r.start, r.end, len);
    if (c) valid.push({ ...r, start: c[0], end: c[1] });
  }
  const frag = document.createDocumentFragment();
  if (!valid.length) {
    frag.appendChild(document.createTextNode(text));
    return frag;
  }
  // Every start/end is a cut point; segments lie between consecutive cuts.
  const points = [...new Set([0, len, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let active = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    while (next < valid.length && valid[next].start <= a) active.push(valid[next++]);
    active = active.filter((r) => r.end > a);
    const piece = text.slice(a, b);
    frag.appendChild(active.length ? segmentMark(piece, a, b, active) : document.createTextNode(piece));
  }
  return frag;
}

// One <mark> for a segment covered by one or more ranges.
function segmentMark(piece, start, end, covering) {
  const mark = document.createElement('mark');
  const classes = new Set(covering.flatMap((r) => String(r.className || '').split(/\s+/)).filter(Boolean));
  if (classes.size) mark.className = [...classes].join(' ');
  const titles = [...new Set(covering.map((r) => r.title).filter((t) => t != null && t !== ''))];
  if (titles.length) mark.title = titles.join('\n');
  mark.dataset.start = String(start);
  mark.dataset.end = String(end);
  mark.textContent = piece;
  return mark;
}

/**
 * Plain words of a Lucene query, for "find in text": drops field prefixes, ranges,
 * operators (AND OR NOT TO), and syntax characters. Lower-cased, de-duplicated.
 */
export function queryWords(q) {
  if (!q) return [];
  const cleaned = String(q)
    .replace(/\b\w+:\s*[[{][^\]}]*[\]}]/g, ' ') // field:[a TO b] ranges
    .replace(/\b\w+:/g, ' ') // field prefixes such as title:
    .replace(/[~^][\d.]*/g, ' ') // fuzzy / boost suffixes
    .replace(/(^|\s)[-+!]+/g, ' ') // leading -term, +term, !term
    .replace(/[()[\]{}"*?\\/&|:]/g, ' ')
    .replace(/\b(AND|OR|NOT|TO)\b/g, ' ');
  const words = cleaned.split(/\s+/).filter((w) => w.length >= 2);
  return [...new Set(words.map((w) => w.toLowerCase()))];
}

/** Case-insensitive occurrences of any of `words` in text, as ranges (at most `limit`). */
export function findRanges(text, words, className = 'q-hit', limit = 5000) {
  const list = (words || []).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!list.length || !text) return [];
  const escaped = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(escaped.join('|'), 'gi');
  const out = [];
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    if (!m[0]) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, className });
  }
  return out;
}

/** Parse a "#start-end" URL hash into a range, or null. */
export function hashRange(hash) {
  const m = /^#(\d+)-(\d+)$/.exec(hash || '');
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}
