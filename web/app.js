/* app.js - the browser view of "dipgraph serve"
 *
 * Talks only to this server: /sparql (SPARQL 1.1 Protocol, JSON results)
 * and /api/network (the actors view as cytoscape.js elements JSON).  The
 * network and the timeline are drawn as SVG by the code below (a small
 * force-directed layout), so the page needs no library and works offline.
 * Every value from the graph is put into the page as text nodes, never as
 * HTML.
 */
'use strict';

const SVGNS = 'http://www.w3.org/2000/svg';

const EXAMPLES = [
  {
    name: 'Meetings of a country',
    query: `# Meetings with Indonesia or one of its officials
SELECT DISTINCT ?event ?date ?label WHERE {
  ?event a dip:Meeting ; dip:participant ?a ; rdfs:label ?label .
  { ?a dip:countryCode "IDN" } UNION { ?a dip:affiliation ?c . ?c dip:countryCode "IDN" }
  OPTIONAL { ?event dip:date ?date }
} ORDER BY ?date ?event`
  },
  {
    name: 'Statements by a person',
    query: `# What Rahmat Santoso said, with the sentence it comes from
SELECT DISTINCT ?event ?date ?quote ?evidence WHERE {
  ?event a dip:Statement ; dip:agent ?p .
  ?p rdfs:label "Rahmat Santoso" .
  OPTIONAL { ?event dip:date ?date }
  OPTIONAL { ?event dip:quote ?quote }
  OPTIONAL { ?event dip:evidence ?evidence }
} ORDER BY ?date ?event`
  },
  {
    name: 'Dyad timeline: Brazil - Indonesia',
    query: `# Events between Brazil and Indonesia: the states or their officials
# (rasqal has no property paths: one branch per combination)
SELECT DISTINCT ?event ?date ?goldstein ?label WHERE {
  { ?event dip:participant ?a, ?b . ?a dip:countryCode "BRA" . ?b dip:countryCode "IDN" }
  UNION
  { ?event dip:participant ?a, ?b . ?a dip:affiliation ?ca . ?ca dip:countryCode "BRA" .
    ?b dip:affiliation ?cb . ?cb dip:countryCode "IDN" }
  UNION
  { ?event dip:participant ?a, ?b . ?a dip:countryCode "BRA" .
    ?b dip:affiliation ?cb . ?cb dip:countryCode "IDN" }
  UNION
  { ?event dip:participant ?a, ?b . ?a dip:affiliation ?ca . ?ca dip:countryCode "BRA" .
    ?b dip:countryCode "IDN" }
  ?event rdfs:label ?label ; dip:date ?date ; dip:goldstein ?goldstein .
} ORDER BY ?date ?event`
  },
  {
    name: 'All events',
    query: `SELECT ?event ?date ?type ?label WHERE {
  ?event a dip:Event ; dip:ploverType ?type ; rdfs:label ?label .
  OPTIONAL { ?event dip:date ?date }
} ORDER BY ?date ?event`
  }
];

const CLASS_COLORS = {
  Country: '#2f6fd0', Person: '#e07b2a', Organization: '#2a9d6f',
  InternationalOrganization: '#2a9d6f', Place: '#8c6bb1'
};

function $(id) { return document.getElementById(id); }

function el(tag, attrs, text) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVGNS, tag.slice(4))
                                   : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function setStatus(text, isError) {
  const s = $('status');
  s.textContent = text;
  s.className = isError ? 'error' : '';
}

async function sparql(query) {
  const res = await fetch('sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded',
               'Accept': 'application/sparql-results+json' },
    body: new URLSearchParams({ query }).toString()
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}: ${text.trim()}`);
  return JSON.parse(text);
}

async function network(query) {
  const url = query ? 'api/network?' + new URLSearchParams({ query }) : 'api/network';
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status}: ${text.trim()}`);
  return JSON.parse(text);
}

function short(iri) {
  const prefixes = [['https://w3id.org/dipgraph/id/', 'id:'],
                    ['https://w3id.org/dipgraph/ontology#', 'dip:'],
                    ['http://www.w3.org/2001/XMLSchema#', 'xsd:']];
  for (const [ns, p] of prefixes) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  return iri;
}

/* ---- results table ---- */

function showResults(json) {
  const box = $('results');
  box.replaceChildren();
  if ('boolean' in json) {
    box.append(el('p', {}, `ASK: ${json.boolean}`));
    return 0;
  }
  const vars = json.head.vars || [];
  const rows = json.results.bindings;
  const table = el('table', { id: 'results-table' });
  const head = el('tr');
  for (const v of vars) head.append(el('th', {}, v));
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    for (const v of vars) {
      const b = row[v];
      const td = el('td', b && b.type === 'uri' ? { class: 'iri', title: b.value } : {},
                    b ? (b.type === 'uri' ? short(b.value) : b.value) : '');
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  box.append(table);
  return rows.length;
}

/* ---- the network: a force-directed layout drawn as SVG ---- */

let current = { nodes: [], edges: [] };
let selected = null;

function goldsteinColor(g) {
  if (g === undefined || g === null || isNaN(g)) return '#9aa3b2';
  const t = Math.max(-10, Math.min(10, g)) / 10;       /* -1 .. 1 */
  if (t >= 0) return `rgb(${Math.round(120 - 90 * t)},${Math.round(150 + 40 * t)},${Math.round(120 - 60 * t)})`;
  return `rgb(${Math.round(200 + 30 * -t)},${Math.round(110 - 60 * -t)},${Math.round(100 - 50 * -t)})`;
}

function layout(nodes, edges, w, h) {
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  /* deterministic start: a circle in IRI order */
  nodes.forEach((d, i) => {
    const a = 2 * Math.PI * i / Math.max(1, n);
    d.x = w / 2 - 60 + Math.cos(a) * w / 4;
    d.y = h / 2 + Math.sin(a) * h / 4;
  });
  const k = Math.sqrt((w * h) / Math.max(1, n)) * 0.6;
  const links = edges.map(e => [index.get(e.source), index.get(e.target)])
                     .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  for (let it = 0, temp = w / 8; it < 300; it++, temp *= 0.985) {
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(0.01, x * x + y * y), f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    for (const [a, b] of links) {
      const x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
      const d = Math.max(0.1, Math.hypot(x, y)), f = d / k;
      dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      /* gravity to the centre keeps components on screen */
      dx[i] += (w / 2 - 60 - nodes[i].x) * 0.08; dy[i] += (h / 2 - nodes[i].y) * 0.08;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i])), s = Math.min(d, temp) / d;
      nodes[i].x = Math.max(30, Math.min(w - 150, nodes[i].x + dx[i] * s));
      nodes[i].y = Math.max(25, Math.min(h - 25, nodes[i].y + dy[i] * s));
    }
  }
}

function drawNetwork(json) {
  const box = $('network');
  const w = box.clientWidth || 600, h = box.clientHeight || 380;
  const nodes = json.elements.nodes.map(n => Object.assign({}, n.data))
                                  .filter(d => d.kind !== 'event');
  const edges = json.elements.edges.map(e => Object.assign({}, e.data));
  current = { nodes, edges };
  box.replaceChildren();
  $('network-note').textContent = `${nodes.length} actors, ${edges.length} edges`;
  if (!nodes.length) {
    box.append(el('p', { class: 'muted' }, 'No actors in this selection.'));
    return;
  }
  layout(nodes, edges, w, h);
  const byId = new Map(nodes.map(d => [d.id, d]));
  const svg = el('svg:svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': 'actor network' });
  const defs = el('svg:defs');
  const marker = el('svg:marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5,
                                    markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('svg:path', { d: 'M0,0L10,5L0,10z', fill: '#8893a5' }));
  defs.append(marker);
  svg.append(defs);
  const gEdges = el('svg:g'), gNodes = el('svg:g');
  svg.append(gEdges, gNodes);
  const pairs = new Map();
  for (const e of edges) {
    const s = byId.get(e.source), t = byId.get(e.target);
    if (!s || !t) continue;
    /* parallel edges of one pair bend apart */
    const key = [e.source, e.target].sort().join(' ');
    const nth = pairs.get(key) || 0;
    pairs.set(key, nth + 1);
    const mx = (s.x + t.x) / 2, my = (s.y + t.y) / 2;
    /* the normal of the pair in IRI order, so both directions share it */
    const [p, q] = e.source < e.target ? [s, t] : [t, s];
    const nx = -(q.y - p.y), ny = q.x - p.x, len = Math.max(1, Math.hypot(nx, ny));
    const bend = (nth % 2 ? -1 : 1) * (18 + 18 * Math.floor(nth / 2));
    const cx = mx + nx / len * bend, cy = my + ny / len * bend;
    const path = el('svg:path', {
      class: 'edge', d: `M${s.x},${s.y}Q${cx},${cy} ${t.x},${t.y}`,
      stroke: goldsteinColor(e.goldstein), 'stroke-width': 1.5 + Math.min(6, (e.weight || 1) - 1) * 1.5,
      'marker-end': 'url(#arrow)'
    });
    path.append(el('svg:title', {}, `CAMEO ${e.label}, ${e.weight} event(s), Goldstein ${e.goldstein ?? 'n/a'}`));
    gEdges.append(path);
    gEdges.append(el('svg:text', { class: 'edge-label', x: (mx + cx) / 2, y: (my + cy) / 2 }, e.label));
  }
  for (const d of nodes) {
    const g = el('svg:g', { class: 'node', transform: `translate(${d.x},${d.y})`, tabindex: 0,
                            'data-iri': d.iri || d.id });
    const r = 7 + Math.min(10, 2 * Math.sqrt(d.events || 1));
    g.append(el('svg:circle', { r, fill: CLASS_COLORS[d.class] || '#777' }));
    g.append(el('svg:text', { x: r + 3, y: 4 }, d.country && d.class !== 'Country'
                                                 ? `${d.label} (${d.country})` : d.label));
    g.append(el('svg:title', {}, `${d.class || 'Actor'}: ${d.label}${d.role ? ', ' + d.role : ''}`));
    g.addEventListener('click', () => selectActor(d, g));
    g.addEventListener('keydown', ev => { if (ev.key === 'Enter') selectActor(d, g); });
    gNodes.append(g);
  }
  box.append(svg);
  drawLegend(nodes);
}

/* CSSOM, not a style attribute: the page's CSP allows no inline styles */
function swatch(color) {
  const i = el('i');
  i.style.background = color;
  return i;
}

function drawLegend(nodes) {
  const legend = $('legend');
  legend.replaceChildren();
  const classes = [...new Set(nodes.map(d => d.class || 'Actor'))].sort();
  for (const c of classes) {
    const s = el('span');
    s.append(swatch(CLASS_COLORS[c] || '#777'), c);
    legend.append(s);
  }
  const g = el('span');
  g.append(swatch(goldsteinColor(-8)), 'conflict ', swatch(goldsteinColor(6)), 'cooperation (Goldstein)');
  legend.append(g);
}

/* ---- details of an actor: its events and their sentences ---- */

function iriOk(iri) { return /^[^\s<>"{}|^`\\]+$/.test(iri); }

async function selectActor(d, g) {
  document.querySelectorAll('.node.selected').forEach(n => n.classList.remove('selected'));
  g.classList.add('selected');
  selected = d;
  const box = $('details');
  box.replaceChildren(el('p', { class: 'muted' }, `Loading the events of ${d.label}...`));
  const iri = d.iri || d.id;
  if (!iriOk(iri)) return;
  const q = `SELECT DISTINCT ?event ?label ?date ?cameo ?goldstein ?evidence ?quote WHERE {
  ?event a dip:Event ; dip:participant <${iri}> ; rdfs:label ?label .
  OPTIONAL { ?event dip:date ?date } OPTIONAL { ?event dip:cameoCode ?cameo }
  OPTIONAL { ?event dip:goldstein ?goldstein } OPTIONAL { ?event dip:evidence ?evidence }
  OPTIONAL { ?event dip:quote ?quote }
} ORDER BY ?date ?event`;
  try {
    const json = await sparql(q);
    box.replaceChildren(el('h3', {}, `${d.label}${d.role ? ' — ' + d.role : ''}`));
    const seen = new Set();
    for (const b of json.results.bindings) {
      if (seen.has(b.event.value)) continue;
      seen.add(b.event.value);
      const div = el('div', { class: 'event' });
      div.append(el('div', {}, b.label.value));
      div.append(el('div', { class: 'meta' },
        [b.date && b.date.value, b.cameo && 'CAMEO ' + b.cameo.value,
         b.goldstein && 'Goldstein ' + b.goldstein.value].filter(Boolean).join(' · ')));
      if (b.quote) div.append(el('blockquote', {}, '“' + b.quote.value + '”'));
      if (b.evidence) div.append(el('div', { class: 'evidence' }, b.evidence.value));
      box.append(div);
    }
    if (!seen.size) box.append(el('p', { class: 'muted' }, 'No events.'));
  } catch (err) {
    box.replaceChildren(el('p', { class: 'error' }, String(err.message)));
  }
}

/* ---- timeline of the events in view ---- */

function drawTimeline(json) {
  const box = $('timeline');
  box.replaceChildren();
  const events = json.elements.nodes.map(n => n.data).filter(d => d.kind === 'event' && d.date);
  if (!events.length) {
    box.append(el('p', { class: 'muted' }, 'No dated events.'));
    return;
  }
  const w = box.clientWidth || 600, h = box.clientHeight || 120;
  const t = events.map(e => Date.parse(e.date));
  let lo = Math.min(...t), hi = Math.max(...t);
  if (hi - lo < 86400000) { lo -= 86400000; hi += 86400000; }
  const x = v => 40 + (w - 80) * (v - lo) / (hi - lo);
  const svg = el('svg:svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': 'timeline' });
  svg.append(el('svg:line', { x1: 30, x2: w - 30, y1: h - 30, y2: h - 30, stroke: '#889' }));
  const stack = new Map();
  events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const e of events) {
    const px = x(Date.parse(e.date)), n = stack.get(e.date) || 0;
    stack.set(e.date, n + 1);
    const c = el('svg:circle', { cx: px, cy: h - 42 - n * 13, r: 5, fill: goldsteinColor(e.goldstein) });
    c.append(el('svg:title', {}, `${e.date}: ${e.label}`));
    svg.append(c);
  }
  for (const d of new Set(events.map(e => e.date)))
    svg.append(el('svg:text', { x: x(Date.parse(d)), y: h - 12, 'text-anchor': 'middle',
                                'font-size': 11, fill: '#445' }, d));
  box.append(svg);
}

/* ---- running ---- */

async function refreshGraph(query) {
  try {
    const [actors, events] = await Promise.all([
      network(query),
      fetch(query ? 'api/network?' + new URLSearchParams({ query, kind: 'events' })
                  : 'api/network?kind=events').then(r => r.ok ? r.json() : { elements: { nodes: [] } })
    ]);
    drawNetwork(actors);
    drawTimeline(events);
  } catch (err) {
    $('network-note').textContent = String(err.message);
  }
}

async function run() {
  const query = $('query').value;
  setStatus('Running...');
  const t0 = performance.now();
  try {
    const json = await sparql(query);
    const n = showResults(json);
    setStatus(`${n} row${n === 1 ? '' : 's'} in ${Math.round(performance.now() - t0)} ms`);
    const hasEvent = json.head && (json.head.vars || []).includes('event');
    await refreshGraph(hasEvent ? query : null);
    document.body.dataset.ran = String(n);
  } catch (err) {
    setStatus(String(err.message), true);
    document.body.dataset.ran = 'error';
  }
}

async function summary() {
  try {
    const ev = await sparql('SELECT (COUNT(?e) AS ?n) WHERE { ?e a dip:Event }');
    const docs = await sparql('SELECT (COUNT(?d) AS ?n) WHERE { ?d a dip:Document }');
    const n = j => (j.results.bindings[0] && j.results.bindings[0].n) ? j.results.bindings[0].n.value : 0;
    $('summary').textContent = `${n(ev)} events from ${n(docs)} documents`;
  } catch (err) { /* the summary is optional */ }
}

function init() {
  const box = $('examples');
  EXAMPLES.forEach((ex, i) => {
    const b = el('button', { type: 'button', 'data-example': i }, ex.name);
    b.addEventListener('click', () => { $('query').value = ex.query; run(); });
    box.append(b);
  });
  $('query').value = EXAMPLES[0].query;
  $('run').addEventListener('click', run);
  $('query').addEventListener('keydown', ev => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) run();
  });
  summary();
  refreshGraph(null);
}

document.addEventListener('DOMContentLoaded', init);
