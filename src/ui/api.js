// api.js: fetch wrapper for the Counterclaim JSON API (see docs/api.md).

/** Thrown for every failed call; carries the API's {error, detail} and the HTTP status. */
export class ApiError extends Error {
  constructor(status, error, detail) {
    super(detail ? `${error}: ${detail}` : error);
    this.name = 'ApiError';
    this.status = status; // 0 when the server could not be reached
    this.error = error;
    this.detail = detail ?? null;
  }
}

/**
 * Build "/api/<path>?<query>". params may be URLSearchParams or a plain object whose
 * values are strings or arrays of strings (repeatable params). Empty values are dropped.
 */
export function apiUrl(path, params) {
  const qs = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params]
    : Object.entries(params || {}).flatMap(([k, v]) => [].concat(v).map((item) => [k, item]));
  for (const [key, value] of entries) {
    if (value != null && value !== '') qs.append(key, String(value));
  }
  const query = qs.toString();
  return '/api/' + path + (query ? '?' + query : '');
}

/** GET a JSON resource. Rejects with ApiError (or the AbortError when aborted). */
export async function getJson(path, params, { signal } = {}) {
  let res;
  try {
    res = await fetch(apiUrl(path, params), { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Network error', 'Could not reach the Counterclaim server.');
  }
  const raw = await res.text();
  let body = null;
  try { body = raw ? JSON.parse(raw) : null; } catch { body = null; }

  if (!res.ok) {
    const error = body && typeof body.error === 'string' && body.error
      ? body.error : `HTTP ${res.status} ${res.statusText}`.trim();
    const detail = body && body.detail != null ? String(body.detail) : null;
    throw new ApiError(res.status, error, detail);
  }
  if (body === null || typeof body !== 'object') {
    throw new ApiError(res.status, 'Bad response', 'The server did not return a JSON object.');
  }
  return body;
}

/** GET /api/search with the page's own query parameters (q, page, size, sort, filters). */
export const search = (params, opts) => getJson('search', params, opts);

/** GET /api/documents/{id}; params: {offset, length} of the text window (the API's defaults when absent). */
export const getDocument = (id, params, opts) => getJson('documents/' + encodeURIComponent(String(id)), params, opts);

/** GET /api/facets (facet counts over the whole index). */
export const getFacets = (opts) => getJson('facets', null, opts);
