// client.mjs - an independent SPARQL 1.1 Protocol client (npm
// sparql-http-client) against "dipgraph serve".
// Usage: node client.mjs ENDPOINT MODE [ARGS...]
//   protocol               SELECT, ASK, CONSTRUCT, an update without token
//   concurrent N Q1 J1 ... N clients at once, round-robin over the queries
//                          Qi (files) whose expected answers are the
//                          `dipgraph query --format json` outputs Ji
// Prints "ok: ..." / "FAIL: ..." lines; exits 1 on a failure.
import { readFileSync } from 'node:fs';
import SparqlClient from 'sparql-http-client';
import SimpleClient from 'sparql-http-client/SimpleClient.js';

const [endpointUrl, mode, ...args] = process.argv.slice(2);
const client = new SparqlClient({ endpointUrl, updateUrl: endpointUrl });
let failed = 0;
const ok = m => console.log(`ok: ${m}`);
const fail = m => { console.log(`FAIL: ${m}`); failed = 1; };
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

// One canonical line per solution, sorted: the same for RDF/JS terms and
// for W3C SPARQL results JSON.
function termKey(t) {
  if (t.termType === 'Literal')
    return `L:${t.value}@${t.language || ''}^^${t.language ? '' : (t.datatype && t.datatype.value) || XSD_STRING}`;
  return `${t.termType[0]}:${t.value}`;
}
function jsonKey(t) {
  if (t.type === 'literal' || t['typed-literal'])
    return `L:${t.value}@${t['xml:lang'] || ''}^^${t['xml:lang'] ? '' : t.datatype || XSD_STRING}`;
  return `${t.type === 'uri' ? 'N' : 'B'}:${t.value}`;
}
function canonRows(rows) {
  return rows.map(r => Object.keys(r).sort().map(k => `${k}=${r[k]}`).join('|')).sort().join('\n');
}
async function select(query) {
  const rows = [];
  for await (const row of client.query.select(query)) {
    const o = {};
    for (const [k, v] of Object.entries(row)) o[k] = termKey(v);
    rows.push(o);
  }
  return rows;
}
function expected(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return canonRows(json.results.bindings.map(b => {
    const o = {};
    for (const [k, v] of Object.entries(b)) if (v.type !== 'unbound') o[k] = jsonKey(v);
    return o;
  }));
}

if (mode === 'protocol') {
  const people = await select('SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name } ORDER BY ?name');
  const names = people.map(r => r.name.replace(/^L:|@\^\^.*$/g, '')).join(',');
  names === 'Ana Ribeiro,Dewi Lestari,Pieter de Groot,Rahmat Santoso'
    ? ok(`SELECT through sparql-http-client: ${names}`) : fail(`SELECT: ${names}`);
  const ask = await client.query.ask('ASK { ?e a dip:Accuse ; dip:target ?t . ?t dip:countryCode "BRA" }');
  ask === true ? ok('ASK true') : fail(`ASK: ${ask}`);
  const askNo = await client.query.ask('ASK { ?e a dip:Assault }');
  askNo === false ? ok('ASK false') : fail(`ASK false: ${askNo}`);
  const quads = [];
  for await (const q of client.query.construct(
      'CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a dip:Country ; rdfs:label ?l }'))
    quads.push(`${q.subject.value} ${q.object.value}`);
  quads.some(q => q.endsWith('/country/IDN Indonesia')) && quads.length >= 2
    ? ok(`CONSTRUCT: ${quads.length} triples`) : fail(`CONSTRUCT: ${quads.join('; ')}`);
  const simple = new SimpleClient({ endpointUrl, updateUrl: endpointUrl });
  const res = await simple.postUrlencoded('DROP GRAPH <https://w3id.org/dipgraph/id/doc/x>', { update: true });
  res.status === 403 ? ok('an update without a token is 403') : fail(`update: ${res.status}`);
  const bad = await simple.get('SELECT ?x WHERE { ?x');
  const text = await bad.text();
  bad.status === 400 && /syntax error/.test(text) ? ok(`a bad query is 400: ${text.trim()}`)
                                                  : fail(`bad query: ${bad.status} ${text}`);
} else if (mode === 'concurrent') {
  const n = Number(args[0]);
  const pairs = [];
  for (let i = 1; i + 1 < args.length; i += 2)
    pairs.push({ query: readFileSync(args[i], 'utf8'), want: expected(args[i + 1]) });
  const t0 = Date.now();
  const results = await Promise.allSettled(Array.from({ length: n }, (_, i) => {
    const p = pairs[i % pairs.length];
    return select(p.query).then(rows => ({ i, same: canonRows(rows) === p.want, rows: rows.length }));
  }));
  const bad = results.filter(r => r.status !== 'fulfilled' || !r.value.same);
  for (const r of bad.slice(0, 5))
    console.log(`  client: ${r.status === 'fulfilled' ? `different answer (${r.value.rows} rows)` : r.reason}`);
  bad.length === 0 ? ok(`${n} concurrent clients, every answer identical to dipgraph query (${Date.now() - t0} ms)`)
                   : fail(`${bad.length} of ${n} concurrent clients failed or differed`);
} else {
  fail(`unknown mode ${mode}`);
}
process.exit(failed);
