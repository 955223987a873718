import { type Browser, type BrowserContextOptions } from 'playwright-core';
import { findAgency } from '../support/dossier-fixtures';
import { insertStaffUser, TEST_PASSWORD } from '../support/identity-fixtures';
import { describeWithBrowser, DESKTOP, launchChromium, PHONE } from './support/browser';
import { serveWebApp, type ServedApp } from './support/web-app';

// Time to interactive on localhost, printed for the README (no assertion on the figures: they
// depend on the machine). Each run opens a new browser context, so the cache is cold. "Interactive"
// is the moment the page's main heading is on screen and its first control is enabled, read in
// the page on every animation frame as milliseconds since navigation start (performance.now()).
jest.setTimeout(120000);

const RUNS = 3;

interface Screen {
  name: string;
  path: string;
  device: BrowserContextOptions;
  heading: string;
  control: string; // a CSS selector
  session?: unknown; // the staff session to start with (sessionStorage)
}

interface Run {
  interactive: number;
  domContentLoaded: number;
  load: number;
}

describeWithBrowser('time to interactive (localhost, cold cache)', () => {
  let served: ServedApp;
  let browser: Browser;
  let staffSession: unknown;

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    const clerk = await insertStaffUser(served.testApp, { roles: ['CLERK'], agencyId: desk.id });
    const login = await served.testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ login: clerk.username, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    staffSession = login.body;
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('measures the portal and the staff console, 3 runs each, and prints the medians', async () => {
    const screens: Screen[] = [
      {
        name: 'portal home (phone 360×740)',
        path: '/',
        device: PHONE,
        heading: 'Tra cứu thủ tục hành chính',
        control: 'input[inputmode="search"]',
      },
      {
        name: 'portal tracking (phone 360×740)',
        path: '/tra-cuu?code=000.00.00.H55-270305-0001',
        device: PHONE,
        heading: 'Tra cứu tình trạng hồ sơ',
        control: 'button[type="submit"]',
      },
      {
        name: 'staff sign-in (desktop)',
        path: '/can-bo/dang-nhap',
        device: DESKTOP,
        heading: 'Đăng nhập cán bộ',
        control: 'input[autocomplete="username"]',
      },
      {
        name: 'staff work queue, signed in (desktop)',
        path: '/can-bo/ho-so',
        device: DESKTOP,
        heading: 'Hàng đợi hồ sơ',
        control: '[role="tab"]',
        session: staffSession,
      },
    ];
    const lines = ['time to interactive on localhost, cold cache, median of 3 runs (ms):'];
    for (const screen of screens) {
      const runs: Run[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        runs.push(await measure(browser, served.baseUrl, screen));
      }
      lines.push(
        `  ${screen.name}: interactive ${median(runs.map((run) => run.interactive))}` +
          ` (DOMContentLoaded ${median(runs.map((run) => run.domContentLoaded))},` +
          ` load ${median(runs.map((run) => run.load))}; runs: ${runs.map((run) => run.interactive).join(', ')})`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  });
});

async function measure(browser: Browser, baseUrl: string, screen: Screen): Promise<Run> {
  const context = await browser.newContext(screen.device);
  try {
    if (screen.session) {
      await context.addInitScript(
        `window.sessionStorage.setItem('mot-cua.session', ${JSON.stringify(JSON.stringify(screen.session))});`,
      );
    }
    // Installed before the app's scripts (the app's CSP forbids evaluating strings, an init
    // script is not evaluated that way): checks every frame and records the first moment the
    // heading and the control are there.
    await context.addInitScript(`(() => {
      const check = () => {
        const heading = [...document.querySelectorAll('h1')].find(
          (element) => element.textContent.trim() === ${JSON.stringify(screen.heading)},
        );
        const control = document.querySelector(${JSON.stringify(screen.control)});
        if (heading && control && !control.disabled && control.getClientRects().length > 0) {
          window.__interactiveAt = performance.now();
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    })();`);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${screen.path}`, { waitUntil: 'commit' });
    let interactive: number | null = null;
    for (let waited = 0; interactive === null; waited += 50) {
      if (waited > 30000) {
        throw new Error(`${screen.name}: not interactive after 30 s`);
      }
      await page.waitForTimeout(50);
      interactive = await page.evaluate<number | null>('window.__interactiveAt ?? null');
    }
    await page.waitForLoadState('load');
    const timing = await page.evaluate<{ domContentLoaded: number; load: number }>(`(() => {
      const entry = performance.getEntriesByType('navigation')[0];
      return { domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd };
    })()`);
    return {
      interactive: Math.round(interactive),
      domContentLoaded: Math.round(timing.domContentLoaded),
      load: Math.round(timing.load),
    };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
