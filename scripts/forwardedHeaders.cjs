// Preloaded into the Next.js process by scripts/launch.ts (`node --require`). Next's server fills
// X-Forwarded-For/-Host/-Proto/-Port from the connection only when the request has none, so
// without a proxy a client could name any address or host. Unless TRUST_PROXY says a proxy in
// front writes them, a client's own X-Forwarded-* headers are dropped before Next sees the request:
// what Next then fills in (the socket's address, Host, the protocol) is what Prism reads.
const http = require('node:http')

const trusted = () => !['', '0', 'false'].includes((process.env.TRUST_PROXY || '').trim().toLowerCase())
const forwarded = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-port', 'x-forwarded-proto']

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (event, request, ...rest) {
  if (event === 'request' && !trusted()) for (const name of forwarded) delete request.headers[name]
  return emit.call(this, event, request, ...rest)
}
