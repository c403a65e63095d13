// chart.js: a small hand-drawn SVG chart of each side's figures over time: x = document date,
// y = figure on a log scale, one series per side (<g class="series" data-claimant=…>).
// Built with createElementNS and text nodes only: claim data is never parsed as markup.
import { el, clear, plural, safeAttribute } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const M = { l: 64, r: 28, t: 30, b: 38 }; // margins inside the viewBox

/** Create an SVG element; attrs with null/false (or unsafe, see safeAttribute) are skipped, strings become text nodes. */
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v != null && v !== false && safeAttribute(k, v)) node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c != null && c !== false) node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** "2022-03-09", "2022-03" or "2022" → UTC milliseconds (start of the period), else null. */
export function dateValue(s) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(s ?? ''));
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(t) ? t : null;
}

/** Where a claim is drawn: y, an optional whisker lo–hi, and a marker: 'up' (open) or 'down' (up to). */
function plotValue(c) {
  const min = Number(c.min);
  const max = c.max == null ? null : Number(c.max);
  if (max == null) return Number.isFinite(min) ? { y: min, mark: 'up' } : null;
  if (!Number.isFinite(max)) return null;
  if (c.qualifier === 'up_to' || !(min > 0)) return { y: max, mark: max > 0 && min !== max ? 'down' : null };
  if (max > min) return { y: Math.sqrt(min * max), lo: min, hi: max };
  return { y: min };
}

const log = (v) => Math.log10(Math.max(1, v));
const fmt = (n) => Number(n).toLocaleString('en');

/** Nice date ticks between t0 and t1 (UTC ms), at most about 7. */
function dateTicks(t0, t1) {
  const days = (t1 - t0) / DAY;
  if (days <= 75) {
    const step = [1, 2, 3, 7, 14, 21].find((s) => days / s <= 7) || 28;
    const out = [];
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step * DAY) out.push(t);
    const opts = { day: 'numeric', month: 'short', timeZone: 'UTC' };
    return out.map((t, i) => ({ t, label: new Date(t).toLocaleDateString('en', i ? opts : { ...opts, year: 'numeric' }) }));
  }
  const months = days / 30.4;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 7) || 120;
  const start = new Date(t0);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  const out = [];
  for (let guard = 0; guard < 2000; guard++, m++) {
    if (m > 11) { m = 0; y++; }
    const t = Date.UTC(y, m, 1);
    if (t > t1) break;
    if ((y * 12 + m) % step === 0) out.push(t);
  }
  const opts = step >= 12 ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return out.map((t) => ({ t, label: new Date(t).toLocaleDateString('en', opts) }));
}

/**
 * Draw the chart into container (replacing its content): sides are {name, index, claimIdx},
 * claims the group's claims, opts.label(claim) the amount as words.
 */
export function renderChart(container, sides, claims, opts) {
  let undated = 0;
  const series = sides.map((side) => {
    const points = [];
    for (const k of side.claimIdx) {
      const c = claims[k];
      const t = dateValue(c.date);
      const p = plotValue(c);
      if (t == null) undated++;
      else if (p) points.push({ ...p, t, claim: c });
    }
    return { side, points: points.sort((a, b) => a.t - b.t) };
  });
  const all = series.flatMap((s) => s.points);
  const note = el('p', { class: 'chart-note' },
    'Each point is a claim at its document’s date; figures on a log scale. ',
    '▲ open-ended (“more than”, “at least”), ▼ “up to”, bars: ranges. ',
    undated ? el('strong', null, `${plural(undated, 'undated claim')} ${undated === 1 ? 'is' : 'are'} not in the chart.`) : null);
  const figure = el('figure', { id: 'chart', class: 'chart' });
  clear(container, figure);
  if (!all.length) return clear(figure, el('p', { class: 'chart-empty' }, 'No dated figures to chart.'), note);

  const W = Math.max(320, Math.min(1200, Math.round(container.clientWidth || 760)));
  const H = W < 560 ? 240 : 300;
  let t0 = Math.min(...all.map((p) => p.t));
  let t1 = Math.max(...all.map((p) => p.t));
  if (t1 - t0 < 2 * DAY) { t0 -= 3 * DAY; t1 += 3 * DAY; } else { const pad = (t1 - t0) * 0.06; t0 -= pad; t1 += pad; }
  const values = all.flatMap((p) => [p.y, p.lo, p.hi]).filter((v) => v != null && v > 0);
  const lo10 = Math.floor(log(Math.min(...values, 10)));
  let hi10 = Math.ceil(log(Math.max(...values)) + 0.05);
  if (hi10 <= lo10) hi10 = lo10 + 1;
  const x = (t) => M.l + ((t - t0) / (t1 - t0)) * (W - M.l - M.r);
  const y = (v) => M.t + (1 - (log(v) - lo10) / (hi10 - lo10)) * (H - M.t - M.b);

  const grid = svg('g', { class: 'chart-grid' });
  for (let k = lo10; k <= hi10; k++) {
    const steps = hi10 - lo10 <= 2 ? [1, 2, 5] : [1];
    for (const s of steps) {
      const v = s * 10 ** k;
      if (log(v) > hi10 + 1e-9) continue;
      grid.append(svg('line', { x1: M.l, x2: W - M.r, y1: y(v), y2: y(v), class: s === 1 ? 'major' : 'minor' }),
        svg('text', { x: M.l - 8, y: y(v) + 4, 'text-anchor': 'end' }, fmt(v)));
    }
  }
  for (const tick of dateTicks(t0, t1)) {
    grid.append(svg('line', { x1: x(tick.t), x2: x(tick.t), y1: M.t, y2: H - M.b, class: 'minor' }),
      svg('text', { x: x(tick.t), y: H - M.b + 18, 'text-anchor': 'middle' }, tick.label));
  }
  grid.append(svg('line', { x1: M.l, x2: W - M.r, y1: H - M.b, y2: H - M.b, class: 'axis' }),
    svg('line', { x1: M.l, x2: M.l, y1: M.t, y2: H - M.b, class: 'axis' }));

  const groups = series.map(({ side, points }) => svg('g', {
    class: `series series-${side.index % 6}`, 'data-claimant': side.name, 'data-points': points.length,
  },
  points.length > 1 && svg('path', { class: 'series-line', d: points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ') }),
  points.map((p, i) => {
    // Put the label below the point when the line leaves it upwards, so the line does not cross it.
    const below = i + 1 < points.length && y(points[i + 1].y) < y(p.y) - 2 && y(p.y) + 20 < H - M.b;
    return drawPoint(p, x(p.t), y, W, side.name, opts.label, below);
  })));

  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', class: 'chart-svg', 'aria-labelledby': 'chart-svg-title',
  }, svg('title', { id: 'chart-svg-title' }, `Figures over time by ${sides.map((s) => s.name).join(' and ')}`), grid, groups);
  const legend = el('ul', { class: 'chart-legend', 'aria-label': 'Legend' }, sides.map((s) => el('li', { 'data-claimant': s.name },
    svg('svg', { class: `legend-swatch series-${s.index % 6}`, viewBox: '0 0 28 12', width: 28, height: 12, 'aria-hidden': 'true' },
      svg('line', { class: 'series-line', x1: 1, x2: 27, y1: 6, y2: 6 }), svg('circle', { class: 'point-dot', cx: 14, cy: 6, r: 4 })),
    s.name)));
  clear(figure, chart, legend, note);
}

// One claim: whisker for a range, dot, ▲/▼ marker, the amount as a label, and a tooltip.
function drawPoint(p, px, y, W, name, label, below) {
  const py = y(p.y);
  const words = label(p.claim);
  const right = px > W - 130;
  const g = svg('g', { class: 'point' },
    svg('title', null, `${name}, ${p.claim.date}: ${words}${p.claim.stance ? ` (${p.claim.stance})` : ''}`));
  if (p.lo != null) {
    g.append(svg('line', { class: 'whisker', x1: px, x2: px, y1: y(p.lo), y2: y(p.hi) }),
      svg('line', { class: 'whisker', x1: px - 4, x2: px + 4, y1: y(p.lo), y2: y(p.lo) }),
      svg('line', { class: 'whisker', x1: px - 4, x2: px + 4, y1: y(p.hi), y2: y(p.hi) }));
  }
  g.append(svg('circle', { class: 'point-dot', cx: px, cy: py, r: 4.5 }));
  if (p.mark === 'up') g.append(svg('path', { class: 'point-open', d: `M${px - 5},${py - 8} L${px},${py - 17} L${px + 5},${py - 8} Z` }));
  if (p.mark === 'down') g.append(svg('path', { class: 'point-open', d: `M${px - 5},${py + 8} L${px},${py + 17} L${px + 5},${py + 8} Z` }));
  if (W >= 560) g.append(svg('text', { class: 'point-label', x: right ? px - 9 : px + 9, y: below ? py + 17 : py - 7, 'text-anchor': right ? 'end' : 'start' }, words));
  return g;
}
