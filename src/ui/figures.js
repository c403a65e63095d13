// figures.js: how a casualty figure reads in the UI (search hits, the document page).

const fmt = (n) => (n == null ? '' : Number(n).toLocaleString('en'));

/** "killed: more than 1,600 civilians — Amnesty International". */
export function figureLabel(f) {
  const amount = {
    more_than: () => 'more than ' + fmt(f.min - 1),
    at_least: () => 'at least ' + fmt(f.min),
    up_to: () => 'up to ' + fmt(f.max),
    about: () => 'about ' + fmt(f.min),
    range: () => fmt(f.min) + '–' + fmt(f.max),
    vague: () => fmt(f.min) + '–' + fmt(f.max),
  }[f.qualifier] || (() => fmt(f.min));
  const who = [f.speaker, f.claimant].filter(Boolean).join(', ');
  return String(f.category || '') + ': ' + amount() + (f.victims ? ' ' + f.victims : '') + (who ? ' — ' + who : '');
}
