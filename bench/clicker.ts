// Clicks the header's language button (English ⇄ 中文) every few hundred ms with real
// mouse input while an import runs. The page's click probe (page/probes.js) times each
// click from the input event to the button's DOM change.
//
// The import dialog's backdrop covers the header, so a style lets pointer events through
// the backdrop (the dialog itself still takes its own clicks). The same style pins the
// button to the header's right corner: the English labels wrap the header's row of buttons
// and the Chinese ones do not, which would move the button to another row at every click.
// Nothing else changes.
import type { Page } from 'playwright-core';
import { pageEval } from './browser';
import { sleep } from './stats';

const LANG_BUTTON = 'header nav button:last-child';
const CLICK_THROUGH = `.modal-backdrop { pointer-events: none } .modal { pointer-events: auto }
  ${LANG_BUTTON} { position: fixed; top: 10px; right: 20px; z-index: 1000 }`;

export class Clicker {
  private running = false;
  private loop: Promise<void> | null = null;
  sent = 0;

  constructor(
    private readonly page: Page,
    private readonly intervalMs = 250,
  ) {}

  /** Adds the click-through style and the probe; call once per page. */
  async arm(): Promise<void> {
    await this.page.addStyleTag({ content: CLICK_THROUGH });
    await pageEval(this.page, `__bench.armClickProbe(${JSON.stringify(LANG_BUTTON)})`);
    await this.observe();
  }

  private area: { x0: number; y0: number; x1: number; y1: number } | null = null;

  /**
   * Records where the button is now. Its width differs between 「English」 and 「中文」, and
   * during the import the point clicked must be known in advance (asking the page where the
   * button is would wait for a busy main thread), so clicks go to the centre of the area
   * common to every observed position.
   */
  async observe(): Promise<void> {
    const b = await this.page.locator(LANG_BUTTON).boundingBox();
    if (!b) throw new Error('language button not visible');
    const a = this.area;
    this.area = a
      ? { x0: Math.max(a.x0, b.x), y0: Math.max(a.y0, b.y), x1: Math.min(a.x1, b.x + b.width), y1: Math.min(a.y1, b.y + b.height) }
      : { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    if (this.area.x1 <= this.area.x0 || this.area.y1 <= this.area.y0) throw new Error('language button moves too much to click blindly');
  }

  private async centre(): Promise<{ x: number; y: number }> {
    if (!this.area) await this.observe();
    const a = this.area!;
    return { x: (a.x0 + a.x1) / 2, y: (a.y0 + a.y1) / 2 };
  }

  /** One real click on the language button. */
  async clickOnce(): Promise<void> {
    const { x, y } = await this.centre();
    await this.page.mouse.click(x, y);
    this.sent++;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      const { x, y } = await this.centre();
      while (this.running) {
        await this.page.mouse.click(x, y);
        this.sent++;
        await sleep(this.intervalMs);
      }
    })();
  }

  /** Stops clicking and waits for the last click to be delivered. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.loop = null;
  }

  /** Leaves the page in Chinese (the driver's selectors use Chinese names). */
  async restoreChinese(): Promise<void> {
    const button = this.page.locator(LANG_BUTTON);
    // The button offers the other language: 「English」 while the page is Chinese.
    const isChinese = `document.querySelector(${JSON.stringify(LANG_BUTTON)}).textContent.trim() === 'English'`;
    // The last click's switch may still be on its way (a transition on a busy page): read the
    // language once the page is quiet, or the switch lands after the check.
    await pageEval(this.page, `__bench.quiet(300, 120000)`);
    if (await pageEval<boolean>(this.page, isChinese)) return;
    await button.click({ force: true });
    // The switch is a transition: wait for it (the page's own waiter; the app's CSP forbids eval).
    await pageEval(this.page, `__bench.when(() => ${isChinese}, 120000)`);
  }
}
