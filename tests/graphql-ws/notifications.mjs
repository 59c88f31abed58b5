// Subscribes to notificationReceived with the graphql-ws client (with ws) and prints, one JSON line each, what
// happens: {"event":"connected"}, {"event":"next","result":…}, {"event":"error","errors":…}, {"event":"complete"},
// {"event":"closed","code":…,"reason":…}. Ends after <count> results, or when the subscription or the socket ends.
// Usage: node notifications.mjs <ws endpoint URL> <access token, or - for none> <count>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, count] = process.argv.slice(2);
if (!url || !token || !count) {
  console.error('usage: node notifications.mjs <ws endpoint URL> <access token|-> <count>');
  process.exit(2);
}

const print = (line) => console.log(JSON.stringify(line));
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: token === '-' ? undefined : { authorization: `Bearer ${token}` },
  retryAttempts: 0,
  // Reconnecting would hide what the test checks: that one socket keeps working through a Redis outage.
  shouldRetry: () => false,
  on: {
    connected: () => print({ event: 'connected' }),
    closed: (event) => print({ event: 'closed', code: event.code, reason: event.reason }),
  },
});

const query = 'subscription { notificationReceived { id kind createdAt readAt actor { id handle } post { id text } } }';
let received = 0;
await new Promise((resolve) => {
  const unsubscribe = client.subscribe({ query }, {
    next: (result) => {
      print({ event: 'next', result });
      if (++received >= Number(count)) {
        unsubscribe();
        resolve();
      }
    },
    error: (error) => {
      print(Array.isArray(error) ? { event: 'error', errors: error } : { event: 'failed', error: String(error?.code ?? error) });
      resolve();
    },
    complete: () => {
      print({ event: 'complete' });
      resolve();
    },
  });
});
await client.dispose();
