// Gradient-boosted decision trees for binary classification (logistic loss), on quantile-binned features.
// Small and dependency-free: enough for ~1,500 pages and ~100 features.

export interface TreeNode {
  /** Feature index for a split; -1 for a leaf. */
  f: number;
  /** Split threshold: go left when x[f] <= t. */
  t: number;
  l: number;
  r: number;
  /** Leaf value. */
  v: number;
}

export interface GbdtModel {
  features: string[];
  base: number;
  rate: number;
  trees: TreeNode[][];
}

export interface GbdtOptions {
  rounds?: number;
  rate?: number;
  depth?: number;
  minLeaf?: number;
  bins?: number;
  /** L2 on leaf values. */
  lambda?: number;
  /** Fraction of features tried at each tree (column subsampling), with a seeded RNG. */
  colsample?: number;
  seed?: number;
}

export function fitGbdt(xs: Record<string, number>[], ys: boolean[], features: string[], o: GbdtOptions = {}): GbdtModel {
  const rounds = o.rounds ?? 150;
  const rate = o.rate ?? 0.1;
  const depth = o.depth ?? 3;
  const minLeaf = o.minLeaf ?? 8;
  const nb = o.bins ?? 32;
  const lambda = o.lambda ?? 1;
  const colsample = o.colsample ?? 0.8;
  let seed = o.seed ?? 1;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const n = xs.length;
  const d = features.length;
  // Quantile bin edges per feature.
  const X = xs.map((x) => features.map((f) => x[f] ?? 0));
  const edges: number[][] = [];
  const B: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const vals = [...new Set(X.map((r) => r[j]!))].sort((a, b) => a - b);
    let e: number[];
    if (vals.length <= nb) e = vals.slice(0, -1).map((v, i) => (v + vals[i + 1]!) / 2);
    else {
      e = [];
      const sorted = X.map((r) => r[j]!).sort((a, b) => a - b);
      for (let k = 1; k < nb; k++) {
        const q = sorted[Math.floor((k * n) / nb)]!;
        if (!e.length || q > e[e.length - 1]!) e.push(q);
      }
    }
    edges.push(e);
    const col = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = X[i]![j]!;
      let b = 0;
      while (b < e.length && v > e[b]!) b++;
      col[i] = b;
    }
    B.push(col);
  }
  const y = ys.map((v) => (v ? 1 : 0));
  const pos = y.reduce((a: number, b) => a + b, 0);
  const base = Math.log((pos + 1) / (n - pos + 1));
  const F = new Float64Array(n).fill(base);
  const trees: TreeNode[][] = [];
  for (let round = 0; round < rounds; round++) {
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]!));
      g[i] = p - y[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const cols = Array.from({ length: d }, (_, j) => j).filter(() => rand() < colsample);
    const nodes: TreeNode[] = [];
    const build = (idx: number[], level: number): number => {
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i]!;
        H += h[i]!;
      }
      const me = nodes.length;
      nodes.push({ f: -1, t: 0, l: -1, r: -1, v: -G / (H + lambda) });
      if (level >= depth || idx.length < 2 * minLeaf) return me;
      let best = 0;
      let bf = -1;
      let bb = -1;
      for (const j of cols) {
        const e = edges[j]!;
        if (!e.length) continue;
        const gs = new Float64Array(e.length + 1);
        const hs = new Float64Array(e.length + 1);
        const cs = new Int32Array(e.length + 1);
        const col = B[j]!;
        for (const i of idx) {
          const b = col[i]!;
          gs[b]! += g[i]!;
          hs[b]! += h[i]!;
          cs[b]!++;
        }
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let b = 0; b < e.length; b++) {
          gl += gs[b]!;
          hl += hs[b]!;
          cl += cs[b]!;
          const cr = idx.length - cl;
          if (cl < minLeaf || cr < minLeaf) continue;
          const gr = G - gl;
          const hr = H - hl;
          const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (G * G) / (H + lambda);
          if (gain > best) {
            best = gain;
            bf = j;
            bb = b;
          }
        }
      }
      if (bf < 0) return me;
      const col = B[bf]!;
      const left = idx.filter((i) => col[i]! <= bb);
      const right = idx.filter((i) => col[i]! > bb);
      const node = nodes[me]!;
      node.f = bf;
      node.t = edges[bf]![bb]!;
      node.l = build(left, level + 1);
      node.r = build(right, level + 1);
      return me;
    };
    build(Array.from({ length: n }, (_, i) => i), 0);
    trees.push(nodes);
    for (let i = 0; i < n; i++) F[i]! += rate * evalTree(nodes, X[i]!);
  }
  return { features, base, rate, trees };
}

export function evalTree(nodes: readonly TreeNode[], x: readonly number[]): number {
  let k = 0;
  for (;;) {
    const node = nodes[k]!;
    if (node.f < 0) return node.v;
    k = x[node.f]! <= node.t ? node.l : node.r;
  }
}

export function predictGbdt(m: GbdtModel, x: Record<string, number>): number {
  const v = m.features.map((f) => x[f] ?? 0);
  let z = m.base;
  for (const t of m.trees) z += m.rate * evalTree(t, v);
  return 1 / (1 + Math.exp(-z));
}
