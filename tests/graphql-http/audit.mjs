// Runs the graphql-http server audit (GraphQL-over-HTTP conformance) against a GraphQL endpoint.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Prints one line per audit; exits 1 when a MUST fails (SHOULD and MAY failures are reported, not fatal).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint URL>');
  process.exit(2);
}

const results = await auditServer({ url });
const labels = { ok: 'PASS', warn: 'WARN', notice: 'NOTE', error: 'FAIL' };
for (const result of results) {
  console.log(`${labels[result.status]} ${result.id} ${result.name}`);
  if (result.status !== 'ok') {
    const body = result.response ? await describe(result.response) : '';
    console.log(`     ${result.reason}${body}`);
  }
}

const count = (status) => results.filter((result) => result.status === status).length;
console.log(
  `${count('ok')} passed, ${count('error')} MUST failed, ${count('warn')} SHOULD not met, ${count('notice')} MAY not taken`,
);
process.exit(count('error') > 0 ? 1 : 0);

async function describe(response) {
  try {
    return ` (status ${response.status}, body ${(await response.text()).slice(0, 300)})`;
  } catch {
    return ` (status ${response.status})`;
  }
}
