// oxigraph-bench.mjs - the reference side of bench/store.sh: loads an
// N-Quads file into Oxigraph (npm "oxigraph", in memory) and times the
// analyst queries of bench/store-queries.txt.
// Usage: node oxigraph-bench.mjs MODULE_DIR DATA.nq QUERIES.txt OUTDIR RUNS
// Prints "load SECONDS" and "NAME MILLISECONDS" lines; writes OUTDIR/NAME.tsv
// in the TSV form dipgraph query --format tsv writes.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const [modDir, data, queriesFile, outDir, runsArg] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modDir), "x.js"));
const oxigraph = require("oxigraph");
const runs = Number(runsArg || 5);
const PREFIXES = `PREFIX dip: <https://w3id.org/dipgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

const store = new oxigraph.Store();
let t = process.hrtime.bigint();
store.load(fs.readFileSync(data), { format: "application/n-quads" });
console.log(`load ${Number(process.hrtime.bigint() - t) / 1e9}`);

function term(x) {
  if (!x) return "";
  if (x.termType === "NamedNode") return `<${x.value}>`;
  if (x.termType === "BlankNode") return `_:${x.value}`;
  const v = JSON.stringify(x.value).slice(1, -1);
  if (x.language) return `"${v}"@${x.language}`;
  if (x.datatype && x.datatype.value !== "http://www.w3.org/2001/XMLSchema#string")
    return `"${v}"^^<${x.datatype.value}>`;
  return `"${v}"`;
}

for (const line of fs.readFileSync(queriesFile, "utf8").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  const tab = line.indexOf("\t");
  const name = line.slice(0, tab), q = PREFIXES + line.slice(tab + 1);
  const proj = /SELECT (.*?) WHERE/.exec(line)[1]
    .replace(/\((?:[^()]|\([^()]*\))*\s+AS\s+(\?\w+)\)/g, "$1");
  const vars = proj.match(/\?\w+/g);
  let best = Infinity, rows;
  for (let r = 0; r < runs; r++) {
    t = process.hrtime.bigint();
    rows = store.query(q, { use_default_graph_as_union: true });
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  const out = [vars.join("\t")];
  for (const row of rows) out.push(vars.map((v) => term(row.get(v.slice(1)))).join("\t"));
  fs.writeFileSync(path.join(outDir, `${name}.tsv`), out.join("\n") + "\n");
  console.log(`${name} ${best.toFixed(2)}`);
}
