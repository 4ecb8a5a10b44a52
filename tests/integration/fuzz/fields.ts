// The field names the forms know, read from the zod schemas themselves (every lib/**/schemas.ts),
// so a new field is fuzzed without anyone listing it here.
import { readdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function walk(dir: string, match: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, match, out);
    else if (match(entry.name)) out.push(full);
  }
  return out;
}

/** Every app/**\/actions.ts (and *-actions.ts, e.g. the profile's invitation answers), relative to the repository. */
export const actionModules = () =>
  walk(path.join(ROOT, "app"), (n) => /^([\w-]+-)?actions\.ts$/.test(n))
    .map((f) => path.relative(ROOT, f))
    .sort();

type Node = { shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } };

function collect(schema: unknown, into: Set<string>, depth = 0) {
  if (!schema || typeof schema !== "object" || depth > 6) return;
  const node = schema as Node;
  if (node.shape && typeof node.shape === "object") {
    for (const [key, inner] of Object.entries(node.shape)) {
      into.add(key);
      collect(inner, into, depth + 1);
    }
  }
  const def = node._zod?.def;
  if (!def) return;
  for (const key of ["in", "out", "innerType", "schema", "left", "right"]) collect(def[key], into, depth + 1);
  if (Array.isArray(def.options)) for (const option of def.options) collect(option, into, depth + 1);
}

/** All object keys of all exported zod schemas in lib/**\/schemas.ts and lib/**\/*-schema.ts. */
export async function schemaFields(): Promise<string[]> {
  const files = walk(path.join(ROOT, "lib"), (n) => n === "schemas.ts" || n.endsWith("-schema.ts"));
  const keys = new Set<string>();
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) collect(value, keys);
  }
  return [...keys].sort();
}
