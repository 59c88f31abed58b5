// The graphql-js baseline for bench/GraphQL.Benchmarks: the same schema, data and documents, timed for parse,
// validate and execute (execute includes JSON.stringify of the result, as ours includes writing JSON).
// Usage: node bench/graphql-js/bench.mjs   (after npm ci in bench/graphql-js)
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate } from 'graphql';

const here = new URL('.', import.meta.url);
const read = (path) => readFileSync(new URL(path, here), 'utf8');

const schema = buildSchema(read('../documents/schema.graphql'));
const documents = {
  ThreeFields: read('../documents/ThreeFields.graphql'),
  Fragments: read('../documents/Fragments.graphql'),
  Introspection: read('../../tests/GraphQL.Tests/Introspection/IntrospectionQuery.graphql'),
};

const author = { __typename: 'User', id: 'VXNlcjox', handle: 'ada', displayName: 'Ada', posts: () => [] };
const posts = Array.from({ length: 10 }, (_, i) => ({
  __typename: 'Post', id: `UG9zdDo${i + 1}`, text: `Post number ${i + 1}`, likeCount: (i + 1) * 3, author, visibility: 'PUBLIC',
}));
const user = { ...author, posts: ({ first }) => posts.slice(0, first) };
const rootValue = { me: () => user, user: () => user, search: () => [user, ...posts] };
const variableValues = { handle: 'ada' };

/** Mean microseconds per call, after a warm-up, over about a second of calls. */
async function time(fn) {
  for (let i = 0; i < 2000; i++) await fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  const budget = 1_000_000_000n;
  while (process.hrtime.bigint() - start < budget) {
    await fn();
    calls++;
  }
  return Number(process.hrtime.bigint() - start) / calls / 1000;
}

console.log(`graphql-js ${(await import('graphql')).version} on node ${process.version}`);
console.log('| document | parse (µs) | validate (µs) | execute (µs) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, text] of Object.entries(documents)) {
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${name} is invalid: ${errors[0].message}`);
  const parseTime = await time(() => parse(text));
  const validateTime = await time(() => validate(schema, document));
  const executeTime = await time(async () => JSON.stringify(await execute({ schema, document, rootValue, variableValues })));
  console.log(`| ${name} | ${parseTime.toFixed(2)} | ${validateTime.toFixed(2)} | ${executeTime.toFixed(2)} |`);
}
