/**
 * Procedural editorial illustrations for the demo outlet ("The Levant Ledger").
 *
 * Every picture is an SVG string built from a deterministic PRNG seeded by the
 * key, rendered to JPEG with sharp. No external fonts, no text, no network.
 *
 * Keys may start with a scene name ("port-aqaba-terminal" or "port:aqaba-terminal")
 * so that the alt text written alongside an article matches the picture. Without
 * a known prefix the scene family is chosen from the hash of the key. Keys are
 * kebab-case so they can double as file names.
 */
import { loadSharp } from '../media/index.js';

export const DEMO_SCENES = [
  'skyline',
  'port',
  'dunes',
  'fields',
  'solar',
  'contours',
  'pylons',
  'river',
  'network',
] as const;
export type DemoScene = (typeof DEMO_SCENES)[number];

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

function hashString(input: string): number {
  // FNV-1a, 32 bit
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface Rng {
  (): number;
  range(min: number, max: number): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

function makeRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = next as Rng;
  rng.range = (min, max) => min + (max - min) * next();
  rng.int = (min, maxInclusive) => Math.floor(min + (maxInclusive - min + 1) * next());
  rng.pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length) % items.length] as T;
  rng.chance = (p) => next() < p;
  return rng;
}

// ---------------------------------------------------------------------------
// Colour helpers
// ---------------------------------------------------------------------------

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex(r: number, g: number, b: number): string {
  const c = (v: number) => Math.round(clamp(v, 0, 255)).toString(16).padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Linear blend of two hex colours, t in [0, 1]. */
function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = hexToRgb(a);
  const [r2, g2, b2] = hexToRgb(b);
  return rgbToHex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

function hslToHex(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360;
  const sat = clamp(s, 0, 1);
  const lig = clamp(l, 0, 1);
  const c = (1 - Math.abs(2 * lig - 1)) * sat;
  const x = c * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lig - c / 2;
  const sector = Math.floor(hue / 60);
  const table: Array<[number, number, number]> = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ];
  const [r, g, b] = table[Math.min(5, sector)] as [number, number, number];
  return rgbToHex((r + m) * 255, (g + m) * 255, (b + m) * 255);
}

interface Palette {
  /** sky gradient stops, top to horizon */
  sky: string[];
  /** landscape layers, far to near */
  land: [string, string, string, string];
  sun: string;
  /** muted accents (containers, lit windows, map routes) */
  accents: [string, string, string];
  water: [string, string];
}

const PALETTES: readonly Palette[] = [
  {
    // ochre dusk
    sky: ['#28304d', '#6d566d', '#c98d68', '#eec48c'],
    land: ['#8c6f70', '#614c5d', '#3d3145', '#221c2a'],
    sun: '#f7dfaa',
    accents: ['#c0583f', '#d6a04e', '#5f8a8b'],
    water: ['#4a5470', '#2a3149'],
  },
  {
    // teal morning haze
    sky: ['#9fb8b6', '#c4d0c6', '#e9dcbc'],
    land: ['#88a29d', '#5f7f7f', '#3e5d62', '#243b40'],
    sun: '#f6ead0',
    accents: ['#b8643f', '#d9b36a', '#2f5d66'],
    water: ['#6f928f', '#39585d'],
  },
  {
    // indigo evening
    sky: ['#171c36', '#343a63', '#7d6487', '#d49b78'],
    land: ['#5b5475', '#403b5e', '#2a2745', '#17152b'],
    sun: '#f3c98f',
    accents: ['#c76a4e', '#e0b765', '#6e9aa0'],
    water: ['#39406a', '#1b1f3a'],
  },
  {
    // sand noon
    sky: ['#c9d3d1', '#e6dcc5', '#efe2c6'],
    land: ['#d4b48a', '#b98f62', '#946a45', '#6a4a31'],
    sun: '#fbf2dc',
    accents: ['#9c4a35', '#3f6f73', '#c59a4f'],
    water: ['#7fa3a3', '#4b7278'],
  },
  {
    // terracotta sunset
    sky: ['#3a2a3d', '#8f4a4a', '#d88a5e', '#f2cf98'],
    land: ['#a4695a', '#7a4a47', '#4f3138', '#2b1d25'],
    sun: '#fbe3b0',
    accents: ['#e0a55a', '#5d8c86', '#b7523d'],
    water: ['#6a4d5a', '#352a3a'],
  },
  {
    // sage and stone
    sky: ['#b7c2b4', '#d7d8c5', '#ece2c9'],
    land: ['#a3ad8f', '#7d8b6d', '#5a684f', '#374332'],
    sun: '#f8efd6',
    accents: ['#b5663f', '#d3a85c', '#46707a'],
    water: ['#8ba5a1', '#55756f'],
  },
];

// ---------------------------------------------------------------------------
// SVG helpers
// ---------------------------------------------------------------------------

const f = (n: number): string => (Math.round(n * 10) / 10).toString();

function linearGradient(id: string, stops: string[], vertical = true, opacities?: number[]): string {
  const coords = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
  const s = stops
    .map((c, i) => {
      const off = stops.length === 1 ? 0 : i / (stops.length - 1);
      const op = opacities?.[i];
      return `<stop offset="${f(off * 100)}%" stop-color="${c}"${op === undefined ? '' : ` stop-opacity="${op}"`}/>`;
    })
    .join('');
  return `<linearGradient id="${id}" ${coords}>${s}</linearGradient>`;
}

function radialGlow(id: string, color: string, inner = 0.85): string {
  return `<radialGradient id="${id}"><stop offset="0%" stop-color="${color}" stop-opacity="${inner}"/><stop offset="35%" stop-color="${color}" stop-opacity="${f(inner * 0.35)}"/><stop offset="100%" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

/** Smooth closed/open path through points using Catmull-Rom -> cubic Bezier. */
function smoothPath(points: Array<[number, number]>, closed = false): string {
  if (points.length < 2) return '';
  const pts = points;
  const n = pts.length;
  const get = (i: number): [number, number] => {
    if (closed) return pts[((i % n) + n) % n] as [number, number];
    return pts[clamp(i, 0, n - 1)] as [number, number];
  };
  const first = get(0);
  let d = `M${f(first[0])},${f(first[1])}`;
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const p0 = get(i - 1);
    const p1 = get(i);
    const p2 = get(i + 1);
    const p3 = get(i + 2);
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${f(c1x)},${f(c1y)} ${f(c2x)},${f(c2y)} ${f(p2[0])},${f(p2[1])}`;
  }
  return closed ? `${d}Z` : d;
}

/** A sum-of-sines ridge line, returns y for x. */
function ridge(rng: Rng, base: number, amp: number, waves = 3): (x: number) => number {
  const comps = Array.from({ length: waves }, (_, i) => ({
    freq: rng.range(0.6, 1.4) * (i + 1) * 1.3,
    phase: rng.range(0, Math.PI * 2),
    amp: amp / (i + 1) ** 1.1,
  }));
  return (x: number) => base + comps.reduce((acc, c) => acc + c.amp * Math.sin(x * c.freq * Math.PI * 2 + c.phase), 0);
}

function ridgeFill(W: number, H: number, yAt: (u: number) => number, fill: string, samples = 48, extra = ''): string {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i <= samples; i++) {
    const u = i / samples;
    pts.push([u * W, yAt(u)]);
  }
  const top = smoothPath(pts);
  return `<path d="${top}L${f(W)},${f(H)}L0,${f(H)}Z" fill="${fill}"${extra}/>`;
}

interface SceneContext {
  W: number;
  H: number;
  rng: Rng;
  pal: Palette;
  defs: string[];
  body: string[];
}

function skyAndSun(ctx: SceneContext, horizon: number, sunX: number, sunY: number, sunR: number): void {
  const { W, pal, defs, body } = ctx;
  defs.push(linearGradient('sky', pal.sky));
  defs.push(radialGlow('glow', pal.sun, 0.75));
  body.push(`<rect width="${f(W)}" height="${f(horizon + 2)}" fill="url(#sky)"/>`);
  body.push(`<circle cx="${f(sunX)}" cy="${f(sunY)}" r="${f(sunR * 6)}" fill="url(#glow)"/>`);
  body.push(`<circle cx="${f(sunX)}" cy="${f(sunY)}" r="${f(sunR)}" fill="${pal.sun}" opacity="0.92"/>`);
}

function haze(ctx: SceneContext, y: number, h: number, color: string, opacity = 0.45): void {
  const id = `haze${ctx.defs.length}`;
  ctx.defs.push(linearGradient(id, [color, color, color], true, [0, opacity, 0]));
  ctx.body.push(`<rect x="0" y="${f(y - h / 2)}" width="${f(ctx.W)}" height="${f(h)}" fill="url(#${id})"/>`);
}

function birds(ctx: SceneContext, count: number, color: string): void {
  const { W, H, rng, body } = ctx;
  const cx = rng.range(0.15, 0.85) * W;
  const cy = rng.range(0.12, 0.3) * H;
  let d = '';
  for (let i = 0; i < count; i++) {
    const x = cx + rng.range(-0.08, 0.08) * W;
    const y = cy + rng.range(-0.05, 0.05) * H;
    const s = rng.range(0.006, 0.011) * W;
    d += `M${f(x - s)},${f(y - s * 0.35)}Q${f(x - s * 0.45)},${f(y - s * 0.5)} ${f(x)},${f(y)}Q${f(x + s * 0.45)},${f(y - s * 0.5)} ${f(x + s)},${f(y - s * 0.35)}`;
  }
  body.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="${f(W * 0.0016)}" stroke-linecap="round" opacity="0.7"/>`);
}

// ---------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------

function sceneSkyline(ctx: SceneContext): void {
  const { W, H, rng, pal, body } = ctx;
  const horizon = H * rng.range(0.68, 0.76);
  skyAndSun(ctx, H, rng.range(0.2, 0.8) * W, horizon - H * rng.range(0.05, 0.2), H * rng.range(0.05, 0.075));
  birds(ctx, rng.int(3, 6), pal.land[3]);

  const layers = [
    { color: mix(pal.land[0], pal.sky[pal.sky.length - 1] as string, 0.35), hMin: 0.08, hMax: 0.2, base: horizon - H * 0.02, op: 0.75 },
    { color: pal.land[1], hMin: 0.1, hMax: 0.3, base: horizon + H * 0.05, op: 0.95 },
    { color: pal.land[3], hMin: 0.08, hMax: 0.36, base: horizon + H * 0.16, op: 1 },
  ];

  layers.forEach((layer, li) => {
    let x = -rng.range(0, 40);
    let d = '';
    const windows: string[] = [];
    while (x < W) {
      const w = rng.range(0.02, 0.075) * W * (li === 0 ? 0.8 : 1);
      const h = rng.range(layer.hMin, layer.hMax) * H;
      const top = layer.base - h;
      const kind = rng();
      d += `M${f(x)},${f(H)}L${f(x)},${f(top)}`;
      if (kind < 0.12 && w > 0.035 * W) {
        // domed building
        const r = w * 0.32;
        const mid = x + w / 2;
        d += `L${f(mid - r)},${f(top)}A${f(r)},${f(r * 1.05)} 0 0 1 ${f(mid + r)},${f(top)}`;
        d += `L${f(x + w)},${f(top)}L${f(x + w)},${f(H)}Z`;
        d += `M${f(mid - 1.5)},${f(top - r * 1.05 + 1)}l0,${f(-r * 0.4)}l3,0l0,${f(r * 0.4)}Z`;
      } else if (kind < 0.2) {
        // minaret next to a low block
        const mw = Math.max(6, w * 0.18);
        const mx = x + w * 0.5;
        const mh = h * rng.range(1.25, 1.6);
        d += `L${f(x + w)},${f(top)}L${f(x + w)},${f(H)}Z`;
        d += `M${f(mx - mw / 2)},${f(H)}L${f(mx - mw / 2)},${f(layer.base - mh)}L${f(mx)},${f(layer.base - mh - mw * 2.2)}L${f(mx + mw / 2)},${f(layer.base - mh)}L${f(mx + mw / 2)},${f(H)}Z`;
        d += `M${f(mx - mw)},${f(layer.base - mh * 0.82)}l${f(mw * 2)},0l0,${f(mw * 0.5)}l${f(-mw * 2)},0Z`;
      } else if (kind < 0.32) {
        // tower with antenna
        d += `L${f(x + w * 0.5 - 1)},${f(top)}L${f(x + w * 0.5 - 1)},${f(top - h * 0.18)}L${f(x + w * 0.5 + 1)},${f(top - h * 0.18)}L${f(x + w * 0.5 + 1)},${f(top)}`;
        d += `L${f(x + w)},${f(top)}L${f(x + w)},${f(H)}Z`;
      } else if (kind < 0.42) {
        // stepped setback
        const s = w * 0.2;
        d += `L${f(x + s)},${f(top)}L${f(x + s)},${f(top - h * 0.12)}L${f(x + w - s)},${f(top - h * 0.12)}L${f(x + w - s)},${f(top)}L${f(x + w)},${f(top)}L${f(x + w)},${f(H)}Z`;
      } else {
        d += `L${f(x + w)},${f(top)}L${f(x + w)},${f(H)}Z`;
      }
      if (li === 2 && kind >= 0.2) {
        const cols = Math.max(1, Math.floor(w / 14));
        const rows = Math.floor(h / 20);
        for (let r = 1; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            if (rng.chance(0.09)) {
              windows.push(`M${f(x + 5 + c * 14)},${f(top + r * 20)}h5v8h-5Z`);
            }
          }
        }
      }
      x += w + rng.range(0, 0.006) * W;
    }
    body.push(`<path d="${d}" fill="${layer.color}" opacity="${layer.op}"/>`);
    if (li === 0) haze(ctx, layer.base, H * 0.12, pal.sky[pal.sky.length - 1] as string, 0.5);
    if (windows.length) body.push(`<path d="${windows.join('')}" fill="${pal.sun}" opacity="0.55"/>`);
  });
}

function sceneFlatSky(ctx: SceneContext, horizon: number): void {
  const { W, H, rng } = ctx;
  skyAndSun(ctx, horizon, rng.range(0.15, 0.85) * W, horizon - H * rng.range(0.04, 0.18), H * rng.range(0.04, 0.07));
}

function scenePort(ctx: SceneContext): void {
  const { W, H, rng, pal, defs, body } = ctx;
  const horizon = H * rng.range(0.55, 0.62);
  const sunX = rng.range(0.2, 0.8) * W;
  skyAndSun(ctx, horizon, sunX, horizon - H * rng.range(0.06, 0.16), H * 0.055);
  birds(ctx, rng.int(2, 5), pal.land[3]);

  // distant coastline
  body.push(ridgeFill(W, horizon + 1, ridge(rng, horizon - H * 0.025, H * 0.015, 3), mix(pal.land[0], pal.sky[pal.sky.length - 1] as string, 0.4), 32, ' opacity="0.8"'));

  // sea
  defs.push(linearGradient('sea', [mix(pal.water[0], pal.sun, 0.25), pal.water[0], pal.water[1]]));
  body.push(`<rect y="${f(horizon)}" width="${f(W)}" height="${f(H - horizon)}" fill="url(#sea)"/>`);
  let shimmer = '';
  for (let i = 0; i < 90; i++) {
    const t = rng();
    const y = horizon + (H - horizon) * t * t * 0.9 + 3;
    const nearSun = rng.chance(0.5);
    const x = nearSun ? sunX + rng.range(-0.05, 0.05) * W * (1 + t * 3) : rng() * W;
    const len = rng.range(0.01, 0.05) * W * (0.4 + t);
    shimmer += `M${f(x - len / 2)},${f(y)}h${f(len)}`;
  }
  body.push(`<path d="${shimmer}" stroke="${pal.sun}" stroke-width="${f(H * 0.0025)}" opacity="0.35" stroke-linecap="round"/>`);

  // ship on horizon
  const shipX = rng.range(0.08, 0.4) * W;
  const shipW = rng.range(0.16, 0.24) * W;
  const shipY = horizon + H * 0.012;
  const hullH = H * 0.022;
  let ship = `M${f(shipX)},${f(shipY - hullH)}L${f(shipX + shipW)},${f(shipY - hullH)}L${f(shipX + shipW * 0.96)},${f(shipY)}L${f(shipX + shipW * 0.03)},${f(shipY)}Z`;
  ship += `M${f(shipX + shipW * 0.86)},${f(shipY - hullH)}v${f(-hullH * 2.2)}h${f(shipW * 0.08)}v${f(hullH * 2.2)}Z`;
  body.push(`<path d="${ship}" fill="${pal.land[2]}" opacity="0.85"/>`);
  let boxes = '';
  for (let bx = shipX + shipW * 0.08; bx < shipX + shipW * 0.82; bx += shipW * 0.045) {
    const stack = rng.int(1, 3);
    boxes += `M${f(bx)},${f(shipY - hullH)}h${f(shipW * 0.04)}v${f(-hullH * 0.7 * stack)}h${f(-shipW * 0.04)}Z`;
  }
  body.push(`<path d="${boxes}" fill="${mix(pal.accents[0], pal.land[2], 0.45)}" opacity="0.85"/>`);

  // Quay, containers and cranes are drawn with the quay on the right and the
  // water to the left, then mirrored half of the time.
  const quayTop = H * rng.range(0.8, 0.85);
  const mirror = rng.chance(0.5);
  const qx0 = W * rng.range(0.36, 0.42);
  const dock: string[] = [];
  dock.push(`<rect x="${f(qx0)}" y="${f(quayTop)}" width="${f(W - qx0)}" height="${f(H - quayTop)}" fill="${pal.land[3]}"/>`);

  // containers on the quay, behind the cranes
  const cw = W * 0.032;
  const ch = H * 0.03;
  for (const accent of pal.accents) {
    let d = '';
    for (let x = qx0 + W * 0.14; x < W - W * 0.01; x += cw + 2) {
      const n = rng.int(0, 4);
      for (let k = 0; k < n; k++) {
        if (rng.chance(0.34)) d += `M${f(x)},${f(quayTop - (k + 1) * (ch + 1.5))}h${f(cw)}v${f(ch)}h${f(-cw)}Z`;
      }
    }
    dock.push(`<path d="${d}" fill="${mix(accent, pal.land[3], 0.35)}"/>`);
  }

  // ship-to-shore gantry cranes with long booms reaching over the water
  const craneCount = rng.int(2, 3);
  const sw = Math.max(2, W * 0.0032);
  let frame = '';
  let boom = '';
  let loads = '';
  for (let i = 0; i < craneCount; i++) {
    const s = rng.range(0.9, 1.08) * (1 - i * 0.06);
    const baseX = qx0 + W * (0.025 + i * 0.1);
    const legW = W * 0.05 * s;
    const legH = H * 0.27 * s;
    const topY = quayTop - legH;
    const boomY = topY - H * 0.012 * s;
    const tipX = baseX - W * rng.range(0.17, 0.22) * s;
    const backX = baseX + legW + W * 0.045 * s;
    const apexX = baseX + legW * 0.55;
    const apexY = boomY - legH * 0.5;
    // portal legs, sill beams and diagonal
    frame += `M${f(baseX)},${f(quayTop)}V${f(boomY)}M${f(baseX + legW)},${f(quayTop)}V${f(boomY)}`;
    frame += `M${f(baseX)},${f(topY + legH * 0.5)}H${f(baseX + legW)}M${f(baseX)},${f(topY + legH * 0.5)}L${f(baseX + legW)},${f(topY + legH * 0.08)}`;
    // A-frame above the portal, forestay to the tip, backstay to the rear
    frame += `M${f(baseX + legW * 0.1)},${f(boomY)}L${f(apexX)},${f(apexY)}L${f(baseX + legW * 0.95)},${f(boomY)}`;
    frame += `M${f(apexX)},${f(apexY)}L${f(tipX + (baseX - tipX) * 0.35)},${f(boomY)}M${f(apexX)},${f(apexY)}L${f(tipX)},${f(boomY)}M${f(apexX)},${f(apexY)}L${f(backX)},${f(boomY)}`;
    // boom as a shallow truss
    const bh = H * 0.011 * s;
    boom += `M${f(tipX)},${f(boomY)}H${f(backX)}M${f(tipX + 4)},${f(boomY + bh)}H${f(backX)}`;
    const step = W * 0.014 * s;
    for (let x = tipX + 4, k = 0; x < backX - step; x += step, k++) {
      boom += k % 2 === 0 ? `M${f(x)},${f(boomY + bh)}L${f(x + step)},${f(boomY)}` : `M${f(x)},${f(boomY)}L${f(x + step)},${f(boomY + bh)}`;
    }
    // machinery house at the rear
    loads += `M${f(backX - W * 0.03 * s)},${f(boomY - H * 0.025 * s)}h${f(W * 0.03 * s)}v${f(H * 0.025 * s)}h${f(-W * 0.03 * s)}Z`;
    // trolley, hoist ropes and a container on the spreader
    const tx = tipX + (baseX - tipX) * rng.range(0.15, 0.75);
    const drop = legH * rng.range(0.35, 0.8);
    loads += `M${f(tx - 7)},${f(boomY + bh)}h14v6h-14Z`;
    frame += `M${f(tx - 3)},${f(boomY + bh + 6)}V${f(boomY + drop)}M${f(tx + 3)},${f(boomY + bh + 6)}V${f(boomY + drop)}`;
    if (rng.chance(0.6)) loads += `M${f(tx - cw / 2)},${f(boomY + drop)}h${f(cw)}v${f(ch)}h${f(-cw)}Z`;
  }
  dock.push(`<path d="${frame}" fill="none" stroke="${pal.land[3]}" stroke-width="${f(sw)}" stroke-linejoin="round"/>`);
  dock.push(`<path d="${boom}" fill="none" stroke="${pal.land[3]}" stroke-width="${f(sw * 0.8)}"/>`);
  dock.push(`<path d="${loads}" fill="${pal.land[3]}"/>`);
  body.push(mirror ? `<g transform="translate(${f(W)} 0) scale(-1 1)">${dock.join('')}</g>` : dock.join(''));
}

function sceneDunes(ctx: SceneContext): void {
  const { W, H, rng, pal, defs, body } = ctx;
  const horizon = H * rng.range(0.5, 0.6);
  const sunX = rng.range(0.2, 0.8) * W;
  skyAndSun(ctx, horizon + H * 0.1, sunX, horizon - H * rng.range(0.12, 0.28), H * rng.range(0.07, 0.1));
  haze(ctx, horizon, H * 0.12, pal.sun, 0.35);

  const layers = 5;
  for (let i = 0; i < layers; i++) {
    const t = i / (layers - 1);
    const base = horizon + (H - horizon) * (0.02 + t * 0.72);
    const amp = H * (0.02 + t * 0.05);
    const yAt = ridge(rng, base, amp, 3);
    const light = mix(pal.land[0], pal.sun, 0.35 * (1 - t));
    const dark = mix(pal.land[Math.min(3, Math.floor(t * 3.2))] as string, pal.land[3], 0.25);
    const id = `dune${i}`;
    defs.push(linearGradient(id, [mix(light, dark, t * 0.6), dark]));
    body.push(ridgeFill(W, H, yAt, `url(#${id})`, 40));
    // highlight along crest
    const pts: Array<[number, number]> = [];
    for (let k = 0; k <= 40; k++) pts.push([(k / 40) * W, yAt(k / 40)]);
    body.push(`<path d="${smoothPath(pts)}" fill="none" stroke="${pal.sun}" stroke-width="${f(H * 0.003)}" opacity="${f(0.35 - t * 0.2)}"/>`);
  }
  // a small caravan of posts / track in the foreground
  let track = '';
  const y0 = H * 0.94;
  for (let k = 0; k < 9; k++) {
    const x = W * (0.1 + k * 0.09) + rng.range(-8, 8);
    track += `M${f(x)},${f(y0 - k * H * 0.008)}l${f(W * 0.012)},${f(-H * 0.004)}`;
  }
  body.push(`<path d="${track}" stroke="${pal.land[3]}" stroke-width="${f(H * 0.004)}" opacity="0.35" stroke-linecap="round"/>`);
}

function sceneFields(ctx: SceneContext): void {
  const { W, H, rng, pal, body } = ctx;
  const horizon = H * rng.range(0.38, 0.46);
  sceneFlatSky(ctx, horizon);
  // far hills
  body.push(ridgeFill(W, horizon + H * 0.02, ridge(rng, horizon - H * 0.04, H * 0.03, 3), mix(pal.land[0], pal.sky[pal.sky.length - 1] as string, 0.45), 32));
  body.push(ridgeFill(W, horizon + H * 0.02, ridge(rng, horizon - H * 0.01, H * 0.015, 4), mix(pal.land[1], pal.sky[pal.sky.length - 1] as string, 0.3), 32));
  const vx = rng.range(0.3, 0.7) * W;
  const fieldA = mix('#7d8a4f', pal.land[1], 0.35);
  const fieldB = mix('#b59a5a', pal.land[0], 0.3);
  const fieldC = mix('#5e7048', pal.land[2], 0.3);
  body.push(`<rect y="${f(horizon)}" width="${f(W)}" height="${f(H - horizon)}" fill="${fieldA}"/>`);
  // converging row wedges
  const rays = 46;
  const span = W * 3.2;
  let dA = '';
  let dC = '';
  for (let i = 0; i < rays; i++) {
    const x0 = vx - span / 2 + (i / rays) * span;
    const x1 = vx - span / 2 + ((i + 0.5) / rays) * span;
    const wedge = `M${f(vx)},${f(horizon)}L${f(x0)},${f(H)}L${f(x1)},${f(H)}Z`;
    if (i % 2 === 0) dA += wedge;
    else dC += wedge;
  }
  body.push(`<path d="${dA}" fill="${fieldB}" opacity="0.55"/>`);
  body.push(`<path d="${dC}" fill="${fieldC}" opacity="0.5"/>`);
  // patchwork bands across the distance
  for (let b = 0; b < 4; b++) {
    const y = horizon + (H - horizon) * (0.04 + b * b * 0.05);
    const h = (H - horizon) * (0.02 + b * 0.015);
    body.push(`<rect y="${f(y)}" width="${f(W)}" height="${f(h)}" fill="${b % 2 ? fieldB : fieldC}" opacity="0.45"/>`);
  }
  // tree line at horizon
  let trees = '';
  let x = 0;
  while (x < W) {
    const r = rng.range(0.004, 0.012) * W;
    if (rng.chance(0.6)) trees += `M${f(x - r)},${f(horizon + 1)}a${f(r)},${f(r * 1.1)} 0 0 1 ${f(r * 2)},0Z`;
    x += r * rng.range(1.4, 3.5);
  }
  body.push(`<path d="${trees}" fill="${pal.land[2]}" opacity="0.8"/>`);
  // farmhouse and water tower
  const hx = rng.range(0.1, 0.85) * W;
  const hy = horizon + 1;
  const hw = W * 0.04;
  const hh = H * 0.035;
  body.push(`<path d="M${f(hx)},${f(hy)}v${f(-hh)}l${f(hw / 2)},${f(-hh * 0.55)}l${f(hw / 2)},${f(hh * 0.55)}v${f(hh)}Z" fill="${pal.land[3]}" opacity="0.85"/>`);
  body.push(`<path d="M${f(hx + hw * 1.5)},${f(hy)}v${f(-hh * 2.4)}M${f(hx + hw * 2.1)},${f(hy)}v${f(-hh * 2.4)}" stroke="${pal.land[3]}" stroke-width="2" opacity="0.8"/><rect x="${f(hx + hw * 1.3)}" y="${f(hy - hh * 3.3)}" width="${f(hw)}" height="${f(hh)}" rx="3" fill="${pal.land[3]}" opacity="0.85"/>`);
  haze(ctx, horizon + H * 0.01, H * 0.08, pal.sky[pal.sky.length - 1] as string, 0.45);
}

function sceneSolar(ctx: SceneContext): void {
  const { W, H, rng, pal, defs, body } = ctx;
  const horizon = H * rng.range(0.4, 0.48);
  sceneFlatSky(ctx, horizon);
  body.push(ridgeFill(W, horizon + 2, ridge(rng, horizon - H * 0.05, H * 0.035, 3), mix(pal.land[0], pal.sky[pal.sky.length - 1] as string, 0.45), 32));
  defs.push(linearGradient('ground', [mix(pal.land[0], pal.sun, 0.2), pal.land[1]]));
  body.push(`<rect y="${f(horizon)}" width="${f(W)}" height="${f(H - horizon)}" fill="url(#ground)"/>`);
  defs.push(linearGradient('panel', ['#3c5a72', '#243a4f', '#1b2b3d']));

  const vx = rng.range(0.3, 0.7) * W;
  const rows = 11;
  const blocks = rng.int(4, 6);
  const gap = 0.035;
  let panels = '';
  let shadows = '';
  let grid = '';
  let shine = '';
  for (let r = 0; r < rows; r++) {
    // perspective spacing
    const t0 = (r + 1) / (rows + 1);
    const y0 = horizon + (H - horizon) * t0 ** 1.7 + 4;
    const depth = (y0 - horizon) / (H - horizon);
    const ph = (H - horizon) * 0.07 * (0.25 + depth * 1.1);
    const half0 = W * 0.08 + W * 0.95 * depth;
    const half1 = half0 * 1.03;
    const xAt = (u: number, bottom: boolean): number => vx + (bottom ? half1 : half0) * (u * 2 - 1);
    for (let b = 0; b < blocks; b++) {
      const ua = b / blocks + gap / 2;
      const ub = (b + 1) / blocks - gap / 2;
      const a0 = xAt(ua, false);
      const b0 = xAt(ub, false);
      const a1 = xAt(ua, true);
      const b1 = xAt(ub, true);
      panels += `M${f(a0)},${f(y0)}L${f(b0)},${f(y0)}L${f(b1)},${f(y0 + ph)}L${f(a1)},${f(y0 + ph)}Z`;
      shadows += `M${f(a1)},${f(y0 + ph)}L${f(b1)},${f(y0 + ph)}L${f(b1 + ph * 0.3)},${f(y0 + ph * 1.35)}L${f(a1 + ph * 0.3)},${f(y0 + ph * 1.35)}Z`;
      grid += `M${f(a0)},${f(y0 + ph / 2)}L${f(b0)},${f(y0 + ph / 2)}`;
      shine += `M${f(a0)},${f(y0 + 0.5)}L${f(b0)},${f(y0 + 0.5)}`;
      const cols = 7;
      for (let c = 1; c < cols; c++) {
        const u = ua + ((ub - ua) * c) / cols;
        grid += `M${f(xAt(u, false))},${f(y0)}L${f(xAt(u, true))},${f(y0 + ph)}`;
      }
    }
  }
  body.push(`<path d="${shadows}" fill="${pal.land[3]}" opacity="0.35"/>`);
  body.push(`<path d="${panels}" fill="url(#panel)"/>`);
  body.push(`<path d="${grid}" stroke="#8fb0c4" stroke-width="${f(Math.max(0.8, W * 0.0006))}" opacity="0.35"/>`);
  body.push(`<path d="${shine}" stroke="${pal.sun}" stroke-width="${f(W * 0.0012)}" opacity="0.55"/>`);
  haze(ctx, horizon + H * 0.01, H * 0.08, pal.sky[pal.sky.length - 1] as string, 0.5);
}

function sceneContours(ctx: SceneContext): void {
  const { W, H, rng, pal, defs, body } = ctx;
  const paper = mix(pal.sky[pal.sky.length - 1] as string, '#efe6d2', 0.55);
  const paper2 = mix(paper, pal.land[0], 0.22);
  defs.push(`<linearGradient id="paper" x1="0.2" y1="0" x2="0.8" y2="1"><stop offset="0%" stop-color="${paper}"/><stop offset="100%" stop-color="${paper2}"/></linearGradient>`);
  body.push(`<rect width="${f(W)}" height="${f(H)}" fill="url(#paper)"/>`);

  // sea on one side, with bathymetric offset lines
  const fromLeft = rng.chance(0.5);
  const seedPhase = rng.range(0, 6.28);
  const coast = (y: number, off: number): number => {
    const u = y / H;
    const base = W * (0.18 + off) + Math.sin(u * 5.1 + seedPhase) * W * 0.04 + Math.sin(u * 13.7 + seedPhase * 2) * W * 0.015;
    return fromLeft ? base : W - base;
  };
  const seaColor = mix(pal.water[0], paper, 0.35);
  const coastPts: Array<[number, number]> = [];
  for (let k = 0; k <= 30; k++) coastPts.push([coast((k / 30) * H, 0), (k / 30) * H]);
  const edgeX = fromLeft ? 0 : W;
  body.push(`<path d="${smoothPath(coastPts)}L${f(edgeX)},${f(H)}L${f(edgeX)},0Z" fill="${seaColor}" opacity="0.85"/>`);
  for (let b = 1; b <= 5; b++) {
    const pts: Array<[number, number]> = [];
    for (let k = 0; k <= 30; k++) pts.push([coast((k / 30) * H, -b * 0.022), (k / 30) * H]);
    body.push(`<path d="${smoothPath(pts)}" fill="none" stroke="${mix(pal.water[1], paper, 0.3)}" stroke-width="1.4" opacity="${f(0.55 - b * 0.07)}"/>`);
  }

  // hills as nested wobbly rings
  const centers = rng.int(3, 5);
  const lineColor = mix(pal.land[2], paper, 0.2);
  for (let c = 0; c < centers; c++) {
    const cx = fromLeft ? rng.range(0.4, 0.92) * W : rng.range(0.08, 0.6) * W;
    const cy = rng.range(0.15, 0.85) * H;
    const maxR = rng.range(0.1, 0.24) * H;
    const harmonics = Array.from({ length: 4 }, (_, i) => ({ k: i + 2, a: rng.range(0.02, 0.11) / (i + 1), p: rng.range(0, 6.28) }));
    const rings = rng.int(6, 11);
    const fillTint = mix(pal.land[0], paper, 0.55);
    for (let r = rings; r >= 1; r--) {
      const rad = (maxR * r) / rings;
      const pts: Array<[number, number]> = [];
      const N = 28;
      for (let i = 0; i < N; i++) {
        const th = (i / N) * Math.PI * 2;
        const wobble = harmonics.reduce((acc, h) => acc + h.a * Math.sin(h.k * th + h.p + r * 0.15), 0);
        const rr = rad * (1 + wobble) * (1.5 - 0.5 * Math.abs(Math.cos(th)));
        pts.push([cx + Math.cos(th) * rr * 1.25, cy + Math.sin(th) * rr * 0.8]);
      }
      const index = r % 5 === 0;
      const filled = r === rings || r % 3 === 0;
      const fill = filled ? `fill="${fillTint}" fill-opacity="${f(0.1 + (1 - r / rings) * 0.12)}"` : 'fill="none"';
      body.push(`<path d="${smoothPath(pts, true)}" ${fill} stroke="${lineColor}" stroke-width="${index ? 2.2 : 1.1}" stroke-opacity="${index ? 0.75 : 0.5}"/>`);
    }
  }

  // towns and a dashed route between them
  const towns: Array<[number, number]> = [];
  for (let t = 0; t < rng.int(4, 6); t++) {
    towns.push([fromLeft ? rng.range(0.3, 0.95) * W : rng.range(0.05, 0.7) * W, rng.range(0.1, 0.9) * H]);
  }
  towns.sort((a, b) => a[1] - b[1]);
  body.push(`<path d="${smoothPath(towns)}" fill="none" stroke="${pal.accents[0]}" stroke-width="${f(W * 0.003)}" stroke-dasharray="${f(W * 0.012)} ${f(W * 0.008)}" stroke-linecap="round" opacity="0.85"/>`);
  for (const [x, y] of towns) {
    body.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(W * 0.008)}" fill="${paper}" stroke="${pal.land[3]}" stroke-width="${f(W * 0.0025)}"/>`);
  }
  // graticule
  let grat = '';
  for (let gx = 1; gx < 6; gx++) grat += `M${f((gx / 6) * W)},0V${f(H)}`;
  for (let gy = 1; gy < 4; gy++) grat += `M0,${f((gy / 4) * H)}H${f(W)}`;
  body.push(`<path d="${grat}" stroke="${pal.land[3]}" stroke-width="1" opacity="0.12"/>`);
}

function pylonPath(x: number, baseY: number, h: number): { d: string; arms: Array<[number, number]> } {
  const wb = h * 0.28;
  const wt = h * 0.06;
  const topY = baseY - h;
  const l = (u: number) => x - wb / 2 + ((wb - wt) / 2) * u;
  const r = (u: number) => x + wb / 2 - ((wb - wt) / 2) * u;
  const yAt = (u: number) => baseY - h * u;
  let d = `M${f(l(0))},${f(baseY)}L${f(l(1))},${f(topY)}M${f(r(0))},${f(baseY)}L${f(r(1))},${f(topY)}`;
  // lattice bracing
  const steps = 7;
  for (let i = 0; i < steps; i++) {
    const u0 = i / steps;
    const u1 = (i + 1) / steps;
    d += `M${f(l(u0))},${f(yAt(u0))}L${f(r(u1))},${f(yAt(u1))}M${f(r(u0))},${f(yAt(u0))}L${f(l(u1))},${f(yAt(u1))}`;
  }
  // cross arms
  const arms: Array<[number, number]> = [];
  for (const [u, span] of [
    [0.72, 0.42],
    [0.86, 0.34],
    [0.98, 0.2],
  ] as const) {
    const y = yAt(u);
    const s = h * span;
    d += `M${f(x - s)},${f(y)}L${f(x + s)},${f(y)}M${f(x - s)},${f(y)}L${f(x)},${f(y - h * 0.05)}L${f(x + s)},${f(y)}`;
    arms.push([x - s, y + h * 0.03], [x + s, y + h * 0.03]);
  }
  d += `M${f(x)},${f(topY)}L${f(x)},${f(topY - h * 0.06)}`;
  return { d, arms };
}

function scenePylons(ctx: SceneContext): void {
  const { W, H, rng, pal, body } = ctx;
  const horizon = H * rng.range(0.62, 0.7);
  skyAndSun(ctx, H, rng.range(0.15, 0.85) * W, horizon - H * rng.range(0.06, 0.2), H * 0.06);
  birds(ctx, rng.int(3, 7), pal.land[3]);
  body.push(ridgeFill(W, H, ridge(rng, horizon - H * 0.04, H * 0.03, 3), mix(pal.land[0], pal.sky[pal.sky.length - 1] as string, 0.4), 32));
  haze(ctx, horizon - H * 0.03, H * 0.1, pal.sky[pal.sky.length - 1] as string, 0.4);
  body.push(ridgeFill(W, H, ridge(rng, horizon + H * 0.04, H * 0.03, 3), pal.land[1], 32));
  const groundY = ridge(rng, horizon + H * 0.16, H * 0.025, 2);
  body.push(ridgeFill(W, H, groundY, pal.land[3], 32));

  // receding line of pylons, left-to-right or right-to-left
  const ltr = rng.chance(0.5);
  const count = 5;
  const towers: Array<{ arms: Array<[number, number]> }> = [];
  let towerD = '';
  for (let i = 0; i < count; i++) {
    const t = i / (count - 1);
    const scale = (1 - t * 0.8) ** 1.4;
    const x = ltr ? W * (0.12 + t * 0.72) : W * (0.88 - t * 0.72);
    const base = horizon + H * 0.2 * scale + H * 0.02;
    const h = H * 0.62 * scale;
    const p = pylonPath(x, base, h);
    towerD += p.d;
    towers.push(p);
  }
  const sw = Math.max(1.2, W * 0.0016);
  body.push(`<path d="${towerD}" fill="none" stroke="${pal.land[3]}" stroke-width="${f(sw)}" stroke-linejoin="round"/>`);
  // sagging wires
  let wires = '';
  for (let i = 0; i < towers.length - 1; i++) {
    const a = towers[i]!.arms;
    const b = towers[i + 1]!.arms;
    for (let k = 0; k < a.length; k++) {
      const p = a[k]!;
      const q = b[k]!;
      const sag = Math.abs(q[0] - p[0]) * 0.08;
      wires += `M${f(p[0])},${f(p[1])}Q${f((p[0] + q[0]) / 2)},${f((p[1] + q[1]) / 2 + sag)} ${f(q[0])},${f(q[1])}`;
    }
  }
  // wires leaving the frame from the nearest tower
  const near = towers[0]!.arms;
  for (const p of near) {
    const ex = ltr ? -W * 0.05 : W * 1.05;
    wires += `M${f(p[0])},${f(p[1])}Q${f((p[0] + ex) / 2)},${f(p[1] + H * 0.05)} ${f(ex)},${f(p[1] + H * 0.02)}`;
  }
  body.push(`<path d="${wires}" fill="none" stroke="${pal.land[3]}" stroke-width="${f(sw * 0.7)}" opacity="0.8"/>`);
}

function palmPath(rng: Rng, x: number, baseY: number, h: number): string {
  const lean = rng.range(-0.25, 0.25) * h;
  const topX = x + lean;
  const topY = baseY - h;
  const tw = Math.max(2, h * 0.035);
  let d = `M${f(x - tw)},${f(baseY)}Q${f(x + lean * 0.3 - tw)},${f(baseY - h * 0.55)} ${f(topX - tw * 0.5)},${f(topY)}L${f(topX + tw * 0.5)},${f(topY)}Q${f(x + lean * 0.3 + tw)},${f(baseY - h * 0.55)} ${f(x + tw)},${f(baseY)}Z`;
  const fronds = rng.int(7, 10);
  for (let i = 0; i < fronds; i++) {
    const ang = -Math.PI / 2 + (i / (fronds - 1) - 0.5) * Math.PI * 1.5 + rng.range(-0.1, 0.1);
    const len = h * rng.range(0.3, 0.42);
    const ex = topX + Math.cos(ang) * len;
    const ey = topY + Math.sin(ang) * len * 0.55 + len * 0.4;
    const cx = topX + Math.cos(ang) * len * 0.55;
    const cy = topY + Math.sin(ang) * len * 0.55 - len * 0.05;
    const w = len * 0.09;
    d += `M${f(topX)},${f(topY)}Q${f(cx)},${f(cy - w)} ${f(ex)},${f(ey)}Q${f(cx)},${f(cy + w)} ${f(topX)},${f(topY)}Z`;
  }
  return d;
}

function sceneRiver(ctx: SceneContext): void {
  const { W, H, rng, pal, defs, body } = ctx;
  const horizon = H * rng.range(0.52, 0.58);
  sceneFlatSky(ctx, horizon);
  // far bank
  body.push(ridgeFill(W, horizon + 1, ridge(rng, horizon - H * 0.03, H * 0.01, 3), mix(pal.land[0], pal.sky[pal.sky.length - 1] as string, 0.45), 32));
  let palms = '';
  let x = rng.range(0, 0.05) * W;
  while (x < W) {
    if (rng.chance(0.75)) palms += palmPath(rng, x, horizon + 2, H * rng.range(0.12, 0.26));
    x += rng.range(0.03, 0.09) * W;
  }
  const bankColor = pal.land[2];
  body.push(`<path d="${palms}" fill="${bankColor}"/>`);
  body.push(`<rect y="${f(horizon - H * 0.012)}" width="${f(W)}" height="${f(H * 0.016)}" fill="${bankColor}"/>`);
  // water
  defs.push(linearGradient('river', [mix(pal.water[0], pal.sun, 0.2), pal.water[1]]));
  body.push(`<rect y="${f(horizon + 2)}" width="${f(W)}" height="${f(H - horizon)}" fill="url(#river)"/>`);
  // reflection of palms
  body.push(`<path transform="translate(0 ${f(2 * horizon + 6)}) scale(1 -1)" d="${palms}" fill="${bankColor}" fill-opacity="0.2"/>`);
  let ripples = '';
  for (let i = 0; i < 70; i++) {
    const t = rng();
    const y = horizon + 6 + (H - horizon) * t;
    const len = rng.range(0.02, 0.09) * W * (0.5 + t);
    const xx = rng() * W;
    ripples += `M${f(xx)},${f(y)}h${f(len)}`;
  }
  body.push(`<path d="${ripples}" stroke="${pal.sun}" stroke-width="${f(H * 0.002)}" opacity="0.3" stroke-linecap="round"/>`);
  // near reeds on a corner
  const left = rng.chance(0.5);
  let reeds = '';
  for (let i = 0; i < 34; i++) {
    const rx = left ? rng.range(0, 0.22) * W : W - rng.range(0, 0.22) * W;
    const rh = rng.range(0.08, 0.22) * H;
    const bend = rng.range(-0.04, 0.04) * W;
    reeds += `M${f(rx)},${f(H)}Q${f(rx + bend * 0.3)},${f(H - rh * 0.6)} ${f(rx + bend)},${f(H - rh)}`;
  }
  body.push(`<path d="${reeds}" fill="none" stroke="${pal.land[3]}" stroke-width="${f(W * 0.0022)}" stroke-linecap="round" opacity="0.9"/>`);
  // a small boat
  const bx = rng.range(0.3, 0.7) * W;
  const by = horizon + (H - horizon) * rng.range(0.25, 0.45);
  const bw = W * 0.07;
  body.push(`<path d="M${f(bx)},${f(by)}Q${f(bx + bw / 2)},${f(by + bw * 0.18)} ${f(bx + bw)},${f(by)}Q${f(bx + bw / 2)},${f(by + bw * 0.06)} ${f(bx)},${f(by)}Z" fill="${pal.land[3]}"/><path d="M${f(bx + bw * 0.55)},${f(by + 2)}L${f(bx + bw * 0.45)},${f(by - bw * 0.5)}" stroke="${pal.land[3]}" stroke-width="2"/>`);
}

function sceneNetwork(ctx: SceneContext): void {
  const { W, H, rng, pal, defs, body } = ctx;
  const bgTop = mix(pal.land[3], '#0f1626', 0.5);
  const bgBottom = mix(pal.land[2], '#1b2a3a', 0.5);
  defs.push(linearGradient('bg', [bgTop, bgBottom]));
  body.push(`<rect width="${f(W)}" height="${f(H)}" fill="url(#bg)"/>`);
  // faint isometric grid
  let grid = '';
  const step = W / 16;
  for (let i = -10; i < 27; i++) {
    grid += `M${f(i * step)},0L${f(i * step + H * 0.58)},${f(H)}`;
    grid += `M${f(i * step)},0L${f(i * step - H * 0.58)},${f(H)}`;
  }
  body.push(`<path d="${grid}" stroke="${pal.sky[0]}" stroke-width="1" opacity="0.08"/>`);
  // concentric arcs
  const ax = rng.range(0.55, 0.85) * W;
  const ay = rng.range(0.3, 0.7) * H;
  for (let r = 1; r <= 6; r++) {
    body.push(`<circle cx="${f(ax)}" cy="${f(ay)}" r="${f(r * H * 0.1)}" fill="none" stroke="${pal.accents[2]}" stroke-width="1.2" opacity="${f(0.28 - r * 0.035)}"/>`);
  }
  // nodes
  const nodes: Array<[number, number, number]> = [];
  const n = rng.int(34, 48);
  for (let i = 0; i < n; i++) {
    const cluster = rng.chance(0.45);
    const x = cluster ? ax + rng.range(-0.25, 0.25) * W : rng.range(0.03, 0.97) * W;
    const y = cluster ? ay + rng.range(-0.3, 0.3) * H : rng.range(0.05, 0.95) * H;
    nodes.push([x, y, rng.range(0.6, 1.6)]);
  }
  let links = '';
  nodes.forEach(([x, y], i) => {
    const nearest = nodes
      .map(([x2, y2], j) => ({ j, d: (x2 - x) ** 2 + (y2 - y) ** 2 }))
      .filter((o) => o.j !== i)
      .sort((a, b) => a.d - b.d)
      .slice(0, 2);
    for (const { j } of nearest) {
      const [x2, y2] = nodes[j]!;
      links += `M${f(x)},${f(y)}L${f(x2)},${f(y2)}`;
    }
  });
  body.push(`<path d="${links}" stroke="${mix(pal.accents[2], '#ffffff', 0.2)}" stroke-width="${f(W * 0.0011)}" opacity="0.45"/>`);
  defs.push(radialGlow('node', pal.accents[1], 0.9));
  for (const [x, y, s] of nodes) {
    body.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(W * 0.012 * s)}" fill="url(#node)"/>`);
    body.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(W * 0.0028 * s)}" fill="${mix(pal.accents[1], '#ffffff', 0.35)}"/>`);
  }
  // one highlighted path
  const pick = Array.from({ length: 4 }, () => nodes[rng.int(0, nodes.length - 1)]!);
  pick.sort((a, b) => a[0] - b[0]);
  body.push(`<path d="${smoothPath(pick.map(([x, y]) => [x, y] as [number, number]))}" fill="none" stroke="${pal.accents[0]}" stroke-width="${f(W * 0.0025)}" opacity="0.75"/>`);
}

const SCENE_FNS: Record<DemoScene, (ctx: SceneContext) => void> = {
  skyline: sceneSkyline,
  port: scenePort,
  dunes: sceneDunes,
  fields: sceneFields,
  solar: sceneSolar,
  contours: sceneContours,
  pylons: scenePylons,
  river: sceneRiver,
  network: sceneNetwork,
};

function isScene(value: string): value is DemoScene {
  return (DEMO_SCENES as readonly string[]).includes(value);
}

/** Which scene family a key renders as (a "scene-" or "scene:" prefix wins, otherwise hash). */
export function demoSceneFor(key: string): DemoScene {
  const prefix = key.split(/[-:]/, 1)[0] ?? '';
  if (isScene(prefix)) return prefix;
  return DEMO_SCENES[hashString(key) % DEMO_SCENES.length] as DemoScene;
}

function vignette(W: number, H: number): { def: string; rect: string } {
  // Two linear edge gradients: much cheaper to rasterise than a radial one.
  const stops = '<stop offset="0%" stop-color="#000" stop-opacity="0.22"/><stop offset="22%" stop-color="#000" stop-opacity="0"/><stop offset="78%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#000" stop-opacity="0.22"/>';
  return {
    def: `<linearGradient id="vigx" x1="0" y1="0" x2="1" y2="0">${stops}</linearGradient><linearGradient id="vigy" x1="0" y1="0" x2="0" y2="1">${stops}</linearGradient>`,
    rect: `<rect width="${f(W)}" height="${f(H)}" fill="url(#vigx)"/><rect width="${f(W)}" height="${f(H)}" fill="url(#vigy)"/>`,
  };
}

/** Build the SVG for an illustration (exported for tests and previews). */
export function demoImageSvg(key: string, width = 1600, height = 900): string {
  const W = Math.max(16, Math.round(width));
  const H = Math.max(16, Math.round(height));
  const seed = hashString(key);
  const rng = makeRng(seed);
  const pal = PALETTES[hashString(`${key}#palette`) % PALETTES.length] as Palette;
  const ctx: SceneContext = { W, H, rng, pal, defs: [], body: [] };
  SCENE_FNS[demoSceneFor(key)](ctx);
  const v = vignette(W, H);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${ctx.defs.join('')}${v.def}</defs>${ctx.body.join('')}${v.rect}</svg>`;
}

/** Deterministic editorial illustration for a key, as a JPEG buffer. */
export async function makeDemoImage(key: string, width = 1600, height = 900): Promise<Buffer> {
  const svg = demoImageSvg(key, width, height);
  return (await loadSharp())(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** SVG for an abstract head-and-shoulders portrait. */
export function demoPortraitSvg(key: string, size = 400): string {
  const S = Math.max(16, Math.round(size));
  const rng = makeRng(hashString(`portrait:${key}`));
  const hue = hashString(key) % 360;
  const bgA = hslToHex(hue, 0.28, 0.72);
  const bgB = hslToHex(hue + rng.range(20, 50), 0.24, 0.5);
  const figure = hslToHex(hue + 180 + rng.range(-30, 30), 0.18, rng.range(0.2, 0.3));
  const figureLight = mix(figure, '#ffffff', 0.14);
  const halo = hslToHex(hue + rng.range(-20, 20), 0.35, 0.84);
  const headR = S * rng.range(0.15, 0.18);
  const headRy = headR * rng.range(1.12, 1.25);
  const cx = S * 0.5 + rng.range(-0.03, 0.03) * S;
  const headCy = S * rng.range(0.4, 0.44);
  const shoulderW = S * rng.range(0.36, 0.44);
  const shoulderTop = headCy + headRy + S * 0.05;
  const neckW = headR * 0.7;
  const hair = rng.chance(0.5);
  const hairColor = mix(figure, '#000000', 0.25);
  const hairPath = hair
    ? `<path d="M${f(cx - headR * 1.08)},${f(headCy + headRy * 0.3)}Q${f(cx - headR * 1.25)},${f(headCy - headRy * 1.2)} ${f(cx)},${f(headCy - headRy * 1.12)}Q${f(cx + headR * 1.25)},${f(headCy - headRy * 1.2)} ${f(cx + headR * 1.08)},${f(headCy + headRy * 0.3)}Q${f(cx + headR * 0.8)},${f(headCy - headRy * 0.55)} ${f(cx)},${f(headCy - headRy * 0.7)}Q${f(cx - headR * 0.8)},${f(headCy - headRy * 0.55)} ${f(cx - headR * 1.08)},${f(headCy + headRy * 0.3)}Z" fill="${hairColor}" opacity="0.9"/>`
    : '';
  const collar = rng.chance(0.5)
    ? `<path d="M${f(cx - neckW * 0.9)},${f(shoulderTop + S * 0.01)}L${f(cx)},${f(shoulderTop + S * 0.12)}L${f(cx + neckW * 0.9)},${f(shoulderTop + S * 0.01)}" fill="none" stroke="${figureLight}" stroke-width="${f(S * 0.012)}" stroke-linejoin="round"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}"><defs>${linearGradient('pbg', [bgA, bgB])}${radialGlow('phalo', halo, 0.8)}<linearGradient id="pfig" x1="0" y1="0" x2="1" y2="1"><stop offset="0%" stop-color="${figureLight}"/><stop offset="100%" stop-color="${figure}"/></linearGradient></defs>` +
    `<rect width="${S}" height="${S}" fill="url(#pbg)"/>` +
    `<circle cx="${f(cx)}" cy="${f(headCy)}" r="${f(S * 0.42)}" fill="url(#phalo)"/>` +
    `<path d="M${f(cx - shoulderW)},${f(S + 2)}L${f(cx - shoulderW)},${f(shoulderTop + S * 0.16)}Q${f(cx - shoulderW)},${f(shoulderTop)} ${f(cx - neckW * 1.4)},${f(shoulderTop)}L${f(cx + neckW * 1.4)},${f(shoulderTop)}Q${f(cx + shoulderW)},${f(shoulderTop)} ${f(cx + shoulderW)},${f(shoulderTop + S * 0.16)}L${f(cx + shoulderW)},${f(S + 2)}Z" fill="url(#pfig)"/>` +
    `<rect x="${f(cx - neckW / 2)}" y="${f(headCy + headRy * 0.6)}" width="${f(neckW)}" height="${f(shoulderTop - headCy - headRy * 0.6 + S * 0.02)}" fill="${figure}"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(headCy)}" rx="${f(headR)}" ry="${f(headRy)}" fill="url(#pfig)"/>` +
    hairPath +
    collar +
    `</svg>`;
}

/** Deterministic abstract author portrait (square JPEG). */
export async function makeDemoPortrait(key: string, size = 400): Promise<Buffer> {
  const svg = demoPortraitSvg(key, size);
  return (await loadSharp())(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
