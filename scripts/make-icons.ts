// Renders public/icon/presslight.svg to the PNG sizes browsers ask for (run after editing the SVG).
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { ensureBrowsers } from './browsers';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync('public/icon/presslight.svg', 'utf8');
const { chromium: executablePath } = ensureBrowsers(['chromium']);
const browser = await chromium.launch({ executablePath, headless: true });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
console.log(`Wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
