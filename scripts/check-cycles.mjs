// `npm run check:cycles [folders…]`: lists every import circle between production files (tests left
// out) under server/, shared/ and client/src, or the folders given; exits 1 when there is one. Type-only
// imports count too: a circle of types is still two files that cannot be read one without the other.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['server', 'shared', 'client/src'];
const isSource = (file) => /\.tsx?$/.test(file) && !/\.(test|d)\.tsx?$/.test(file);

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (isSource(path)) yield resolve(path);
  }
}

/** A relative import's file, as the bundlers resolve it: `.ts`, `.tsx` or the folder's `index`. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
  return found && isSource(found) ? found : null;
}

const graph = new Map();
for (const file of roots.flatMap((root) => [...sourceFiles(root)])) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  graph.set(file, [...new Set(importedFiles.map((imported) => resolveImport(file, imported.fileName)).filter(Boolean))]);
}

// Tarjan's strongly connected components: every component of more than one file holds a circle.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
function visit(file) {
  index.set(file, index.size);
  low.set(file, index.get(file));
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(file, Math.min(low.get(file), low.get(next)));
    } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
  }
  if (low.get(file) === index.get(file)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) components.push(component);
  }
}
for (const file of graph.keys()) if (!index.has(file)) visit(file);

/** One circle through the component, from its first file back to it, for the message. */
function circleThrough(component) {
  const members = new Set(component);
  const start = component.toSorted()[0];
  const path = [start];
  const seen = new Set([start]);
  const walk = (file) => {
    for (const next of graph.get(file) ?? []) {
      if (next === start) return true;
      if (!members.has(next) || seen.has(next)) continue;
      seen.add(next);
      path.push(next);
      if (walk(next)) return true;
      path.pop();
    }
    return false;
  };
  walk(start);
  return [...path, start].map((file) => relative(process.cwd(), file));
}

const files = graph.size;
if (components.length === 0) {
  console.log(`No import circles among ${files} files under ${roots.join(', ')}.`);
} else {
  for (const component of components) {
    console.log(`${component.length} files import each other: ${circleThrough(component).join(' → ')}`);
  }
  console.log(`${components.length} import circle(s) among ${files} files under ${roots.join(', ')}.`);
  process.exitCode = 1;
}
