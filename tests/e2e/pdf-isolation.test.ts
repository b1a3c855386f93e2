/**
 * Printing reads only the deck's built output: a slide that tries to read a file
 * elsewhere on disk (an iframe, a Markdown image, a CSS url()) or to reach the
 * network (fetch, WebSocket, WebRTC over UDP) gets nothing into the PDF and
 * nothing onto the network; each refused file is a warning at its slide, and a
 * dialog is dismissed and reported instead of hanging the export.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { makeTmpDir, writeFiles } from '../helpers/tmp-deck.js';
import { startNetworkListeners, type NetworkListeners } from './helpers/network-listeners.js';
import { pagesText } from './helpers/read-pdf.js';

const SECRET = 'SECRET-OUTSIDE-THE-DECK';
const secretSvg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="10" y="50" font-size="30">${SECRET} ${label}</text></svg>`;

let work: string;
let listeners: NetworkListeners | undefined;
let result: CliResult;
let pdf: string;
let section: string;

/** The line (1-based) of the `---` that opens the slide with this id (the line before its `id:`). */
const slideLine = (id: string) => section.split('\n').indexOf(`id: ${id}`);

beforeAll(async () => {
  work = await makeTmpDir('deckpress-isolation-');
  listeners = await startNetworkListeners();
  const { fetchAndSocket, iceServers } = listeners;
  const outside = join(work, 'outside');
  await writeFiles(outside, { 'image.svg': secretSvg('image'), 'background.svg': secretSvg('background') });
  section = `---
title: Attacks
---

---
id: iframe
---

# A slide with an iframe of a system file

<iframe src="file:///etc/passwd" width="600" height="200"></iframe>

---
id: image
---

# A slide with an HTML image from outside the deck

<!-- A Markdown image outside assets/ stops every command (ImageNotFound); raw HTML is what reaches the printer. -->
<img src="file://${outside}/image.svg" alt="outside">

---
id: background
---

# A slide with a CSS background from outside the deck

<div style="width:400px;height:80px;background:url('file://${outside}/background.svg')"></div>

---
id: network
---

# A slide whose script tries the network

<script>
${fetchAndSocket}
const peer = new RTCPeerConnection(${iceServers});
peer.createDataChannel('leak');
peer.createOffer().then((offer) => peer.setLocalDescription(offer));
</script>

---
id: dialog
---

# A slide whose script opens a dialog

<script>alert('hello from a slide'); confirm('really?');</script>
`;
  await writeFiles(join(work, 'project', 'decks', 'attack'), { 'deck.yaml': 'title: Isolation\nlang: en\n', 'sections/01-attack.md': section });
  const project = join(work, 'project');
  result = await runCli(['pdf', 'decks/attack', '--out', 'out'], project);
  pdf = join(project, 'out', 'attack', 'attack.pdf');
  // ICE gathering runs on after printing; give a late packet time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}, 120_000);

afterAll(async () => {
  listeners?.close();
  const { rm } = await import('node:fs/promises');
  await rm(work, { recursive: true, force: true });
});

describe('printing in isolation', () => {
  it('writes the PDF, and nothing from outside the deck is in it', () => {
    expect(result.code, result.stderr).toBe(0);
    const text = pagesText(pdf).join('\n');
    expect(text).toContain('A slide with an iframe of a system file');
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/root:.*:0:0:/);
  });

  it('sends no packet and opens no connection, not even to this machine', () => {
    expect(listeners!.udpPackets).toEqual([]);
    expect(listeners!.tcpConnections).toEqual([]);
  });

  it('reports each refused file at the slide that asked for it', () => {
    const warnings = result.stderr.split('\n').filter((l) => l.includes('FileRequestBlocked'));
    const file = 'decks/attack/sections/01-attack.md';
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^${file}:${slideLine('iframe')}:1 +warning +FileRequestBlocked +Slide 3: "/etc/passwd" is outside`)),
      expect.stringMatching(new RegExp(`^${file}:${slideLine('image')}:1 +warning +FileRequestBlocked +Slide 4: ".*/outside/image.svg"`)),
      expect.stringMatching(new RegExp(`^${file}:${slideLine('background')}:1 +warning +FileRequestBlocked +Slide 5: ".*/outside/background.svg"`)),
    ]);
    expect(result.stderr).toMatch(/RemoteRequestBlocked .*127\.0\.0\.1/);
  });

  it('dismisses dialogs and reports them at their slide', () => {
    const dialogs = result.stderr.split('\n').filter((l) => l.includes('DialogDismissed'));
    const at = `01-attack.md:${slideLine('dialog')}:1 +warning +DialogDismissed +Slide 7: `;
    expect(dialogs).toEqual([
      expect.stringMatching(new RegExp(`${at}.*alert\\("hello from a slide"\\)`)),
      expect.stringMatching(new RegExp(`${at}.*confirm\\("really\\?"\\)`)),
    ]);
  });
});
