// Takes the screenshots for screenshots.sh: node screenshots.mjs BASE_URL OUT_DIR DOCUMENT_PATH SITE_DIR
// Every page type at desktop (1280 px) and phone (390 px) widths, light and dark, and printed
// (print media emulated, from the light and from the dark scheme).
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH, "x.js"));
const puppeteer = require("puppeteer-core");
const [base, out, doc, site] = process.argv.slice(2);
// the first page of a folder (persons/, sources/, ...), or null when the site has none
const first = (folder, filter = () => true) => {
  try {
    const f = fs.readdirSync(path.join(site, folder)).filter(n => n.endsWith(".html") && filter(n)).sort()[0];
    return f ? `${folder}/${f}` : null;
  } catch (e) { return null; }
};
// a document page with notes: the one with the most note markers
const withNotes = () => {
  let best = null, most = 0;
  for (const n of fs.readdirSync(path.join(site, "documents")).filter(n => n.endsWith(".html") && !n.includes(".zh."))) {
    const count = (fs.readFileSync(path.join(site, "documents", n), "utf8").match(/class="fnref"/g) || []).length;
    if (count > most) { most = count; best = `documents/${n}`; }
  }
  return best;
};
const pages = Object.fromEntries(Object.entries({
  home: "index.html",
  document: doc,
  notes: withNotes(),
  original: doc.replace(/\.html$/, ".zh.html"),
  chronology: "chronology.html",
  search: "search.html?q=Port+Arthur",
  sources: "sources.html",
  source: first("sources"),
  persons: "persons.html",
  person: first("persons"),
  archives: "archives.html",
  archive: first("archives"),
  page: "about.html",
  cite: "how-to-cite.html",
  data: "data.html",
}).filter(([, url]) => url && fs.existsSync(path.join(site, url.replace(/\?.*/, "")))));
const widths = { desktop: [1280, 800], phone: [390, 844] };
const only = (process.env.PAGES || "").split(",").filter(Boolean);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  for (const [scheme, media] of [["light", "screen"], ["dark", "screen"], ["light", "print"], ["dark", "print"]]) {
    for (const [type, url] of Object.entries(pages)) {
      if (only.length && !only.includes(type)) { continue; }
      for (const [device, [width, height]] of Object.entries(widths)) {
        if (media === "print" && device === "phone") { continue; }
        const page = await browser.newPage();
        await page.setViewport({ width: media === "print" ? 794 : width, height, isMobile: device === "phone", hasTouch: device === "phone" });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        await page.emulateMediaType(media);
        await page.goto(base + url, { waitUntil: "networkidle0" });
        if (type === "search") {
          await page.waitForFunction(() => /^(\d+ results?|No results)/.test(
            document.getElementById("search-status")?.textContent ?? ""), { timeout: 15000 });
        }
        await page.evaluate(() => document.fonts.ready.then(() => true));
        // the whole page, and what the first screen shows
        const name = media === "print" ? `${type}-print-${scheme}` : `${type}-${device}-${scheme}`;
        const file = path.join(out, `${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (media !== "print") { await page.screenshot({ path: file.replace(/\.png$/, "-screen.png") }); }
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
