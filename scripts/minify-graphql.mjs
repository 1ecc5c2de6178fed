// A Rollup plugin for the packages' builds: GraphQL documents are written readably in the
// sources (multi-line, indented, with comments) and shortened here, the way Lit minifies templates.

/** The marker that makes a template literal a GraphQL document: `/* GraphQL *\/ \`query { … }\``. */
const MARKER = /\/\*\s*GraphQL\s*\*\/\s*`/g;

const PUNCTUATORS = new Set(['!', '$', '&', '(', ')', ':', '=', '@', '[', ']', '{', '|', '}']);
const NAME = /[_A-Za-z][_0-9A-Za-z]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** White space, line terminators, commas (insignificant in GraphQL) and the BOM. */
const IGNORED = /[\s,\uFEFF]/;

/**
 * Minifies GraphQL text given in parts, as a template literal's static text is split by its
 * `${…}` expressions: drops comments and insignificant white space and commas, keeps strings and
 * block strings exactly. Where an expression meets a name, number or string, the space between
 * them is kept, since the expression may be a name too. Throws on anything that is not GraphQL.
 *
 * @param {string[]} parts the text between expressions (cooked, i.e. as the template evaluates)
 * @returns {string[]} the minified parts, as many as given
 */
export function minifyGraphqlParts(parts) {
  const out = [];
  /** What was emitted last: a name, number or string (`word`), punctuation, or an expression. */
  let last = 'start';
  /** Inside a string or block string that continues past an expression. */
  let open = null;
  for (const [index, text] of parts.entries()) {
    let result = '';
    let space = false;
    let i = 0;
    const emit = (token, kind) => {
      // Two names, numbers or strings in a row need a space; so does one that follows an
      // expression after a space, as the expression may end with a name or a number.
      const wordMeetsWord = last === 'word' && kind === 'word';
      const meetsExpression = space && last === 'expression' && (kind === 'word' || token === '...');
      if (wordMeetsWord || meetsExpression) result += ' ';
      result += token;
      last = kind;
      space = false;
    };
    while (i < text.length) {
      if (open) {
        const end = stringEnd(text, i, open);
        result += text.slice(i, end === -1 ? text.length : end);
        if (end === -1) {
          i = text.length;
        } else {
          i = end;
          open = null;
          last = 'word';
        }
        continue;
      }
      const c = text[i];
      if (IGNORED.test(c)) {
        space = true;
        i++;
      } else if (c === '#') {
        const end = text.slice(i).search(/[\n\r]/);
        if (end === -1 && index < parts.length - 1) {
          throw new SyntaxError('A GraphQL comment must not hold an interpolated expression: end the comment first.');
        }
        space = true;
        i = end === -1 ? text.length : i + end;
      } else if (c === '"') {
        const block = text.startsWith('"""', i);
        emit(block ? '"""' : '"', 'word');
        open = block ? 'block' : 'string';
        i += block ? 3 : 1;
      } else if (text.startsWith('...', i)) {
        emit('...', 'punctuation');
        i += 3;
      } else if (PUNCTUATORS.has(c)) {
        emit(c, 'punctuation');
        i++;
      } else {
        const token = match(NAME, text, i) ?? match(NUMBER, text, i);
        if (!token)
          throw new SyntaxError(`Unexpected ${JSON.stringify(c)} in a GraphQL document: "${text.slice(i, i + 30)}"`);
        emit(token, 'word');
        i += token.length;
      }
    }
    if (index < parts.length - 1 && !open) {
      // An expression follows: keep the space before it when it may begin with a name and
      // what precedes may end with one (a name, number or string, or another expression).
      if (space && (last === 'word' || last === 'expression')) result += ' ';
      last = 'expression';
    }
    out.push(result);
  }
  if (open) throw new SyntaxError('Unterminated string in a GraphQL document.');
  return out;
}

/** Where a string that is open at `from` ends (just past its closing quotes), or -1. */
function stringEnd(text, from, kind) {
  for (let i = from; i < text.length; i++) {
    if (kind === 'block') {
      if (text.startsWith('\\"""', i)) i += 3;
      else if (text.startsWith('"""', i)) return i + 3;
    } else if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
    else if (text[i] === '\n' || text[i] === '\r') throw new SyntaxError('Unterminated string in a GraphQL document.');
  }
  return -1;
}

function match(pattern, text, at) {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/**
 * Minifies one GraphQL document.
 *
 * @example
 * minifyGraphql('query {\n  product(slug: "mug") { id }\n}'); // 'query{product(slug:"mug"){id}}'
 * @param {string} document
 * @returns {string}
 */
export function minifyGraphql(document) {
  return minifyGraphqlParts([document])[0];
}

/** The template literal's raw static text as the template evaluates it (escapes applied). */
const cook = (raw) => new Function(`return \`${raw}\`;`)();
/** Text written back as a template literal's raw static text that evaluates to `text`. */
const uncook = (text) =>
  text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${').replaceAll('\r', '\\r');

/** Index of the backtick closing the template whose text starts at `start`. */
function templateEnd(code, start) {
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === '`') return i;
    else if (c === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2);
  }
  throw new SyntaxError('Unterminated template literal.');
}

/** Index of the `}` closing the expression whose code starts at `start`. */
function expressionEnd(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '`') i = templateEnd(code, i + 1);
    else if (c === '"' || c === "'") {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end === -1 ? code.length : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new SyntaxError('Unterminated template expression.');
}

/**
 * `code` (JavaScript or TypeScript) with every template literal marked `/* GraphQL *\/` minified;
 * the expressions in it stay as they are, except marked templates nested in them.
 *
 * @param {string} code
 * @returns {string}
 */
export function minifyGraphqlTemplates(code) {
  let out = '';
  let copied = 0;
  MARKER.lastIndex = 0;
  const markers = [...code.matchAll(MARKER)];
  for (const marker of markers) {
    const open = marker.index + marker[0].length;
    if (open <= copied) continue; // inside a template already handled
    const end = templateEnd(code, open);
    const raws = [];
    const expressions = [];
    let at = open;
    for (let i = open; i < end; i++) {
      if (code[i] === '\\') i++;
      else if (code[i] === '$' && code[i + 1] === '{') {
        const close = expressionEnd(code, i + 2);
        raws.push(code.slice(at, i));
        expressions.push(minifyGraphqlTemplates(code.slice(i + 2, close)));
        at = close + 1;
        i = close;
      }
    }
    raws.push(code.slice(at, end));
    const parts = minifyGraphqlParts(raws.map(cook)).map(uncook);
    out += code.slice(copied, marker.index);
    out += `\`${parts.map((part, i) => (i < expressions.length ? `${part}\${${expressions[i]}}` : part)).join('')}`;
    copied = end;
  }
  return out + code.slice(copied);
}

/**
 * The Rollup plugin: minifies the GraphQL documents marked `/* GraphQL *\/` in the packages' own
 * sources (the marker comment goes with them). Place it before the TypeScript plugin.
 *
 * @example
 * plugins: [minifyGraphqlDocuments(), typescript({ … })]
 */
export function minifyGraphqlDocuments() {
  return {
    name: 'shoplet-minify-graphql',
    transform(code, id) {
      if (!/\/packages\/[a-z-]+\/src\//.test(id.replaceAll('\\', '/'))) return null;
      MARKER.lastIndex = 0;
      if (!MARKER.test(code)) return null;
      return { code: minifyGraphqlTemplates(code), map: null };
    },
  };
}
