// Drives the graphql-ws client (with ws) against a GraphApi WebSocket endpoint and prints what it saw as one JSON line.
// Usage: node client.mjs ws://127.0.0.1:5080/graphql <scenario>
//   subscribe   subscription { count(to: 3) } → every result, then the completion
//   query       { hello } over the socket
//   auth        { me } with connectionParams { authorization: "Bearer ada" }
//   refused     connectionParams the server refuses → the close code and reason
//   forbidden   a subscription the anonymous session may not read → the error messages
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, scenario] = process.argv.slice(2);
if (!url || !scenario) {
  console.error('usage: node client.mjs <ws endpoint URL> <subscribe|query|auth|refused|forbidden>');
  process.exit(2);
}

const connectionParams = { auth: { authorization: 'Bearer ada' }, refused: { authorization: 'Basic nope' } }[scenario];
const client = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
const queries = {
  subscribe: 'subscription { count(to: 3) }',
  query: '{ hello }',
  auth: '{ me }',
  refused: '{ hello }',
  forbidden: 'subscription { secret(topic: "node-forbidden") }',
};

const output = { results: [], completed: false };
try {
  for await (const result of client.iterate({ query: queries[scenario] })) {
    output.results.push(result);
  }
  output.completed = true;
} catch (error) {
  if (Array.isArray(error)) {
    output.errors = error;                                // the server's `error` message
  } else if (error && typeof error.code === 'number') {
    output.close = { code: error.code, reason: error.reason };   // the socket's close event
  } else {
    output.failure = String(error);
  }
} finally {
  await client.dispose();
}
console.log(JSON.stringify(output));
