// A small L2-regularised logistic regression (full-batch gradient descent on standardised features).

export interface LogRegModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  threshold: number;
}

export interface Sample {
  x: Record<string, number>;
  y: boolean;
}

export function fitLogReg(samples: Sample[], features: string[], options: { l2?: number; iterations?: number; rate?: number } = {}): LogRegModel {
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 3000;
  const rate = options.rate ?? 0.5;
  const n = samples.length;
  const d = features.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const s of samples) features.forEach((f, j) => (mean[j]! += s.x[f] ?? 0));
  for (let j = 0; j < d; j++) mean[j]! /= n;
  for (const s of samples) features.forEach((f, j) => (scale[j]! += ((s.x[f] ?? 0) - mean[j]!) ** 2));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]! / n) || 1;
  const X = samples.map((s) => features.map((f, j) => ((s.x[f] ?? 0) - mean[j]!) / scale[j]!));
  const Y = samples.map((s) => (s.y ? 1 : 0));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const xi = X[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * xi[j]!;
      const e = 1 / (1 + Math.exp(-z)) - Y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += e * xi[j]!;
      gb += e;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (gw[j]! / n + l2 * w[j]!);
    b -= rate * (gb / n);
  }
  return { features, mean, scale, weights: w, bias: b, threshold: 0.5 };
}

export function predict(model: LogRegModel, x: Record<string, number>): number {
  let z = model.bias;
  model.features.forEach((f, j) => (z += model.weights[j]! * (((x[f] ?? 0) - model.mean[j]!) / model.scale[j]!)));
  return 1 / (1 + Math.exp(-z));
}

export function accuracy(model: LogRegModel, samples: Sample[]): { acc: number; tp: number; fp: number; fn: number; tn: number } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const s of samples) {
    const p = predict(model, s.x) >= model.threshold;
    if (p && s.y) tp++;
    else if (p) fp++;
    else if (s.y) fn++;
    else tn++;
  }
  return { acc: (tp + tn) / samples.length, tp, fp, fn, tn };
}
