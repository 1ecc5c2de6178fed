// Writes the TypeScript types of the Shoppable Post format (packages/core/src/shoppable-post.ts)
// from its JSON Schema (docs/shoppable-post.schema.json), the one source of the format.
//
//   node scripts/post-types.mjs          write the file
//   node scripts/post-types.mjs --check  exit 1 when the file is not what the schema gives
//
// It reads the part of JSON Schema the format uses: object, array (items, or a fixed-length
// prefixItems tuple), string, number, const, enum and $ref to $defs. Capitalized $defs become
// named interfaces; the others (`unit`, `linkUrl`, …) are inlined as their type.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
export const SCHEMA_PATH = join(root, 'docs/shoppable-post.schema.json');
export const TYPES_PATH = join(root, 'packages/core/src/shoppable-post.ts');
export const REGENERATE = 'node scripts/post-types.mjs';

const isNamed = (name) => /^[A-Z]/.test(name);

/** A value as a TypeScript literal: single quotes, unquoted keys where possible. */
function literal(value) {
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${literal(v)}`,
    );
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

function typeOf(node, defs) {
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    const def = defs[name];
    if (!def) throw new Error(`${node.$ref} is not in $defs`);
    return isNamed(name) ? name : typeOf(def, defs);
  }
  if ('const' in node) return literal(node.const);
  if (node.enum) return node.enum.map(literal).join(' | ');
  switch (node.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const tuple = node.prefixItems;
      if (tuple && node.minItems === tuple.length && node.maxItems === tuple.length)
        return `[${tuple.map((item) => typeOf(item, defs)).join(', ')}]`;
      const item = typeOf(node.items ?? {}, defs);
      return item.includes(' ') && !item.startsWith('[') ? `(${item})[]` : `${item}[]`;
    }
    case 'object':
      return `{ ${members(node, defs).join(' ')} }`;
    default:
      throw new Error(`unsupported schema node ${JSON.stringify(node)}`);
  }
}

function members(node, defs, indent = '') {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([key, prop]) => {
    const line = `${indent}${key}${required.has(key) ? '' : '?'}: ${typeOf(prop, defs)};`;
    return prop.description ? [`${indent}/** ${prop.description} */`, line] : [line];
  });
}

/** `text` in lines of at most `width` characters (a word longer than that keeps its own line). */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** An example as a declaration, one top-level field a line when it does not fit on one. */
function exampleLines(name, example) {
  const oneLine = ` * const example: ${name} = ${literal(example)};`;
  if (oneLine.length <= 100 || !example || typeof example !== 'object' || Array.isArray(example)) return [oneLine];
  const fields = Object.entries(example).map(([key, value]) => ` *   ${key}: ${literal(value)},`);
  return [` * const example: ${name} = {`, ...fields, ' * };'];
}

function declaration(name, node, defs) {
  const doc = ['/**', ...wrap(node.description ?? '', 97).map((line) => ` * ${line}`)];
  const example = node.examples?.[0];
  if (example !== undefined) doc.push(' *', ' * @example', ...exampleLines(name, example));
  doc.push(' */');
  return [...doc, `export interface ${name} {`, ...members(node, defs, '  '), '}'].join('\n');
}

/**
 * The text of packages/core/src/shoppable-post.ts for `schema`.
 *
 * @example
 * const text = postTypes(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
 */
export function postTypes(schema) {
  const defs = schema.$defs ?? {};
  const declarations = [declaration(schema.title, schema, defs)];
  for (const [name, def] of Object.entries(defs)) if (isNamed(name)) declarations.push(declaration(name, def, defs));
  return [
    `// Generated from docs/shoppable-post.schema.json by scripts/post-types.mjs: edit the schema, then run \`${REGENERATE}\`.`,
    '',
    declarations.join('\n\n'),
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = postTypes(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  if (process.argv.includes('--check')) {
    if (readFileSync(TYPES_PATH, 'utf8') !== text) {
      console.error(`packages/core/src/shoppable-post.ts is out of date: run \`${REGENERATE}\``);
      process.exit(1);
    }
  } else {
    writeFileSync(TYPES_PATH, text);
    console.log('wrote packages/core/src/shoppable-post.ts');
  }
}
