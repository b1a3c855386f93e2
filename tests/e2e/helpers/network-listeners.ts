/**
 * A UDP socket and a TCP server on 127.0.0.1 that record whatever reaches them:
 * the isolation tests point WebRTC, fetch and WebSocket attempts at them and
 * expect both lists to stay empty.
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

export interface NetworkListeners {
  udpPort: number;
  tcpPort: number;
  /** `address:port size` of each datagram received. */
  udpPackets: string[];
  /** The remote port of each connection accepted. */
  tcpConnections: string[];
  /** Page script lines that try fetch and a WebSocket to the TCP listener. */
  fetchAndSocket: string;
  /** An RTCPeerConnection configuration whose STUN and TURN servers are the UDP listener. */
  iceServers: string;
  close(): void;
}

export async function startNetworkListeners(): Promise<NetworkListeners> {
  const udpPackets: string[] = [];
  const tcpConnections: string[] = [];
  const udp = createSocket('udp4');
  udp.on('message', (message, remote) => udpPackets.push(`${remote.address}:${remote.port} ${message.length} bytes`));
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const tcp = createServer((socket) => {
    tcpConnections.push(String(socket.remotePort));
    socket.destroy();
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const udpPort = udp.address().port;
  const tcpPort = (tcp.address() as { port: number }).port;
  return {
    udpPort,
    tcpPort,
    udpPackets,
    tcpConnections,
    fetchAndSocket: `fetch('http://127.0.0.1:${tcpPort}/fetch').catch(() => {});\ntry { new WebSocket('ws://127.0.0.1:${tcpPort}/socket'); } catch (e) {}`,
    iceServers: `{ iceServers: [{ urls: 'stun:127.0.0.1:${udpPort}' }, { urls: 'turn:127.0.0.1:${udpPort}?transport=udp', username: 'u', credential: 'c' }] }`,
    close: () => {
      udp.close();
      tcp.close();
    },
  };
}
