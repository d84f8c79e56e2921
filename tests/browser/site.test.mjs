// site.test.mjs — memguide's site in a real browser.
//
// Builds nothing itself: run-suite.sh builds a guide and passes the site's
// directory.  Opens the pages from disk (file://) in Debian's chromium,
// driven by playwright-core, and checks what a reader does: step an
// example back and forth with the buttons and the keyboard (the diagram,
// the marked line and the output change), find a lesson with the search
// box; that no page logs a console error or fetches anything from another
// host; and that axe-core finds no accessibility violation on the index
// and a lesson page, in the light and the dark theme.
//
// usage: node site.test.mjs SITE_DIR [SCREENSHOT_DIR]
// Prints "FAIL ..." per failed check and "N passed, N failed" last.
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const site = path.resolve(process.argv[2] || "site");
const shots = process.argv[3] ? path.resolve(process.argv[3]) : null;
const url = (p) => "file://" + path.join(site, p);
let passed = 0, failed = 0, skipped = 0;

function check(name, ok, detail) {
  if (ok) passed++;
  else {
    failed++;
    console.log("FAIL " + name + (detail ? ": " + detail : ""));
  }
}

const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });

async function open(page, p) {
  await page.goto(url(p));
  await page.waitForLoadState("load");
}

// A fresh page that records console errors and any request off the disk.
async function newPage(opts) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  page.errors = [];
  page.on("console", (m) => { if (m.type() === "error") page.errors.push(m.text()); });
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith("file://")) page.errors.push("request to " + r.url()); });
  return page;
}

async function axe(page, label) {
  // axe reads the stylesheets itself (and file:// refuses it): what it logs is not the page's
  const keep = page.errors.length;
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  const v = res.violations.map((x) => x.id + " (" + x.nodes.length + "): " + x.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", "));
  await page.waitForTimeout(50);
  page.errors.length = keep;
  check("axe " + label, v.length === 0, v.join("; "));
}

const lessons = fs.readdirSync(site).filter((f) => f.endsWith(".html") && f !== "index.html").sort();
const lesson = lessons[0];

// ---- accessibility and console, light and dark, desktop and phone ----
for (const scheme of ["light", "dark"]) {
  for (const [w, h, name] of [[1366, 900, "desktop"], [390, 844, "phone"]]) {
    const page = await newPage({ colorScheme: scheme, viewport: { width: w, height: h } });
    for (const p of ["index.html", ...lessons]) {
      await open(page, p);
      if (name === "desktop" && (p === "index.html" || p === lesson)) await axe(page, `${p} ${scheme}`);
      if (shots) await page.screenshot({ path: path.join(shots, `${p.replace(".html", "")}-${scheme}-${name}.png`), fullPage: true });
    }
    check(`no console errors or outside requests (${scheme}, ${name})`, page.errors.length === 0, page.errors.join("; "));
    await page.context().close();
  }
}

// ---- the theme switch ----
{
  const page = await newPage({ colorScheme: "light" });
  await open(page, "index.html");
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.click(".theme-toggle");
  const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check("the theme switch changes the colours", before !== after, before + " -> " + after);
  await open(page, lesson);
  const kept = await page.evaluate(() => document.documentElement.getAttribute("data-theme"));
  check("the chosen theme is kept on the next page", kept === "dark", String(kept));
  await page.context().close();
}

// ---- the stepper ----
{
  const page = await newPage({ colorScheme: "light" });
  let found = null;
  for (const p of lessons) {
    await open(page, p);
    if (await page.$(".stepper[data-steps]:has(.step-output)")) { found = p; break; }
  }
  if (!found) {
    skipped++;
    console.log("SKIP stepper: no page has a stepper (memguide built without memory diagrams)");
  } else {
    const st = page.locator(".stepper[data-steps]:has(.step-output)").first();
    await st.scrollIntoViewIfNeeded();
    const label = st.locator(".step-label");
    const count = parseInt(await st.getAttribute("data-count"), 10);
    check("the stepper starts at the last step", (await label.textContent()).startsWith(`Step ${count} of ${count}`), await label.textContent());
    const diagram = async () => await st.locator(".diagram").innerHTML();
    const output = async () => (await st.locator(".step-output").isVisible()) ? await st.locator(".step-output code").textContent() : null;
    const marked = async () => await page.evaluate((el) => {
      const l = el.closest(".example").querySelector(".code .line.current");
      return l ? l.getAttribute("data-line") : null;
    }, await st.elementHandle());
    const d0 = await diagram();
    await st.locator(".step-first").click();
    await page.waitForFunction((el) => el.querySelector(".step-label").textContent.startsWith("Step 1 of"), await st.elementHandle());
    const d1 = await diagram();
    check("'first' goes to step 1", (await label.textContent()).startsWith("Step 1 of " + count), await label.textContent());
    check("the diagram changes with the step", d1 !== d0);
    check("step 1 marks line 1 of the code", (await marked()) === "1", String(await marked()));
    check("nothing is printed before step 1", (await output()) === "(nothing yet)", String(await output()));
    await st.locator(".step-next").click();
    check("'next' goes to step 2", (await label.textContent()).startsWith("Step 2 of"), await label.textContent());
    // the keyboard: focus the stepper, arrows move
    await st.focus();
    await page.keyboard.press("ArrowRight");
    check("the right arrow key goes forward", (await label.textContent()).startsWith("Step 3 of"), await label.textContent());
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    check("the left arrow key goes back", (await label.textContent()).startsWith("Step 1 of"), await label.textContent());
    check("'back' is disabled at step 1", await st.locator(".step-prev").isDisabled());
    await page.keyboard.press("End");
    check("End goes to the last step", (await label.textContent()).startsWith(`Step ${count} of`), await label.textContent());
    check("the last step shows the final diagram again", (await diagram()) === d0);
    // the output so far: the step before the end shows what was printed
    // until then (here or in a later example that prints before its end)
    let grew = false;
    for (const p of lessons.slice(lessons.indexOf(found))) {
      if (p !== found) await open(page, p);
      const all = page.locator(".stepper[data-steps]:has(.step-output)");
      for (let k = 0; k < await all.count() && !grew; k++) {
        const s = all.nth(k);
        const n = parseInt(await s.getAttribute("data-count"), 10);
        if (n < 3) continue;
        await s.scrollIntoViewIfNeeded();
        if (!(await s.locator(".step-prev").isVisible())) continue; /* a quiz not yet revealed */
        await s.locator(".step-last").click().catch(() => {});
        await s.locator(".step-prev").click();
        await page.waitForFunction((el) => /^Step \d+ of \d+ \(/.test(el.querySelector(".step-label").textContent), await s.elementHandle());
        const o = (await s.locator(".step-output").isVisible()) ? await s.locator(".step-output code").textContent() : null;
        if (o && o !== "(nothing yet)") grew = true;
      }
      if (grew) break;
    }
    check("the output so far appears as the program prints", grew);
    await open(page, found);
    // the slider
    await st.locator(".step-slider").fill("2");
    check("the slider picks a step", (await label.textContent()).startsWith("Step 2 of"), await label.textContent());
    // the page without JavaScript reaches every step
    const all = await st.locator(".stepper-all a").getAttribute("href");
    const nojs = await newPage({ javaScriptEnabled: false });
    await open(nojs, path.join(path.dirname(found), all));
    const steps = await nojs.locator(".one-step").count();
    check("the every-step page lists every step", steps === count, steps + " of " + count);
    const blank = await nojs.locator(".one-step .diagram:empty").count();
    check("no step of the every-step page has an empty diagram", blank === 0, String(blank));
    await nojs.context().close();
    check("no console errors while stepping", page.errors.length === 0, page.errors.join("; "));
  }
  await page.context().close();
}

// ---- without JavaScript every example still has its output and final diagram ----
{
  const page = await newPage({ javaScriptEnabled: false });
  let empty = 0;
  for (const p of lessons) {
    await open(page, p);
    empty += await page.locator(".diagram:empty").count();
  }
  check("without JavaScript no diagram box is empty", empty === 0, String(empty));
  await page.context().close();
}

// ---- search ----
{
  const page = await newPage({ colorScheme: "light" });
  await open(page, "index.html");
  const title = await page.evaluate(async (f) => f, lessons[lessons.length - 1]);
  // a word of the last lesson's title finds that lesson first
  const last = lessons[lessons.length - 1];
  await open(page, last);
  const word = (await page.textContent("h1")).split(/\W+/).filter((w) => w.length > 4)[0] || "";
  await open(page, "index.html");
  await page.fill(".search-input", word);
  await page.waitForSelector("#search-results li a", { timeout: 5000 }).catch(() => {});
  const hrefs = await page.$$eval("#search-results li a", (as) => as.map((a) => a.getAttribute("href")));
  check(`the search box finds the lesson titled with '${word}'`, hrefs.some((h) => h.startsWith(last)), hrefs.join(", "));
  const target = hrefs[0] ? hrefs[0].split("#")[0] : "?";
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.pathname.endsWith("/" + target), { timeout: 5000 }).catch(() => {});
  check("Enter opens the first result", page.url().includes(target), page.url());
  await page.fill(".search-input", "zzzzqqq");
  await page.waitForSelector("#search-results li", { timeout: 5000 }).catch(() => {});
  const none = await page.textContent("#search-results");
  check("a search for nothing says so", /Nothing found/.test(none), none);
  check("no console errors while searching", page.errors.length === 0, page.errors.join("; ") + " " + title);
  await page.context().close();
}

await browser.close();
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed ? 1 : 0);
