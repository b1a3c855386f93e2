// CPU time of a command and every process it starts, browsers included. A shell's
// `times` (time-process.js) counts only children that were waited for; Chrome's
// renderers are not, once the browser is killed. This polls /proc instead: every
// process whose parent chain reaches the command is followed until it exits, and
// its last user + system time is summed. Processes shorter than one poll are missed
// (a few ms). Linux only.
import { readdirSync, readFileSync } from 'node:fs';
import { runOnce } from './time-process.js';

const POLL_MS = 50;
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the bench runs on

/** Runs the command; resolves with wall and tree CPU time in ms, rejects on a non-zero exit with its output. */
export function runWithTreeCpu(job) {
  return runOnce(job, { cpu: treeCpu });
}

/** Follows `child` and every process it starts; the function returned stops and gives their CPU time in ms. */
function treeCpu(child) {
  const cpu = new Map();
  const poll = () => {
    const stats = new Map();
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        stats.set(Number(pid), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
      } catch {
        // exited between the listing and the read
      }
    }
    for (const [pid, { ppid, ticks }] of stats) {
      if (pid === child.pid || cpu.has(pid) || cpu.has(ppid)) cpu.set(pid, ticks);
    }
  };
  const timer = setInterval(poll, POLL_MS);
  return () => {
    clearInterval(timer);
    return ([...cpu.values()].reduce((a, b) => a + b, 0) * 1000) / TICKS_PER_SECOND;
  };
}
