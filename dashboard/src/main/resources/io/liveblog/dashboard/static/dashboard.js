// The live dashboard. Every string shown comes from posts and is untrusted: it is only ever set as text
// (textContent, text nodes, SVG <title> text), never parsed as markup, and no attribute is built from it except
// plain data-* and aria labels. The server's content security policy forbids inline script as a second fence.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const CASUALTY_FIRST = ['killed', 'injured', 'missing', 'hostages', 'displaced', 'arrested', 'released'];

const state = {
  window: 'total',
  blog: '',
  metric: '', // '' = every metric in the tree; the map then shows the first
  mapMetric: '',
  aggregates: [],
  selected: null, // {locationId, metric, window}
  refreshTimer: null,
  asked: {}, // per kind of answer, the number of the newest request: an older answer arriving later is dropped
};

// Answers to concurrent requests can arrive out of order; only the newest request's answer may be drawn, or a
// slow answer from before a change would overwrite the change until the next event.
async function newest(kind, path, params) {
  const mine = (state.asked[kind] || 0) + 1;
  state.asked[kind] = mine;
  const body = await getJson(path, params);
  return state.asked[kind] === mine ? body : null;
}

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

function number(v) {
  return v === null || v === undefined ? '?' : Number(v).toLocaleString('en');
}

// the bounds of a figure in words: "at least 130" reads better than "130–open"
function range(a) {
  if (a.low === a.high) return '';
  if (a.low === null && a.high === null) return 'bounds unknown';
  if (a.high === null) return '≥ ' + number(a.low);
  if (a.low === null) return '≤ ' + number(a.high);
  return number(a.low) + '–' + number(a.high);
}

async function getJson(path, params) {
  const query = new URLSearchParams(params || {}).toString();
  const response = await fetch(path + (query ? '?' + query : ''), { headers: { Accept: 'application/json' } });
  const body = await response.json();
  showStatus(body.stale, body.state);
  if (!response.ok && response.status !== 404) throw new Error(body.error || response.statusText);
  return body;
}

function showStatus(stale, appState) {
  const s = document.getElementById('status');
  if (s.dataset.connection === 'down') return;
  s.className = 'status ' + (stale ? 'stale' : 'live');
  s.textContent = stale ? 'stale (' + appState + ')' : 'live';
}

function metricOrder(a, b) {
  const ia = CASUALTY_FIRST.indexOf(a), ib = CASUALTY_FIRST.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a.localeCompare(b);
}

// ---- the place tree -------------------------------------------------------------------------------------

function buildTree(aggregates) {
  // one row per place path; the path of names is the tree (each level has its own roll-up aggregate)
  const rows = new Map();
  for (const a of aggregates) {
    const key = a.path.join('\u0001');
    if (!rows.has(key)) rows.set(key, { path: a.path, locationId: a.locationId, byMetric: {} });
    rows.get(key).byMetric[a.metric] = a;
  }
  return [...rows.values()].sort((x, y) => {
    const n = Math.min(x.path.length, y.path.length);
    for (let i = 0; i < n; i++) {
      const c = x.path[i].localeCompare(y.path[i]);
      if (c !== 0) return c;
    }
    return x.path.length - y.path.length;
  });
}

function renderTree() {
  const metrics = [...new Set(state.aggregates.map((a) => a.metric))].sort(metricOrder)
    .filter((m) => !state.metric || m === state.metric);
  const kinds = {};
  state.aggregates.forEach((a) => { kinds[a.metric] = a.kind; });
  const head = document.getElementById('tree-head');
  head.replaceChildren(el('th', 'Place'));
  for (const m of metrics) {
    const th = el('th', m.replace(/_/g, ' '), kinds[m]);
    th.scope = 'col';
    head.append(th);
  }
  const body = document.getElementById('tree-body');
  body.replaceChildren();
  const shown = state.aggregates.filter((a) => !state.metric || a.metric === state.metric);
  for (const row of buildTree(shown)) {
    const tr = el('tr');
    const place = el('td', row.path[row.path.length - 1], 'place depth' + Math.min(row.path.length - 1, 5));
    place.title = row.path.join(' › ');
    tr.append(place);
    for (const m of metrics) {
      const td = el('td');
      const a = row.byMetric[m];
      if (a) td.append(figureButton(a));
      tr.append(td);
    }
    body.append(tr);
  }
  document.getElementById('empty').hidden = shown.length > 0;
}

function figureButton(a) {
  const b = el('button', number(a.value), 'figure');
  b.type = 'button';
  b.dataset.key = a.key;
  b.title = a.authorities.map((f) => f.authority + ': ' + number(f.value)).join('; ');
  b.setAttribute('aria-label', a.metric + ' at ' + a.location + ': ' + number(a.value));
  if (state.selected && state.selected.key === a.key) b.classList.add('selected');
  const r = range(a);
  if (r) b.append(el('span', r, 'range'));
  b.addEventListener('click', () => select(a));
  return b;
}

// ---- the map: places from the gazetteer's coordinates, no tiles -----------------------------------------

function renderMap() {
  const map = document.getElementById('map');
  map.replaceChildren();
  const metric = state.mapMetric;
  document.getElementById('map-title').textContent = 'Map — ' + (metric ? metric.replace(/_/g, ' ') : 'no figures');
  // the places where figures were reported: a place whose parts also carry the metric is drawn by its parts, so a
  // country's roll-up does not cover the towns it is made of
  const ofMetric = state.aggregates.filter((a) => a.metric === metric && a.value !== null);
  const parents = new Set();
  for (const a of ofMetric) {
    for (let i = 1; i < a.path.length; i++) parents.add(a.path.slice(0, i).join('\u0001'));
  }
  const points = ofMetric.filter((a) => a.lat !== undefined && !parents.has(a.path.join('\u0001')));
  if (points.length === 0) return;
  const lats = points.map((p) => p.lat), lons = points.map((p) => p.lon);
  let [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const pad = Math.max(0.2, (maxLat - minLat) * 0.15, (maxLon - minLon) * 0.15);
  minLat -= pad; maxLat += pad; minLon -= pad; maxLon += pad;
  const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180); // equirectangular, true to scale at mid-latitude
  const scale = Math.min(400 / ((maxLon - minLon) * k), 300 / (maxLat - minLat));
  const x = (lon) => (lon - minLon) * k * scale;
  const y = (lat) => (maxLat - lat) * scale;
  const step = Math.pow(10, Math.floor(Math.log10(Math.max(maxLat - minLat, maxLon - minLon))));
  for (let lon = Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) {
    map.append(svg('line', { class: 'graticule', x1: x(lon), x2: x(lon), y1: 0, y2: 300 }));
  }
  for (let lat = Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) {
    map.append(svg('line', { class: 'graticule', x1: 0, x2: 400, y1: y(lat), y2: y(lat) }));
  }
  const max = Math.max(...points.map((p) => p.value), 1);
  // largest first, so small places stay clickable on top
  for (const p of [...points].sort((a, b) => b.value - a.value)) {
    const c = svg('circle', { class: 'place ' + p.kind, cx: x(p.lon), cy: y(p.lat),
      r: 3 + 22 * Math.sqrt(p.value / max) });
    const title = svg('title');
    title.textContent = p.path.join(' › ') + ': ' + number(p.value);
    c.append(title);
    c.addEventListener('click', () => select(p));
    map.append(c);
    const label = svg('text', { class: 'label', x: x(p.lon) + 4, y: y(p.lat) - 4 });
    label.textContent = p.location;
    map.append(label);
  }
}

// ---- the day series of the selected place and metric ---------------------------------------------------

async function renderSeries() {
  const plot = document.getElementById('series');
  const title = document.getElementById('series-title');
  if (!state.selected) {
    plot.replaceChildren();
    title.textContent = 'Per day';
    return;
  }
  const body = await newest('series', '/api/series', { location: state.selected.locationId,
    metric: state.selected.metric });
  if (!body) return;
  plot.replaceChildren();
  title.textContent = 'Per day — ' + state.selected.metric.replace(/_/g, ' ') + ', ' + state.selected.location;
  const days = body.days.filter((d) => d.value !== null);
  if (days.length === 0) return;
  const max = Math.max(...days.map((d) => (d.high !== null ? d.high : d.value)), 1);
  const w = Math.min(380 / days.length, 40);
  const y = (v) => 140 - 125 * (v / max);
  days.forEach((d, i) => {
    const bar = svg('rect', { class: 'bar ' + d.kind, x: 15 + i * w + w * 0.1, width: w * 0.8, y: y(d.value),
      height: 140 - y(d.value) });
    const t = svg('title');
    t.textContent = d.window + ': ' + number(d.value) + (range(d) ? ' (' + range(d) + ')' : '');
    bar.append(t);
    bar.addEventListener('click', () => select(d));
    plot.append(bar);
    if (d.low !== null && d.high !== null && d.low !== d.high) {
      const cx = 15 + i * w + w / 2;
      plot.append(svg('line', { class: 'whisker', x1: cx, x2: cx, y1: y(d.low), y2: y(d.high) }));
    }
  });
  const first = svg('text', { class: 'axis', x: 15, y: 155 });
  first.textContent = days[0].window;
  const last = svg('text', { class: 'axis', x: 395, y: 155, 'text-anchor': 'end' });
  last.textContent = days[days.length - 1].window;
  const top = svg('text', { class: 'axis', x: 15, y: 12 });
  top.textContent = number(max);
  plot.append(first, last, top);
}

// ---- provenance: facts, authorities, claims, posts and sentences ----------------------------------------

async function renderProvenance() {
  const box = document.getElementById('provenance');
  if (!state.selected) return;
  const s = state.selected;
  const body = await newest('provenance', '/api/aggregate', { location: s.locationId, metric: s.metric,
    window: s.window });
  if (!body) return;
  if (!body.aggregate) {
    box.replaceChildren(el('p', 'No figure of ' + s.metric + ' at ' + s.location + ' in this window any more.',
      'hint'));
    return;
  }
  const a = body.aggregate;
  const parts = [];
  parts.push(el('h3', a.path.join(' › ')));
  parts.push(el('p', a.metric.replace(/_/g, ' ') + ', ' + (a.window === 'total' ? 'running total' : a.window)
    + ': ' + number(a.value) + (range(a) ? ' (' + range(a) + ')' : '') + ' — ' + a.factCount + ' facts from '
    + a.claimCount + ' claims' + (a.baselineText ? ', counted ' + a.baselineText : '')));
  if (a.authorities.length > 0) {
    const t = el('table', null, 'authorities');
    const head = el('tr');
    head.append(el('th', 'Authority'), el('th', 'Figure'), el('th', 'Claims'));
    t.append(head);
    for (const f of a.authorities) {
      const tr = el('tr');
      tr.append(el('td', f.authority), el('td', number(f.value) + (range(f) ? ' (' + range(f) + ')' : '')),
        el('td', f.claimCount));
      t.append(tr);
    }
    parts.push(t);
  }
  for (const r of a.revisions) parts.push(el('p', r, 'hint'));
  if (a.revisionCount > a.revisions.length) {
    parts.push(el('p', (a.revisionCount - a.revisions.length) + ' earlier revisions (each place below lists its '
      + 'own latest)', 'hint'));
  }
  for (const o of a.otherSeries) {
    parts.push(el('p', 'Also counted ' + (o.baselineText || o.baseline) + ': ' + number(o.value), 'hint'));
  }
  for (const d of a.dailyNew) {
    parts.push(el('p', 'New since ' + d.fromDate + ' (' + d.authority + '): ' + number(d.value)
      + (d.correction ? ' — a correction' : ''), 'hint'));
  }
  for (const c of body.claims) parts.push(claimView(c));
  if (body.claimsLeftOut > 0) parts.push(el('p', body.claimsLeftOut + ' more claims behind this figure are not named here: the places below it name theirs', 'hint'));
  box.replaceChildren(...parts);
}

function claimView(c) {
  const div = el('div', null, 'claim');
  div.dataset.claim = c.claimId;
  div.append(el('div', 'post ' + c.postId + ' · version ' + c.postVersion + ' · blog ' + c.blogId + ' · '
    + c.field + ' · ' + c.eventDate + (c.source ? ' · ' + c.source : ' · unattributed') + ' · ' + c.scope,
    'meta'));
  const quote = el('blockquote');
  if (c.highlight) {
    const [from, to] = c.highlight;
    quote.append(document.createTextNode(c.sentence.slice(0, from)), el('mark', c.sentence.slice(from, to)),
      document.createTextNode(c.sentence.slice(to)));
  } else {
    quote.append(document.createTextNode(c.sentence), el('span', ' [' + c.text + ']', 'hint'));
  }
  div.append(quote);
  const show = el('button', 'Show the post', 'show-post');
  show.type = 'button';
  show.addEventListener('click', () => {
    show.disabled = true;
    showPost(c, div).catch(showError).finally(() => { show.remove(); });
  });
  div.append(show);
  return div;
}

// the sentence as text nodes, the figure in it marked
function markedSentence(c) {
  const span = el('mark', null, 'sentence');
  if (c.highlight) {
    const [from, to] = c.highlight;
    span.append(document.createTextNode(c.sentence.slice(0, from)), el('strong', c.sentence.slice(from, to)),
      document.createTextNode(c.sentence.slice(to)));
  } else {
    span.textContent = c.sentence;
  }
  return span;
}

// a paragraph (or the headline) as text, the claim's sentence marked where it stands
function textWithSentence(tag, text, c) {
  const e = el(tag);
  const at = c.sentence ? text.indexOf(c.sentence) : -1;
  if (at < 0) {
    e.textContent = text;
  } else {
    e.append(document.createTextNode(text.slice(0, at)), markedSentence(c),
      document.createTextNode(text.slice(at + c.sentence.length)));
  }
  return e;
}

// the whole post the claim was read from, as the updates topic holds its current version
async function showPost(c, into) {
  const body = await getJson('/api/post', { id: c.postId });
  const p = body.post;
  const box = el('div', null, 'post-text');
  if (!p) {
    box.append(el('p', 'The text of this post is not available: it was forgotten (older than the post '
      + 'retention) or its record is no longer on the updates topic.', 'hint'));
  } else {
    box.append(el('div', 'version ' + p.version + ' · published ' + p.publishedAt
      + (p.updatedAt ? ' · updated ' + p.updatedAt : '') + (p.byline ? ' · ' + p.byline : '')
      + ' · updates topic partition ' + p.updatePartition + ', offset ' + p.updateOffset, 'meta'));
    box.append(textWithSentence('h4', p.headline, c.field === 'headline' ? c : {}));
    for (const para of p.body.split(/\n\s*\n/)) {
      if (para.trim()) box.append(textWithSentence('p', para, c.field === 'headline' ? {} : c));
    }
    if (p.version !== c.postVersion) {
      box.append(el('p', 'This is version ' + p.version + ' of the post; the claim was read from version '
        + c.postVersion + '.', 'hint'));
    }
  }
  into.append(box);
}

// ---- alerts -----------------------------------------------------------------------------------------------

function alertItem(a) {
  const li = el('li');
  li.dataset.alert = a.alertId;
  li.append(el('span', a.severity, 'severity ' + (a.severity === 'warning' ? 'warning' : 'info')),
    el('strong', a.rule.replace(/_/g, ' ')));
  if (a.labels.length > 0) li.append(el('span', ' [' + a.labels.join(', ') + ']', 'labels'));
  li.append(el('div', a.message));
  const quoted = a.evidence.find((e) => e.sentence);
  if (quoted) li.append(el('blockquote', quoted.sentence));
  li.addEventListener('click', () => select({ key: a.locationId + '|' + a.metric + '|' + a.window,
    locationId: a.locationId, location: a.location, metric: a.metric, window: a.window }));
  return li;
}

// The server keeps the newest alerts (RecentAlerts.KEPT); the page lists as many.
const ALERTS_KEPT = 50;

async function loadAlerts() {
  const body = await newest('alerts', '/api/alerts');
  if (!body) return;
  // Alerts are never withdrawn, so the list is the union of the answer and what is shown: an alert pushed over the
  // event stream while this request was under way is newer than the answer and stays on top.
  // An alert already listed keeps its element (alerts do not change), so nothing flickers or loses focus.
  const list = document.getElementById('alerts');
  const shown = new Map([...list.children].map((li) => [li.dataset.alert, li]));
  const answered = new Set(body.alerts.map((a) => a.alertId));
  const pushed = [...list.children].filter((li) => !answered.has(li.dataset.alert));
  list.replaceChildren(...pushed, ...body.alerts.map((a) => shown.get(a.alertId) || alertItem(a)));
  while (list.children.length > ALERTS_KEPT) list.lastElementChild.remove();
  document.getElementById('no-alerts').hidden = list.children.length > 0;
}

function alertArrived(a) {
  const list = document.getElementById('alerts');
  if (list.querySelector('[data-alert="' + CSS.escape(a.alertId) + '"]')) return;
  list.prepend(alertItem(a));
  document.getElementById('no-alerts').hidden = true;
}

// ---- selection, filters, loading and live updates -------------------------------------------------------

function select(a) {
  state.selected = { key: a.key, locationId: a.locationId, location: a.location, metric: a.metric,
    window: a.window };
  document.querySelectorAll('button.figure.selected').forEach((b) => b.classList.remove('selected'));
  document.querySelectorAll('button.figure').forEach((b) => {
    if (b.dataset.key === a.key) b.classList.add('selected');
  });
  refreshSelection();
}

function refreshSelection() {
  renderProvenance().catch(showError);
  renderSeries().catch(showError);
}

function fillSelect(select, values, keepFirst, label) {
  const current = select.value;
  const kept = keepFirst ? [select.options[0]] : [];
  select.replaceChildren(...kept);
  for (const v of values) {
    const o = el('option', label ? label(v) : v);
    o.value = v;
    select.append(o);
  }
  if ([...select.options].some((o) => o.value === current)) select.value = current;
}

async function loadAggregates() {
  const params = { window: state.window };
  if (state.blog) params.blog = state.blog;
  const body = await newest('aggregates', '/api/aggregates', params);
  if (!body) return;
  state.aggregates = body.aggregates;
  fillSelect(document.getElementById('window'), body.days, true);
  const metrics = body.metrics.slice().sort(metricOrder);
  fillSelect(document.getElementById('metric'), metrics, true, (m) => m.replace(/_/g, ' '));
  if (state.metric && !metrics.includes(state.metric)) state.metric = '';
  document.getElementById('metric').value = state.metric;
  state.mapMetric = state.metric || metrics[0] || '';
  renderTree();
  renderMap();
}

async function loadBlogs() {
  const body = await newest('blogs', '/api/blogs');
  if (!body) return;
  fillSelect(document.getElementById('blog'), body.blogs, true);
}

function refresh() {
  loadAggregates().catch(showError);
  loadBlogs().catch(showError);
  loadAlerts().catch(showError);
  if (state.selected) refreshSelection();
}

// many aggregates change together: refresh at most twice a second
function scheduleRefresh() {
  if (state.refreshTimer) return;
  state.refreshTimer = setTimeout(() => {
    state.refreshTimer = null;
    refresh();
  }, 500);
}

function showError(e) {
  const s = document.getElementById('status');
  s.className = 'status stale';
  s.textContent = String(e.message || e);
}

function listen() {
  const events = new EventSource('/api/events');
  const s = document.getElementById('status');
  events.addEventListener('hello', () => {
    s.dataset.connection = 'up';
    refresh();
  });
  events.addEventListener('alert', (e) => alertArrived(JSON.parse(e.data)));
  events.addEventListener('aggregate', () => {
    document.body.dataset.lastEvent = new Date().toISOString();
    scheduleRefresh();
  });
  events.onerror = () => {
    s.dataset.connection = 'down';
    s.className = 'status down';
    s.textContent = 'reconnecting…';
  };
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('window').addEventListener('change', (e) => { state.window = e.target.value; refresh(); });
  document.getElementById('blog').addEventListener('change', (e) => { state.blog = e.target.value; refresh(); });
  document.getElementById('metric').addEventListener('change', (e) => {
    state.metric = e.target.value;
    state.mapMetric = state.metric || [...e.target.options].map((o) => o.value).find((v) => v) || '';
    renderTree();
    renderMap();
  });
  refresh();
  listen();
});
