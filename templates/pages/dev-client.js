// deckpress dev: live reload and the diagnostics overlay. The dev server adds this
// script to the pages it serves; built decks never contain it.
(function () {
  'use strict';
  var script = document.currentScript;
  var build = Number(script && script.getAttribute('data-build'));
  var POSITION = 'deckpress-dev-position:' + location.pathname;
  var OVERLAY = 'deckpress-dev-overlay';

  function deck() {
    return typeof window.Reveal !== 'undefined' && window.Reveal.getIndices ? window.Reveal : undefined;
  }

  // Slide and fragment survive the reload: by the slide's id when it still exists
  // (slides may have been added above it), else by position.
  function savePosition() {
    var reveal = deck();
    if (!reveal || !reveal.isReady()) return;
    var at = reveal.getIndices();
    var slide = reveal.getCurrentSlide();
    sessionStorage.setItem(POSITION, JSON.stringify({ id: slide && slide.id, h: at.h, v: at.v, f: at.f }));
  }

  // The page says when it is where it should be (tests wait for this).
  function settled() {
    document.documentElement.setAttribute('data-deckpress-dev', 'ready');
  }

  function restorePosition() {
    var saved = sessionStorage.getItem(POSITION);
    var reveal = deck();
    sessionStorage.removeItem(POSITION);
    var position = saved ? JSON.parse(saved) : null;
    var go = function () {
      if (position) {
        var element = position.id ? document.getElementById(position.id) : null;
        var at = element && element.closest('.reveal .slides') ? reveal.getIndices(element) : position;
        reveal.slide(at.h, at.v || 0, typeof position.f === 'number' ? position.f : undefined);
      }
      settled();
    };
    if (!reveal) settled();
    else if (reveal.isReady()) go();
    else reveal.on('ready', go);
  }

  function reload() {
    savePosition();
    events.close();
    location.reload();
  }

  function text(tag, className, content) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    element.textContent = content;
    return element;
  }

  function style() {
    var css = document.createElement('style');
    css.textContent = [
      '#' + OVERLAY + '{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,28,.88);color:#f4f4f4;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:32px}',
      '#' + OVERLAY + '.only-warnings{inset:auto 16px 16px auto;max-width:60vw;max-height:40vh;padding:16px;border-radius:6px}',
      '#' + OVERLAY + ' h2{font:600 16px system-ui,sans-serif;margin:0 0 16px}',
      '#' + OVERLAY + ' .item{border-left:4px solid #ff5c5c;padding:4px 12px;margin:0 0 16px}',
      '#' + OVERLAY + ' .item.warning{border-color:#ffc94d}',
      '#' + OVERLAY + ' .code{font-weight:700;margin-right:12px}',
      '#' + OVERLAY + ' .where{color:#9ecbff}',
      '#' + OVERLAY + ' pre{white-space:pre-wrap;margin:8px 0 0;color:#cfcfcf}',
      '#' + OVERLAY + ' button{position:absolute;top:8px;right:12px;background:none;border:0;color:inherit;font-size:20px;cursor:pointer}',
    ].join('\n');
    document.head.appendChild(css);
  }

  function hideOverlay() {
    var old = document.getElementById(OVERLAY);
    if (old) old.remove();
  }

  function showOverlay(payload) {
    hideOverlay();
    if (!payload || payload.items.length === 0) return;
    var overlay = document.createElement('div');
    overlay.id = OVERLAY;
    overlay.setAttribute('role', 'alert');
    if (payload.errors === 0) overlay.className = 'only-warnings';
    var title = payload.errors > 0
      ? 'deckpress dev: ' + payload.errors + ' error' + (payload.errors === 1 ? '' : 's') + ' — the deck below is the last good build'
      : 'deckpress dev: ' + payload.warnings + ' warning' + (payload.warnings === 1 ? '' : 's');
    overlay.appendChild(text('h2', '', title));
    payload.items.forEach(function (item) {
      var entry = document.createElement('div');
      entry.className = 'item ' + item.severity;
      var head = document.createElement('div');
      head.appendChild(text('span', 'code', item.code));
      if (item.file) head.appendChild(text('span', 'where', item.cell ? item.file + '#' + item.cell : item.file + ':' + item.line + ':' + item.column));
      entry.appendChild(head);
      entry.appendChild(text('div', 'message', item.message));
      if (item.detail) entry.appendChild(text('pre', '', item.detail));
      overlay.appendChild(entry);
    });
    var close = text('button', '', '×');
    close.title = 'Hide until the next build';
    close.onclick = hideOverlay;
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  style();
  restorePosition();
  var events = new EventSource('/__deckpress/events');
  events.addEventListener('hello', function (event) {
    var state = JSON.parse(event.data);
    // A build finished between this page's download and the connection.
    if (state.hasBuild && state.buildId !== build) return reload();
    showOverlay(state.diagnostics);
  });
  events.addEventListener('reload', reload);
  events.addEventListener('diagnostics', function (event) {
    showOverlay(JSON.parse(event.data));
  });
  events.addEventListener('ok', function (event) {
    showOverlay(JSON.parse(event.data).diagnostics);
  });
})();
