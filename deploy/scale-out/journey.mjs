// The scripted user of run.sh: signs in through the proxy, saves a check-in, has the node that
// serves it stopped, signs in again (now on the other node) and looks for the rating.
// Needs playwright-core (npm) and a Chromium; env: PROXY_URL, NODE1_PID, NODE2_PID, CHROMIUM.
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(process.env.NODE_PATH ?? process.cwd(), "x.js"));
const { chromium } = require("playwright-core");
const base = process.env.PROXY_URL;
const score = 7;
const note = `scale-out check ${Date.now()}`;

function say(text) {
  console.log(`[journey] ${text}`);
}

async function signIn(page) {
  await page.goto(`${base}/login`);
  await page.locator("#vaadinLoginUsername input").fill("member");
  await page.locator("#vaadinLoginPassword input").fill("member-upright");
  await page.locator("vaadin-button[slot='submit']").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
}

async function node(context) {
  const cookie = (await context.cookies()).find((c) => c.name === "UPRIGHT_NODE");
  return cookie?.value ?? "(none)";
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true });
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await signIn(page);
  const first = await node(context);
  say(`signed in as member through the proxy; served by ${first}`);

  await page.goto(`${base}/today`);
  await page.locator("#check-in-more vaadin-details-summary").click();
  await page.locator("#check-in-note textarea").fill(note);
  await page.locator(`#check-in-score-${score}`).click();
  await page.locator("#check-in-status").filter({ hasText: `Saved: ${score} out of 10` }).waitFor();
  say(`saved today's check-in: ${score} out of 10 with a note, on ${first}`);

  const pid = first === "node1" ? process.env.NODE1_PID : process.env.NODE2_PID;
  say(`stopping ${first} (pid ${pid}) while the member is signed in`);
  process.kill(Number(pid), "SIGTERM");
  // wait until the process is gone
  for (let i = 0; i < 600; i++) {
    try { process.kill(Number(pid), 0); } catch { break; }
    await new Promise((r) => setTimeout(r, 100));
  }
  say(`${first} stopped`);

  await page.goto(`${base}/today`);
  await page.waitForURL((url) => url.pathname.startsWith("/login"), { timeout: 60_000 });
  say(`the next page asks for a sign-in again (the session lived on ${first})`);
  await signIn(page);
  const second = await node(context);
  say(`signed in again; served by ${second}`);
  if (second === first) throw new Error("still on the stopped node");

  await page.goto(`${base}/today`);
  await page.locator("#check-in-status").filter({ hasText: `Saved: ${score} out of 10` }).waitFor();
  await page.locator("#check-in-more vaadin-details-summary").click();
  const storedNote = await page.locator("#check-in-note textarea").inputValue();
  if (storedNote !== note) throw new Error(`the note reads "${storedNote}"`);
  say(`${second} shows today's rating ${score} out of 10 and its note: nothing was lost`);
  await page.screenshot({ path: process.env.SCREENSHOT ?? "scale-out-today.png" });
} catch (e) {
  failed = true;
  console.error(`[journey] FAILED: ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
