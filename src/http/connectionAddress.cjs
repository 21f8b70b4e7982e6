// Preloaded into the Next.js server by `npm start` and `npm run dev` (NODE_OPTIONS=--require).
// Route handlers never see the socket: Next.js hands them the connection's address as
// X-Forwarded-For, but only when the request has none, so a client could name any address it
// likes. Without TRUST_PROXY nothing in front of us is trusted to set that header: every request's
// X-Forwarded-For becomes the connection's own address before Next.js sees it. With TRUST_PROXY
// the proxies set it, and src/site/hosts/clientAddress.ts reads the entry they vouch for.
const http = require('node:http')

const trustProxy = (process.env.TRUST_PROXY || '').trim().toLowerCase()
if (!trustProxy || trustProxy === 'false' || trustProxy === '0') {
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function emitWithConnectionAddress(event, request, ...rest) {
    if (event === 'request' && request && request.headers) {
      const address = request.socket && request.socket.remoteAddress
      if (address) request.headers['x-forwarded-for'] = address
      else delete request.headers['x-forwarded-for']
    }
    return emit.call(this, event, request, ...rest)
  }
}
