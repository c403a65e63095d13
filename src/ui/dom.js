// dom.js: tiny helpers that build DOM nodes safely.
// Data from the API is only ever inserted as text (text nodes / textContent),
// never parsed as markup.

// Attributes that hold a URL: only web links may go in them.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/**
 * The URL when it is a web link: a relative URL (resolved against this page) or an absolute http(s) one; null
 * for javascript:, data:, vbscript: and every other scheme, however it is spelled ("java\tscript:", "JaVaScRiPt:").
 */
export function webUrl(value) {
  let url;
  try {
    url = new URL(String(value), document.baseURI);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? String(value) : null;
}

/**
 * Whether setAttribute(name, value) is safe with a value from data: never an event-handler attribute (on*),
 * and a URL attribute only with a web link.
 */
export function safeAttribute(name, value) {
  const key = String(name).toLowerCase();
  if (key.startsWith('on')) return false;
  return !URL_ATTRIBUTES.has(key) || webUrl(value) != null;
}

/**
 * Create an element: el('a', {href: '…', class: 'x', onclick: fn}, 'text', childNode, [more]).
 * - attrs: null/undefined/false are skipped; true sets an empty attribute;
 *   functions under on* keys become event listeners; any other on* value, and a URL attribute (href, src…)
 *   that is not a web link, is dropped (see safeAttribute).
 * - children: strings/numbers become text nodes; nodes are appended; arrays are flattened.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value);
    } else if (safeAttribute(key, value)) {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  return append(node, children);
}

/** Append children (strings become text nodes) to parent; returns parent. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Remove every child of node, then append the given children. */
export function clear(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** Link to the document page; the id (and query) are always URL-encoded. */
export function docHref(id, q) {
  let href = 'document.html?id=' + encodeURIComponent(String(id));
  if (q) href += '&q=' + encodeURIComponent(String(q));
  return href;
}

/** True when a click should be left to the browser (new tab, new window, …). */
export function isModifiedClick(event) {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/** 12345 -> "12,345" (locale-aware); non-numbers are returned as given. */
export function fmtNumber(n) {
  return typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString() : String(n ?? '');
}

/** "1 document" / "5 documents". */
export function plural(n, word, words = word + 's') {
  return `${fmtNumber(n)} ${n === 1 ? word : words}`;
}
