// The chart: time against entity-list size, one line per tool, one panel per
// text size, log–log. Drawn as SVG by hand (no network, no chart library) and
// converted to PNG by whichever converter this machine has; without one, the
// SVG alone is written.

import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measure, Tool } from './run';

const COLORS: Record<Tool, string> = {
  'copydesk-cli': '#1f77b4',
  'copydesk-cli-first': '#aec7e8',
  'copydesk-cli-git': '#393b79',
  'engine-first-load': '#c5b0d5',
  'engine-check': '#17becf',
  'engine-load': '#9467bd',
  'engine-match': '#2ca02c',
  'textlint-prh': '#d62728',
  cspell: '#ff7f0e',
  grep: '#7f7f7f',
};
const LABELS: Record<Tool, string> = {
  'copydesk-cli': 'Copydesk CLI',
  'copydesk-cli-first': 'Copydesk CLI, first run (no list snapshot)',
  'copydesk-cli-git': 'Copydesk CLI, articles committed in git',
  'engine-first-load': 'engine: first load (YAML, snapshot written)',
  'engine-check': 'engine: check (list loaded)',
  'engine-load': 'engine: load list (from its snapshot from 128 KB)',
  'engine-match': 'engine: matching pass',
  'textlint-prh': 'textlint + prh',
  cspell: 'cspell',
  grep: 'grep -F -f',
};

function med(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function chartSvg(measures: readonly Measure[], timeoutS: number): string {
  const panels = (['64k', '640k', '6400k'] as const).filter((t) => measures.some((m) => m.text === t && m.wallMs.length > 0 && m.tool !== 'grep'));
  const W = 520;
  const H = 420;
  const pad = { l: 70, r: 20, t: 40, b: 50 };
  const xs = [1_000, 10_000, 20_000, 100_000];
  const ys = measures.flatMap((m) => (m.wallMs.length ? [med(m.wallMs)] : [])).filter((v) => v > 0);
  const yMin = Math.pow(10, Math.floor(Math.log10(Math.max(1, Math.min(...ys)))));
  const yMax = Math.pow(10, Math.ceil(Math.log10(Math.max(...ys, ...measures.filter((m) => m.timedOut).map((m) => (m.timeoutS ?? timeoutS) * 1000), 1000))));
  const x = (n: number): number => pad.l + ((Math.log10(n) - 3) / 2) * (W - pad.l - pad.r);
  const y = (ms: number): number => H - pad.b - ((Math.log10(ms) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (H - pad.t - pad.b);
  const legendH = 24 * 4;
  const out: string[] = [];
  const total = Math.max(1, panels.length) * W;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${H + legendH}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  panels.forEach((text, i) => {
    out.push(`<g transform="translate(${i * W},0)">`);
    out.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">Text ${esc(text.replace('k', ' KB').replace('6400 KB', '6.4 MB'))}: wall time vs entity-list size</text>`);
    for (let v = yMin; v <= yMax; v *= 10) {
      out.push(`<line x1="${pad.l}" x2="${W - pad.r}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`);
      out.push(`<text x="${pad.l - 6}" y="${y(v) + 4}" text-anchor="end">${v >= 1000 ? `${v / 1000} s` : `${v} ms`}</text>`);
    }
    for (const n of xs) {
      out.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${pad.t}" y2="${H - pad.b}" stroke="#eee"/>`);
      out.push(`<text x="${x(n)}" y="${H - pad.b + 16}" text-anchor="middle">${n / 1000}k</text>`);
    }
    out.push(`<text x="${W / 2}" y="${H - 12}" text-anchor="middle">entities in the list (log)</text>`);
    out.push(`<rect x="${pad.l}" y="${pad.t}" width="${W - pad.l - pad.r}" height="${H - pad.t - pad.b}" fill="none" stroke="#333"/>`);
    for (const tool of Object.keys(COLORS) as Tool[]) {
      const pts = measures
        .filter((m) => m.text === text && m.tool === tool && m.wallMs.length > 0)
        .sort((a, b) => a.entities - b.entities)
        .map((m) => [x(m.entities), y(med(m.wallMs))] as const);
      if (pts.length === 0) continue;
      if (pts.length > 1) out.push(`<polyline fill="none" stroke="${COLORS[tool]}" stroke-width="2" points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`);
      for (const [a, b] of pts) out.push(`<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="4" fill="${COLORS[tool]}"/>`);
    }
    // Runs that hit their bound: a hollow marker at the bound ("at least this long").
    for (const m of measures.filter((m) => m.text === text && m.timedOut)) {
      const cx = x(m.entities);
      const cy = y(Math.min(yMax, (m.timeoutS ?? timeoutS) * 1000));
      out.push(`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="6" fill="white" stroke="${COLORS[m.tool]}" stroke-width="2"/><text x="${(cx + 9).toFixed(1)}" y="${(cy + 4).toFixed(1)}" fill="${COLORS[m.tool]}">&gt; ${m.timeoutS ?? timeoutS} s</text>`);
    }
    out.push('</g>');
  });
  (Object.keys(COLORS) as Tool[]).forEach((tool, k) => {
    const lx = 20 + (k % 4) * Math.max(260, total / 4);
    const ly = H + 16 + Math.floor(k / 4) * 24;
    out.push(`<rect x="${lx}" y="${ly - 10}" width="14" height="14" fill="${COLORS[tool]}"/><text x="${lx + 20}" y="${ly + 2}">${esc(LABELS[tool])}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Writes chart.svg, then chart.png when a converter is available; returns what was written. */
export function renderChart(measures: readonly Measure[], dir: string, timeoutS: number): string {
  const svgPath = join(dir, 'chart.svg');
  const pngPath = join(dir, 'chart.png');
  writeFileSync(svgPath, chartSvg(measures, timeoutS));
  const tries: Array<[string, string[]]> = [
    ['rsvg-convert', ['-o', pngPath, svgPath]],
    ['magick', [svgPath, pngPath]],
    ['inkscape', [svgPath, '--export-filename', pngPath]],
  ];
  for (const [cmd, args] of tries) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0 && existsSync(pngPath)) return pngPath;
  }
  // Headless Chromium through playwright-core, when both are here.
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (chromium) {
    const script = `
      const { chromium } = require('playwright-core');
      (async () => {
        const b = await chromium.launch({ executablePath: ${JSON.stringify(chromium)}, args: ['--no-sandbox', '--disable-gpu'] });
        const p = await b.newPage();
        await p.goto(${JSON.stringify(`file://${svgPath}`)});
        await p.locator('svg').screenshot({ path: ${JSON.stringify(pngPath)} });
        await b.close();
      })().catch((e) => { console.error(e); process.exit(1); });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0 && existsSync(pngPath)) return pngPath;
  }
  return `${svgPath} (no SVG→PNG converter found: apt-get install -y librsvg2-bin)`;
}
