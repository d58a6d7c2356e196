// What `npm run bench -- nlp` times: the analysis and the first-use steps it reports on their own.
export { analyzeText } from '../../utils/nlp/index.ts';
export { bundledNameWordClasses, learnedLexicon } from '../../utils/nlp/lexicon.ts';
export { loadNerWeights } from '../../utils/nlp/model/load.ts';
