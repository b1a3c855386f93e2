/**
 * The browser's own policy flags that keep everything it loads on this machine:
 * a PDF must come out the same offline and on every machine, and a slide's
 * script must not reach the network by any protocol.
 */
/** A proxy on a closed local port: every request sent to it fails. Lent browsers get it per browser context (lent-browser.ts). */
export const OFFLINE_PROXY = 'http://127.0.0.1:9';

export const OFFLINE_ARGS = [
  // Nothing fetched in the background.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Every HTTP(S) and WebSocket request, loopback included, goes to a proxy on a
  // closed local port and fails there. file: and data: URLs never use it.
  `--proxy-server=${OFFLINE_PROXY}`,
  '--proxy-bypass-list=<-loopback>',
  // WebRTC (STUN/TURN over UDP) does not use the proxy: UDP that would bypass it is
  // forbidden, and the proxy speaks no UDP, so no packet leaves.
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];
