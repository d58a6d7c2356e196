import { NER_WEIGHTS } from './ner-weights.ts';
import { TAG_COUNT } from '../features.ts';
import { CompactWeights, type TaggerWeights } from '../tagger.ts';

let cached: TaggerWeights | null = null;

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The bundled tagger weights, decoded once on first use. */
export function loadNerWeights(): TaggerWeights {
  if (cached) return cached;
  if (NER_WEIGHTS.tags !== TAG_COUNT) throw new Error(`NER model has ${NER_WEIGHTS.tags} tags, code expects ${TAG_COUNT}: run npm run train.`);
  const bytes = new Int8Array(decodeBase64(NER_WEIGHTS.int8Base64).buffer);
  cached = new CompactWeights(NER_WEIGHTS.buckets, bytes, NER_WEIGHTS.scale, NER_WEIGHTS.exact);
  return cached;
}
