// Checks GraphApi's introspection result and printed SDL with graphql-js, the reference implementation.
//
//   node check.mjs <dir>        <dir> holds introspection.json (the response of our engine to the query below)
//                               and schema.graphql (our SchemaPrinter's output). Exits 1 with a diff on mismatch.
//   node check.mjs --print-query  prints the introspection query our engine is to execute.
//
// The check: graphql-js's buildClientSchema accepts the introspection result, buildSchema accepts the SDL,
// both schemas are valid, graphql-js's printSchema prints both to the same text, and that text is our SDL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertValidSchema,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  printSchema,
  visit,
} from 'graphql';

const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

// Directives graphql-js's printSchema prints where they are applied; it leaves out all others.
const printedDirectives = new Set(['deprecated', 'specifiedBy', 'oneOf']);

function main(args) {
  if (args[0] === '--print-query') {
    process.stdout.write(getIntrospectionQuery(introspectionOptions));
    return 0;
  }
  if (args.length !== 1) {
    console.error('usage: node check.mjs <dir> | --print-query');
    return 2;
  }
  const dir = args[0];
  const response = JSON.parse(readFileSync(join(dir, 'introspection.json'), 'utf8'));
  if (response.errors?.length) {
    console.error('The introspection result has errors:\n' + JSON.stringify(response.errors, null, 2));
    return 1;
  }
  const sdl = readFileSync(join(dir, 'schema.graphql'), 'utf8');

  const fromIntrospection = build('buildClientSchema (introspection.json)', () => buildClientSchema(response.data ?? response));
  const fromSdl = build('buildSchema (schema.graphql)', () => buildSchema(sdl));
  if (!fromIntrospection || !fromSdl) {
    return 1;
  }

  const printedFromIntrospection = printSchema(fromIntrospection);
  const printedFromSdl = printSchema(fromSdl);
  let ok = compare(
    'graphql-js printSchema(buildClientSchema(introspection.json))',
    printedFromIntrospection,
    'graphql-js printSchema(buildSchema(schema.graphql))',
    printedFromSdl);
  ok = compare(
    'graphql-js printSchema(buildSchema(schema.graphql)), literals in canonical form',
    canonicalLiterals(printedFromSdl),
    'schema.graphql, applied custom directives removed, literals in canonical form',
    canonicalLiterals(withoutUnprintedDirectives(sdl.replace(/\n$/, '')))) && ok;
  if (ok) {
    console.log(`graphql-js check passed: ${Object.keys(fromSdl.getTypeMap()).length} types.`);
  }
  return ok ? 0 : 1;
}

function build(what, create) {
  try {
    const schema = create();
    assertValidSchema(schema);
    return schema;
  } catch (error) {
    console.error(`${what} failed:\n${error.message}`);
    return undefined;
  }
}

// Normalisation 1: graphql-js's printSchema never prints applied directives other than @deprecated,
// @specifiedBy and @oneOf (and introspection does not expose them at all), while our printer prints every
// applied directive. They are cut out of our SDL, each with the space before it, by their parsed locations.
function withoutUnprintedDirectives(sdl) {
  const cuts = [];
  visit(parse(sdl), {
    Directive(node) {
      if (!printedDirectives.has(node.name.value)) {
        const start = sdl[node.loc.start - 1] === ' ' ? node.loc.start - 1 : node.loc.start;
        cuts.push({ start, end: node.loc.end, text: '' });
      }
    },
  });
  return splice(sdl, cuts);
}

// Normalisation 2: the same string or value can be written in several ways, and the two printers choose
// differently. Our printer writes single-line descriptions as strings ("…") where graphql-js always uses block
// strings ("""…"""); graphql-js writes object literals as { a: 1 } and wraps long lists and objects over several
// lines where ours writes [{a: 1}] on one line. On both sides every description, default value and directive
// argument value is rewritten in one canonical one-line form of its parsed value, so values are still compared
// exactly; only their spelling is made the same.
function canonicalLiterals(sdl) {
  const rewrites = [];
  const rewrite = (node) => rewrites.push({ start: node.loc.start, end: node.loc.end, text: canonicalValue(node) });
  visit(parse(sdl), {
    enter(node) {
      if (node.description) {
        rewrite(node.description);
      }
      if (node.kind === Kind.INPUT_VALUE_DEFINITION && node.defaultValue) {
        rewrite(node.defaultValue);
      }
      if (node.kind === Kind.ARGUMENT) {
        rewrite(node.value);
      }
    },
  });
  return splice(sdl, rewrites);
}

function canonicalValue(node) {
  switch (node.kind) {
    case Kind.STRING:
      return JSON.stringify(node.value);
    case Kind.LIST:
      return '[' + node.values.map(canonicalValue).join(', ') + ']';
    case Kind.OBJECT:
      return '{' + node.fields.map((field) => `${field.name.value}: ${canonicalValue(field.value)}`).join(', ') + '}';
    default:
      return print(node);
  }
}

function splice(text, edits) {
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

function compare(leftName, left, rightName, right) {
  if (left === right) {
    return true;
  }
  console.error(`MISMATCH\n--- ${leftName}\n+++ ${rightName}\n${diff(left.split('\n'), right.split('\n'))}`);
  return false;
}

// A line diff (longest common subsequence) showing each change with three lines of context.
function diff(a, b) {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ mark: ' ', text: a[i], line: i + 1 });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      lines.push({ mark: '-', text: a[i], line: i + 1 });
      i++;
    } else {
      lines.push({ mark: '+', text: b[j], line: j + 1 });
      j++;
    }
  }
  const near = (k) => lines.slice(Math.max(0, k - 3), k + 4).some((l) => l.mark !== ' ');
  return lines
    .map((l, k) => (near(k) ? `${l.mark} ${String(l.line).padStart(4)} | ${l.text}` : undefined))
    .filter((l, k, all) => l !== undefined || all[k - 1] !== undefined)
    .map((l) => l ?? '  ...')
    .join('\n');
}

process.exitCode = main(process.argv.slice(2));
