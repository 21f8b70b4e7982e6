// Preloaded into the Next.js process by scripts/launch.ts (`node --require`). Next's server fills
// X-Forwarded-For/-Host/-Proto/-Port from the connection only when the request has none, so
// without a proxy a client could name any address or host. Unless TRUST_PROXY says a proxy in
// front writes them, a client's own X-Forwarded-* headers are dropped before Next sees the request
// and X-Forwarded-For becomes the connection's address: what Prism reads (src/site/hosts) is then
// the socket's address, the Host header and the real protocol.
const http = require('node:http')

const trusted = () =>
  !['', '0', 'false'].includes((process.env.TRUST_PROXY || '').trim().toLowerCase())
const forwarded = ['x-forwarded-host', 'x-forwarded-port', 'x-forwarded-proto']

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (event, request, ...rest) {
  if (event === 'request' && request && request.headers && !trusted()) {
    for (const name of forwarded) delete request.headers[name]
    const address = request.socket && request.socket.remoteAddress
    if (address) request.headers['x-forwarded-for'] = address
    else delete request.headers['x-forwarded-for']
  }
  return emit.call(this, event, request, ...rest)
}
