// Takes the screenshots for screenshots.sh: node screenshots.mjs BASE_URL OUT_DIR DOCUMENT_PATH
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH, "x.js"));
const puppeteer = require("puppeteer-core");
const [base, out, doc] = process.argv.slice(2);
const pages = {
  home: "index.html",
  document: doc,
  chronology: "chronology.html",
  search: "search.html?q=cultural",
};
const widths = { desktop: [1280, 800], phone: [390, 844] };

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  for (const scheme of ["light", "dark"]) {
    for (const [type, url] of Object.entries(pages)) {
      for (const [device, [width, height]] of Object.entries(widths)) {
        const page = await browser.newPage();
        await page.setViewport({ width, height, isMobile: device === "phone", hasTouch: device === "phone" });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        await page.goto(base + url, { waitUntil: "networkidle0" });
        if (type === "search") {
          await page.waitForFunction(() => /^(\d+ results?|No results)/.test(
            document.getElementById("search-status")?.textContent ?? ""), { timeout: 15000 });
        }
        await document_fonts_ready(page);
        // the whole page, and what the first screen shows
        const file = path.join(out, `${type}-${device}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.screenshot({ path: file.replace(/\.png$/, "-screen.png") });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}

async function document_fonts_ready(page) {
  await page.evaluate(() => document.fonts.ready.then(() => true));
}
