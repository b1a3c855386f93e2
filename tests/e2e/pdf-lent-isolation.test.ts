/**
 * The offline rule holds in a lent browser too, although deckpress did not start
 * it (here a Chromium started without any of deckpress's offline flags): a slide's script reaches nothing but the export's own
 * page server (no fetch, WebSocket or WebRTC packet, not even to this machine, nor
 * any other file of the page server's folder), and dialogs are dismissed and
 * reported at their slide.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { startLentChromium, type LentChromium } from './helpers/lent-chromium.js';
import { startNetworkListeners, type NetworkListeners } from './helpers/network-listeners.js';
import { pageText, pdfinfo } from './helpers/read-pdf.js';

let work: string;
let lent: LentChromium;
let listeners: NetworkListeners | undefined;
let result: CliResult;
let section: string;

const slideLine = (id: string) => section.split('\n').indexOf(`id: ${id}`);

beforeAll(async () => {
  work = await makeTmpDir('deckpress-lent-isolation-');
  lent = await startLentChromium({ offline: false });
  listeners = await startNetworkListeners();
  const { fetchAndSocket, iceServers } = listeners;
  section = `---
title: Attacks
---

---
id: network
---

# A slide whose script tries the network

<script>
${fetchAndSocket}
// Its own page server, outside the deck's folder.
fetch(new URL('/../../etc/passwd', location.href)).catch(() => {});
const leak = (Peer) => {
  const peer = new Peer(${iceServers});
  peer.createDataChannel('leak');
  peer.createOffer().then((offer) => peer.setLocalDescription(offer));
};
try { leak(RTCPeerConnection); } catch (e) {}
// A fresh frame's own constructor.
const frame = document.createElement('iframe');
frame.style.cssText = 'width: 1px; height: 1px; border: 0';
document.currentScript.closest('section').append(frame);
try { leak(frame.contentWindow.RTCPeerConnection); } catch (e) {}
</script>

---
id: dialog
---

# A slide whose script opens a dialog

<script>alert('hello from a slide');</script>
`;
  await writeFiles(join(work, 'project', 'decks', 'attack'), { 'deck.yaml': 'title: Isolation\nlang: en\n', 'sections/01-attack.md': section });
  result = await runCli(['pdf', 'decks/attack', '--out', 'out', '--browser-url', lent.ws], join(work, 'project'));
  // ICE gathering runs on after printing; give a late packet time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}, 120_000);

afterAll(async () => {
  listeners?.close();
  await lent?.stop();
  const { rm } = await import('node:fs/promises');
  await rm(work, { recursive: true, force: true });
});

describe('printing in a lent browser, in isolation', () => {
  it('writes the PDF', () => {
    expect(result.code, result.stderr).toBe(0);
    const pdf = join(work, 'project', 'out', 'attack', 'attack.pdf');
    expect(pageText(pdf, Number(pdfinfo(pdf).Pages))).toContain('A slide whose script opens a dialog');
  });

  it('sends no packet and opens no connection, not even to this machine', () => {
    expect(listeners!.udpPackets).toEqual([]);
    expect(listeners!.tcpConnections).toEqual([]);
  });

  it('reports the blocked requests and the dismissed dialog', () => {
    // Listed in URL order, which the random ports decide.
    const remote = result.stderr.split('\n').find((line) => line.includes('RemoteRequestBlocked')) ?? '';
    expect(remote).toMatch(/127\.0\.0\.1:\d+\/fetch/);
    expect(remote).toMatch(/127\.0\.0\.1:\d+\/etc\/passwd/);
    const at = `01-attack.md:${slideLine('dialog')}:1 +warning +DialogDismissed +Slide 4: `;
    expect(result.stderr).toMatch(new RegExp(`${at}.*alert\\("hello from a slide"\\)`));
  });
});
