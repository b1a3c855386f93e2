// deckpress never relies on puppeteer's browser download: many machines (and CI
// runners) cannot reach it. Browser discovery lives in src/pdf/find-browser.ts.
module.exports = { skipDownload: true };
