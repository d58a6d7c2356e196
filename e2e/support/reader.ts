import type { Page } from 'playwright-core';

/** The page-side work of `selectText`, also usable as a raw expression on pages that break Playwright's helpers. */
function selectInPage({ selector, text }: { selector: string; text: string }) {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no element ${selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      // The prototype's method: a hostile page may have replaced window.getSelection.
      const selection = Document.prototype.getSelection.call(document)!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
  }
  throw new Error(`text not found: ${text}`);
}

/** Selects the first occurrence of `text` inside the element matching `selector`, as a reader's drag would. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(selectInPage, { selector, text });
}

/** `selectText` as a plain expression, for `evaluateRaw`. */
export function selectTextExpression(selector: string, text: string): string {
  return `(${selectInPage.toString()})(${JSON.stringify({ selector, text })})`;
}

/** Selects text, clicks the floating "Add note" button, types the note and saves it with Enter. */
export async function addNote(
  page: Page,
  selector: string,
  text: string,
  body: string,
  select: (page: Page, selector: string, text: string) => Promise<unknown> = selectText,
): Promise<void> {
  await select(page, selector, text);
  const button = page.locator('presslight-ui[data-part="add-note"]');
  await button.waitFor({ state: 'visible', timeout: 10_000 });
  await button.click();
  await page.locator('presslight-ui[data-part="editor"]').waitFor({ state: 'visible' });
  await page.keyboard.type(body);
  await page.keyboard.press('Enter');
  await page.locator('presslight-ui[data-part="editor"]').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Waits until the named highlight paints a range whose text includes `text`. */
export async function waitForHighlight(page: Page, name: string, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ({ name, text }) => {
      const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(name);
      return !!highlight && [...highlight].some((range) => range.toString().includes(text));
    },
    { name, text },
    { timeout },
  );
}
