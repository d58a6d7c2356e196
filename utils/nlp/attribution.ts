import type { NameMention } from './types.ts';
import { isQuoteMarkText } from './quote-tokens.ts';
import { COMMON_ACRONYMS } from './gazetteer.ts';
import { isRoleHead, SUBJECT_PRONOUNS } from './roles.ts';
import { endsLikeOrganisation, endsLikePlace, isNamedByOrdinaryWord, looksLikePerson, readsAsBody } from './speech-person.ts';
import type { Token } from './tokenize.ts';
import { LOWER_CASE_START, LOWER_CASE_WORD, UPPER_CASE_START } from './word-shapes.ts';
import { CALENDAR_WORDS, CAPITALS_LABEL, CLAUSE_MARKERS, CLAUSE_OPENERS, RUBRIC_LABELS } from './speech-words.ts';
import { CLAUSE_VERBS, DETERMINERS_BEFORE_NOUN, isAdjectiveUse, isHeadlineCue, isPluralNounUse, isPutItCue, isSubjectNounUse, REPORTING_VERBS, SPEECH_VERBS, speechVerbWithin } from './speech-verbs.ts';
import { addsThings, afterVerbIsTail, ASKING_VERBS, asksForComment, commaBeforeSubject, HABIT_VERBS, hasVerbBetween, opensClause, opensObjectPhrase, saysOfWhatIsSaid, THOUGHT_VERBS } from './reported-clauses.ts';
import { type AttributedQuote, type AttributionContext, type AttributionInput, clusterOf, createAttributionContext, hasHonorific, isMark, isSpeakerType, type Subject, tokenAt } from './attribution-context.ts';
import { untypedNameStartingAt } from './untyped-names.ts';
import { isSubjectLike, modifiesNounAfter } from './name-phrases.ts';
import { resolvePronoun } from './pronouns.ts';
import { coordinatedSubject, relativeSubject, skipToSubject, subjectAfter, subjectBefore, unnamedSubjectBefore } from './speech-subjects.ts';
import { makeQuote, personSharingGivenName, personSharingSurname } from './quote-speakers.ts';
import { findDirectQuotes } from './direct-quotes.ts';
export { isHeadlineCue, isQuoteCue, isSpeechVerbForm } from './speech-verbs.ts';
export { commaBeforeSubject, opensObjectPhrase } from './reported-clauses.ts';
export { isAccordingToSource, isSubjectLike } from './name-phrases.ts';
export { unnamedSubjectBefore } from './speech-subjects.ts';
export type { AttributedQuote, AttributionInput } from './attribution-context.ts';

/** One word for the people someone speaks to ("told reporters that", "insisted to me that"). */
const LISTENER_WORDS = new Set(['me', 'us', 'him', 'her', 'them', 'reporters', 'journalists', 'lawmakers', 'investors', 'analysts', 'supporters', 'colleagues', 'voters', 'viewers', 'listeners', 'readers']);

/** Speech verbs of an "as" frame ("As Evans noted, …", "As Smith put it, …"); not "as Clinton talked about …" (while). */
const AS_FRAME_VERBS = new Set('said|says|noted|notes|wrote|writes|told|tells|explained|explains|observed|observes|reported|reports|argued|argues|pointed|put|puts|remarked|recalled|acknowledged|warned|suggested|stated|stressed|emphasized|emphasised'.split('|'));

/** Words that open a phrase of where, when or how before a sentence's subject ("During a rally …, Trump said"), never the words said. */
const SCENE_OPENERS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'following', 'here', 'meanwhile', 'however', 'earlier', 'later', 'speaking', 'addressing', 'appearing']);

/** Marks that end a sentence or a quotation, left out of what was said after a reporting verb. */
const CONTENT_END_MARKS = new Set(['.', '!', '?', '"', '”', '’', '»']);

export function attributeQuotes(input: AttributionInput): AttributedQuote[] {
  const ctx = createAttributionContext(input);
  const { text, tokens, mentions, clusters, lexicon, mentionByToken, mentionEndingAt, quoteSpans, insideQuote, insideMarks, adhocClusters, personBySurname, personByGivenName } = ctx;

  const results: AttributedQuote[] = [];

  // Direct quotes.
  const direct = findDirectQuotes(ctx);

  // Reported speech: "X said (that) ...", "..., X said.", "according to X, ...".
  const reported: AttributedQuote[] = [];
  const { insideReported } = ctx;
  const hasQuoteIn = (a: number, b: number): boolean => {
    for (let t = a; t < b; t++) if (insideQuote[t] || isMark(ctx, t)) return true;
    return false;
  };
  const pushReported = (entry: AttributedQuote): void => {
    reported.push(entry);
    for (let t = tokenAt(tokens, entry.quote.start); t < tokens.length && tokens[t]!.start < entry.quote.end; t++) insideReported[t] = 1;
  };
  /**
   * Where a scan for the "that" opening what was said stops, from the word after `anchor`: on "that", on a clause's word
   * ("would", "had"), on a comma (unless `overNameCommas` and a capitalised word or "that" follows it: "in Toledo, Ohio,
   * that"), or `limit` words on. The caller checks whether it stopped on "that".
   */
  const scanToThat = (anchor: number, limit: number, contentEnd: number, overNameCommas: boolean): number => {
    let index = anchor + 1;
    for (; index < contentEnd && index - anchor < limit; index++) {
      const text = tokens[index]!.text;
      if (text === 'that' || CLAUSE_MARKERS.has(text)) break;
      if (text === ',' && !(overNameCommas && (UPPER_CASE_START.test(tokens[index + 1]?.text ?? '') || tokens[index + 1]?.text === 'that'))) break;
    }
    return index;
  };
  /** Where the reported clause after a speech verb starts: past a listener ("told Reuters"), "on Monday", "that". */
  const clauseStart = (verb: number, lower: string, contentEnd: number): number => {
    // "As Michael Dell said last week in Tel Aviv, the company …", "As Clinton told the Daily News, …": after an "as"
    // frame, what was said opens after the frame's comma.
    const frameComma = asFrameComma(verb, contentEnd);
    if (frameComma >= 0) return frameComma + 1;
    let start = verb + 1;
    if (lower === 'told' || lower === 'tells') {
      // "told MSNBC's “Morning Joe” that ...": a listener however it is written, up to "that".
      let that = start;
      while (that < contentEnd && that - start < 8 && tokens[that]!.text !== 'that' && tokens[that]!.text !== ',') that++;
      // "told Reuters that ...", "told reporters ...": skip the listener.
      const listener = mentionByToken.get(start);
      if (that > start && tokens[that]?.text === 'that') start = that;
      else if (listener) start = listener.end;
      else if (/^(reporters|journalists|lawmakers|investors|analysts|me|us|him|her|them|parliament|congress|cops|police|investigators|officials|supporters|friends|colleagues|staff)$/i.test(tokens[start]?.text ?? '')) start++;
      else if (/^(the|a|an)$/i.test(tokens[start]?.text ?? '')) {
        // "told the newspaper that ...": the listener ends at "that"; without it the clause starts here.
        let next = start + 1;
        while (next < contentEnd && next - start < 4 && /^\p{Ll}+$/u.test(tokens[next]!.text) && tokens[next]!.text !== 'that') next++;
        if (tokens[next]?.text === 'that') start = next;
      }
    }
    // "pointed out that …": the particle belongs to the verb; so does "it" in "as Smith put it, …".
    if ((lower === 'pointed' && tokens[start]?.text === 'out') || ((lower === 'put' || lower === 'puts') && tokens[start]?.text === 'it')) start++;
    // "said in a statement that …": where or when the words were said, up to "that", over the commas around a place or a
    // day ("said at a campaign stop in Toledo, Ohio, that …", "said in a telephone interview Wednesday, that …").
    if (/^(?:in|at|during)$/.test(tokens[start]?.text ?? '')) {
      const that = scanToThat(start, 16, contentEnd, true);
      if (tokens[that]?.text === 'that') start = that;
    }
    // "said on Friday to Vermont Edition that …", "insisted to reporters that …": the listener, up to "that".
    if (tokens[start]?.text === 'to' || (tokens[start]?.text === 'on' && tokens[start + 2]?.text === 'to' && UPPER_CASE_START.test(tokens[start + 1]?.text ?? ''))) {
      const to = tokens[start]!.text === 'to' ? start : start + 2;
      const that = scanToThat(to, 8, contentEnd, false);
      // (A listener only: a name, "the" and a name, or one word for people; not "agreed to hear cases that …".)
      let listener = that > to + 1;
      for (let index = to + 1; index < that && listener; index++) {
        const text = tokens[index]!.text;
        listener = UPPER_CASE_START.test(text) || text === '’' || text === "'" || text === '’s' || text === "'s" || (index === to + 1 && (text === 'the' || (that === to + 2 && LISTENER_WORDS.has(text))));
      }
      if (tokens[that]?.text === 'that' && listener) start = that;
    }
    if (tokens[start]?.text === 'on' && UPPER_CASE_START.test(tokens[start + 1]?.text ?? '')) start += 2;
    // "said Wednesday he agrees …": the day is not part of what was said.
    else if (CALENDAR_WORDS.test(tokens[start]?.text ?? '')) start++;
    if (tokens[start]?.text === ',') start++;
    if (tokens[start]?.text === 'that') start++;
    // "said that, if elected, he would ...": the clause opens with an aside.
    if (tokens[start]?.text === ',' && tokens[start - 1]?.text === 'that') start++;
    return start;
  };
  /**
   * The comma that closes an "as" frame around the speech verb at `verb` ("As Evans noted, …", "As Clinton told the
   * Daily News, …"), or -1: "As" opening the sentence or a clause, a subject of up to six words without a comma that
   * holds a name, and the comma within ten words after the verb.
   */
  const asFrameComma = (verb: number, contentEnd: number): number => {
    if (!AS_FRAME_VERBS.has(tokens[verb]!.text)) return -1;
    const sentence = tokens[verb]!.sentence;
    let as = verb - 1;
    while (as > 0 && verb - as <= 6 && tokens[as]!.sentence === sentence && tokens[as]!.text !== ',' && !/^[Aa]s$/.test(tokens[as]!.text)) as--;
    if (as < 0 || verb - as < 2 || !/^[Aa]s$/.test(tokens[as]!.text) || tokens[as]!.sentence !== sentence) return -1;
    const before = tokens[as - 1];
    if (before && before.sentence === sentence && !/^(?:,|;|—|–|and|but)$/.test(before.text)) return -1;
    // (A named speaker only: "As I said when I reviewed it, …", "As the saying goes, …" are the writer's own words.)
    let named = false;
    for (let index = as + 1; index < verb && !named; index++) named = mentionByToken.has(index);
    if (!named) return -1;
    for (let index = verb + 1; index < contentEnd && index - verb <= 10 && tokens[index]!.sentence === sentence; index++) {
      if (tokens[index]!.text === ',') return index;
      if (CLAUSE_MARKERS.has(tokens[index]!.text) || isQuoteMarkText(tokens[index]!.text) || tokens[index]!.text === '(') return -1;
    }
    return -1;
  };
  /** "..., Sen. Lindsey Graham told The Huffington Post.": only the listener follows the verb. */
  const isListenerTail = (first: number, end: number): boolean => {
    if (first >= end) return false;
    const listener = mentionByToken.get(first) ?? mentionByToken.get(first + 1);
    // "told the Wall Street Journal in July.": the listener, then when or where.
    if (listener !== undefined && listener.end < end - 1 && end - listener.end <= 4 && afterVerbIsTail(tokens, listener.end, end)) return true;
    if (end - first > 5) return false;
    if (listener !== undefined && listener.end >= end - 1) return true;
    // An outlet the entity pass did not type: capitalised words only ("The Huffington Post").
    for (let t = first; t < end; t++) if (!UPPER_CASE_START.test(tokens[t]!.text)) return false;
    return true;
  };
  /** Whether a person's name is the subject right before the verb at `verb` ("Jon Sopel said", "Mr Mugabe had told"). */
  const namesPersonAt = (verb: number): boolean => {
    const named = mentionEndingAt.get(skipToSubject(ctx, verb, 0));
    if (named === undefined || !isSubjectLike(tokens, named)) return false;
    return clusterOf(ctx, named)?.type === 'person' || personSharingGivenName(ctx, named) !== null || personSharingSurname(ctx, named) !== null;
  };
  for (let verb = 0; verb < tokens.length; verb++) {
    const token = tokens[verb]!;
    // The verbs are lower case: only a lower-case token or "According" can be one.
    if (insideQuote[verb] || !(REPORTING_VERBS.has(token.text) || token.text === 'according' || token.text === 'According' || isHeadlineCue(tokens, verb) || isPutItCue(tokens, verb))) continue;
    // Inside words already reported, only a person named right at a speech verb speaks again ("He vowed
    // to keep trying, but the BBC's editor Jon Sopel said …", "South Africa said Mr Mugabe had told …").
    if (insideReported[verb] && !(CLAUSE_VERBS.has(token.text) && namesPersonAt(verb))) continue;
    const lower = token.lower;
    // "more than 900 claims", "according to early estimates", "the reports": a plural noun, not a verb; "a talk show host",
    // "his claim": a noun after a determiner or an owner's pronoun.
    if (isPluralNounUse(tokens, verb) || isAdjectiveUse(tokens, verb) || isSubjectNounUse(tokens, verb) || DETERMINERS_BEFORE_NOUN.has(tokens[verb - 1]?.lower ?? '')) continue;
    const sentence = token.sentence;
    const sentenceFirst = input.sentences[sentence]?.first ?? verb;
    const sentenceEnd = input.sentences[sentence]?.end ?? verb + 1;
    let contentEnd = sentenceEnd;
    while (contentEnd > verb && CONTENT_END_MARKS.has(tokens[contentEnd - 1]!.text)) contentEnd--;
    const hasQuoteBetween = (a: number, b: number): boolean => {
      for (let t = a; t < b; t++) if (insideQuote[t] || isMark(ctx, t)) return true;
      return false;
    };

    if (lower === 'according') {
      if (tokens[verb + 1]?.text !== 'to') continue;
      // Source: the first name inside "according to <source>," before the comma.
      let comma = verb + 2;
      let source: NameMention | null = null;
      while (comma < contentEnd && tokens[comma]!.text !== ',') {
        const mention = mentionByToken.get(comma);
        if (!source && mention && isSpeakerType(ctx, mention) && !modifiesNounAfter(ctx, mention)) source = mention;
        comma++;
      }
      // "according to Anna Weber, an analyst at Bernstein, ...": skip the appositive.
      if (verb === sentenceFirst && source) {
        let next = comma + 1;
        while (next < contentEnd && next - comma < 12 && tokens[next]!.text !== ',') next++;
        let hasRole = false;
        for (let t = comma + 1; t < next; t++) if (isRoleHead(tokens[t]!.lower)) hasRole = true;
        if (hasRole && tokens[next]?.text === ',') comma = next;
      }
      const subject: Subject | null = source ? { mention: source, first: source.first, end: source.end } : null;
      if (verb === sentenceFirst && comma < contentEnd - 3 && !hasQuoteBetween(comma + 1, contentEnd)) {
        pushReported(makeQuote(ctx, tokens[comma + 1]!.start, tokens[contentEnd - 1]!.end, 'reported', subject));
      } else if (verb > sentenceFirst + 3 && tokens[verb - 1]!.text === ',' && !hasQuoteBetween(sentenceFirst, verb - 1)) {
        pushReported(makeQuote(ctx, tokens[sentenceFirst]!.start, tokens[verb - 2]!.end, 'reported', subject));
      }
      continue;
    }
    // A passive ("was told", "is expected", "was once asked") has no speaker as its subject; a progressive ("is saying") does.
    const beforeVerb = /^(?:\p{Ll}{3,}ly|once|also|never|often|still|even|later|then)$/u.test(tokens[verb - 1]?.text ?? '') ? verb - 2 : verb - 1;
    if (/^(?:was|is|be|been|being|were|are|isn’t|isn't|wasn’t|wasn't|aren’t|aren't|\p{L}+['’](?:re|m))$/iu.test(tokens[beforeVerb]?.text ?? '') && !lower.endsWith('ing')) continue;
    // "Lerer reported from Los Angeles.": a byline note, where the verb reports no words.
    if (tokens[verb + 1]?.text === 'from') continue;

    // "X said (that) <clause>": the subject before the verb, the clause after it.
    const subject =
      subjectBefore(ctx, verb, sentenceFirst - 1) ??
      relativeSubject(ctx, verb) ??
      coordinatedSubject(ctx, verb, sentenceFirst) ??
      unnamedSubjectBefore(tokens, verb, sentenceFirst);
    if (subject) {
      // "Sanders, who on Tuesday endorsed Clinton, said …": a relative clause ends at its comma.
      if (tokens[skipToSubject(ctx, verb, sentenceFirst - 1)]?.lower === 'who') {
        for (let t = verb + 1; t < contentEnd; t++) {
          if (tokens[t]!.text !== ',') continue;
          contentEnd = t;
          break;
        }
      }
      const start = clauseStart(verb, lower, contentEnd);
      // "… contends that it is on track, and Brian Deese, the adviser, said …": a person opening a clause of their own ends it.
      // (Not a list of names: "Obama, Abe, and Xi".)
      for (let t = start + 1; t + 2 < contentEnd; t++) {
        if (tokens[t]!.text !== ',' || !/^(?:and|but)$/.test(tokens[t + 1]!.text) || mentionEndingAt.has(t - 1)) continue;
        const next = mentionByToken.get(t + 2);
        if (next && clusterOf(ctx, next)?.type === 'person' && speechVerbWithin(tokens, next.end, contentEnd)) {
          contentEnd = t;
          break;
        }
      }
      // ("Ars is asking Mojang for comment": a request for words, none of them.)
      const listenerOnly = ((lower === 'told' || lower === 'tells') && isListenerTail(verb + 1, contentEnd)) || (ASKING_VERBS.has(lower) && asksForComment(tokens, start, contentEnd));
      // No reported clause in where or when words were said ("said in a statement."), nor in the writer's own clause
      // after a comma: "above Wall Street estimates, as demand rose" (a noun that looks like a verb), "said on
      // Tuesday, valuing it at $6 billion" (a participle that is no speech verb).
      const afterComma = tokens[start - 1]?.text === ',' && tokens[start - 2]?.text !== 'that';
      const anotherClause =
        (afterComma && (CLAUSE_OPENERS.has(tokens[start]?.lower ?? '') || (/^\p{Ll}+ing$/u.test(tokens[start]?.text ?? '') && !REPORTING_VERBS.has(tokens[start]!.text)))) ||
        // "Everything Trump says is a lie", "What she said was true": the verb of the clause the words are the subject of
        // (not a noun's clause, whose words these are: "a probe the agency said was ongoing", "a system which Sanders says is rigged").
        (start === verb + 1 && /^(?:is|was|are|were|isn’t|isn't|wasn’t|wasn't)$/.test(tokens[start]?.text ?? '') && saysOfWhatIsSaid(tokens, verb));
      // (Nor a noun, a comma and a speech verb, where the "verb" was a noun's first half: "Anna Weber, a talk show host, said …".)
      const nounBeforeComma = tokens[start + 1]?.text === ',' && REPORTING_VERBS.has(tokens[start + 2]?.text ?? '') && LOWER_CASE_WORD.test(tokens[start]?.text ?? '') && !SUBJECT_PRONOUNS.has(tokens[start]!.text);
      if (!listenerOnly && !anotherClause && !nounBeforeComma && contentEnd - start >= 3 && !afterVerbIsTail(tokens, start, contentEnd) && !hasQuoteBetween(start, contentEnd) && !/^[,;:]$/.test(tokens[start]?.text ?? '')) {
        const clause = makeQuote(ctx, tokens[start]!.start, tokens[contentEnd - 1]!.end, 'reported', subject);
        // "said of the museum", "warned of a travel ban": what the words were about, not the words (a longer phrase may
        // give their gist, "wrote of the purpose, meaning and deep satisfaction people find when …").
        if (tokens[start]!.text === 'of' && contentEnd - start <= 8) {
          pushReported({ ...clause, reportsWords: false, speaksOf: true });
          continue;
        }
        // "stated an interest in ending the deal": after any verb, "a"/"an" opens words only when a clause follows ("said a deal was near").
        const objectOnly =
          opensObjectPhrase(tokens[start]!.text, lower, tokens[start + 1]?.text) ||
          ((!SPEECH_VERBS.has(lower) || /^(?:a|an)$/.test(tokens[start]!.text)) && !opensClause(tokens, start, contentEnd)) ||
          addsThings(tokens, lower, start, contentEnd) ||
          (HABIT_VERBS.has(lower) && !opensClause(tokens, start, contentEnd)) ||
          THOUGHT_VERBS.has(lower);
        pushReported(objectOnly ? { ...clause, reportsWords: false } : clause);
        continue;
      }
      // "<clause>, X said.": the clause before the subject.
      if (verb + 1 >= contentEnd || afterVerbIsTail(tokens, verb + 1, contentEnd) || listenerOnly) {
        const comma = commaBeforeSubject(tokens, subject.first, sentenceFirst);
        // (Not a phrase of where or when alone, with no verb: "During a rally in Raleigh, North Carolina, Trump said after …";
        // "In all, hackers compromised 12 workstations, he said" holds words.)
        const sceneOnly = SCENE_OPENERS.has(tokens[sentenceFirst]!.lower) && !hasVerbBetween(tokens, sentenceFirst, comma);
        if (comma > sentenceFirst + 3 && !hasQuoteBetween(sentenceFirst, comma) && !sceneOnly) {
          pushReported(makeQuote(ctx, tokens[sentenceFirst]!.start, tokens[comma - 1]!.end, 'reported', subject));
        }
      }
      continue;
    }
    // "<clause>, said X.": the subject after the verb; "..., said one GOP source in the room" names nobody.
    const afterComma = tokens[verb - 1]?.text === ',' && verb - 1 > sentenceFirst + 3;
    const inverted = subjectAfter(ctx, verb) ?? (afterComma && CLAUSE_VERBS.has(lower) && contentEnd - verb <= 12 ? { mention: null, first: verb + 1, end: contentEnd } : null);
    if (inverted && afterComma && !hasQuoteBetween(sentenceFirst, verb - 1)) {
      pushReported(makeQuote(ctx, tokens[sentenceFirst]!.start, tokens[verb - 2]!.end, 'reported', inverted));
    }
  }

  // "Name: <statement>" opening a sentence (headlines, interview lines): the name speaks the rest. A label
  // the text also puts before figures ("INTERVAL: Up to 100,000 miles") heads facts, not words, everywhere.
  const labelled: { named: NameMention; first: number; end: number; label: string }[] = [];
  const factLabels = new Set<string>();
  // A text of many labelled paragraphs is a list ("Odoo: View real-time data, …", "Permit Fees: Retain proof of payment").
  const labelledBlocks = countLabelledBlocks(tokens);
  const labelList = labelledBlocks >= 3;
  for (const sentence of input.sentences) {
    let first = sentence.first;
    if (insideQuote[first] || insideReported[first]) continue;
    const named = mentionByToken.get(first) ?? untypedNameStartingAt(ctx, first);
    if (!named || named.first !== first || !isSpeakerType(ctx, named) || clusterOf(ctx, named)?.type === 'location') continue;
    // "TIP: Limiting foods …", "NOTE:", "UPDATE:": a writer's own rubric, in capitals or not, is nobody speaking.
    // ("Q:", "A:", "L:" and "R:" under photos: a letter alone labels a question, an answer or a side, and names no one.)
    if (named.end === first + 1 && (RUBRIC_LABELS.has(tokens[first]!.lower) || tokens[first]!.text.length === 1)) continue;
    const colon = named.end;
    if (tokens[colon]?.text !== ':' || tokens[colon]!.sentence !== tokens[first]!.sentence) continue;
    first = colon + 1;
    let end = sentence.end;
    while (end > first && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
    if (end <= first) continue;
    const label = text.slice(tokens[named.first]!.start, tokens[named.end - 1]!.end);
    // "Scalability: Resources can be scaled …": a list's heading, not a speaker. A label speaks when it names a
    // person, is written in capitals (a transcript's), or names a body the text also names outside its labels.
    // (A capitalised word the entity pass did not find is read as a name here, but names no one found.)
    const cluster = clusters.get(named.cluster);
    const speaks = CAPITALS_LABEL.test(label) || (cluster !== undefined && (cluster.type === 'person' || cluster.mentions.some((mention) => tokens[mention.end]?.text !== ':')));
    if (!speaks) continue;
    // "MIR: checks lifetimes and runs the borrow checker": a turn opening in lower case defines the label, it is no one's words.
    if (LOWER_CASE_START.test(tokens[first]!.text)) continue;
    // "CPU: Intel Core Ultra 7 | RAM: 32GB", "SEM: Search engine marketing entails …": a specification's or a glossary's
    // label (an ordinary acronym, or one the words after it spell out) heads facts, not words.
    if (COMMON_ACRONYMS.has(label) || spellsOut(label, tokens, first, end)) continue;
    if (readsAsFigure(text.slice(tokens[first]!.start, tokens[end - 1]!.end))) factLabels.add(label);
    else if (end - first >= 4 && !hasQuoteIn(first, end)) labelled.push({ named, first, end, label });
  }
  const labelsOfSpeaker = new Map<number, number>();
  for (const { named } of labelled) labelsOfSpeaker.set(named.cluster, (labelsOfSpeaker.get(named.cluster) ?? 0) + 1);
  // A conversation: a few voices taking turns ("Matthews: …", "Lopez: …", "Matthews: …") in most of the labelled
  // paragraphs, where a list repeats no label or has many, most naming no one.
  const conversation = labelsOfSpeaker.size >= 2 && labelsOfSpeaker.size <= CONVERSATION_VOICES && labelled.length * 2 >= labelledBlocks;
  for (const { named, first, end, label } of labelled) {
    // In a list, a label in title case speaks in the first person, or in its turns in a conversation.
    const listItem = labelList && !CAPITALS_LABEL.test(label) && !hasFirstPerson(tokens, first, end) && !(conversation && (labelsOfSpeaker.get(named.cluster) ?? 0) >= 2);
    if (!factLabels.has(label) && !listItem) pushReported(makeQuote(ctx, tokens[first]!.start, tokens[end - 1]!.end, 'reported', { mention: named, first: named.first, end: named.end }));
  }

  // Quotes with no cue of their own: a paragraph continuing a quote keeps its speaker; a quote standing
  // alone takes the speaker of the paragraph before (the latest attribution, else the latest person named).
  // (Gathered in loops: the engine's inlined `map` kept dropping its optimised code of this whole function for the
  // empty and the filled arrays here, text after text.)
  type QuoteEntry = Omit<(typeof direct)[number], 'span'> & { span: (typeof direct)[number]['span'] | null; reported: boolean };
  const all: QuoteEntry[] = [];
  for (const entry of direct) all.push({ ...entry, reported: false });
  for (const result of reported) all.push({ result, span: null, cued: true, standalone: false, unnamed: false, reported: true });
  all.sort((a, b) => a.result.quote.start - b.result.quote.start);
  let previous: (typeof all)[number] | null = null;
  // The latest direct quote whose cue names nobody ("…,” said a longtime adviser to Trump"), while no named
  // speaker has come since: the next quote of its paragraph without a cue is that voice's too.
  let unnamedVoice: (typeof all)[number] | null = null;
  const continuesUnnamedVoice = (entry: (typeof all)[number]): boolean =>
    unnamedVoice !== null && entry.span !== null && !entry.cued && (entry.span.mark.continued || tokens[entry.span.first]?.block === tokens[unnamedVoice.span!.first]?.block);
  for (const entry of all) {
    if (!entry.result.quote.speaker && entry.span && !entry.unnamed && !continuesUnnamedVoice(entry)) {
      const first = entry.span.first;
      const block = tokens[Math.min(first, tokens.length - 1)]?.block ?? 0;
      let speakerMention: NameMention | null = null;
      const previousBlock = previous ? tokens[tokenAt(tokens, previous.result.quote.start)]?.block ?? -9 : -9;
      // A quote whose cue names nobody ("…, adding, “…”") in the same paragraph keeps the current speaker,
      // unless, for a quote without a cue, a sentence after the last quote has a new subject ("Sen. Bernie
      // Sanders … identified young voters’ exhaustion …. “The younger people are …”").
      if (previous && previous.result.speakerCluster !== null && (entry.span.mark.continued || block === previousBlock || (!entry.cued && block - previousBlock <= 1))) {
        const cluster = previous.result.speakerCluster;
        const since = tokenAt(tokens, previous.result.quote.end);
        const newer = !entry.cued && !entry.span.mark.continued && hasPersonBetween(ctx, since, first) ? resolvePronoun(ctx, first - 1, 'someone', since) : null;
        // A name right before the mark is what the quote is about ("President Mahmoud Abbas “has put aside
        // efforts …”"), not a new speaker.
        const isNewSpeaker = newer !== null && isSubjectLike(tokens, newer) && !(newer.end === first - 1 && isMark(ctx, first - 1));
        speakerMention = isNewSpeaker ? newer : nearestMentionOf(mentions, cluster, first);
      }
      // A quote standing alone is read like "he said": the subject of the nearest sentence naming a person,
      // not a person that sentence only mentions ("… took swipes at Jeb Bush. “…”").
      if (!speakerMention && !entry.cued && entry.standalone) speakerMention = resolvePronoun(ctx, first - 1, 'someone');
      if (speakerMention) entry.result = makeQuote(ctx, entry.result.quote.start, entry.result.quote.end, 'direct', { mention: speakerMention, first: speakerMention.first, end: speakerMention.end });
    }
    results.push(entry.result);
    if (entry.result.speakerCluster !== null && (entry.result.reportsWords || entry.result.speaksOf)) {
      previous = entry;
      unnamedVoice = null;
    } else if (entry.span && entry.unnamed) unnamedVoice = entry;
  }

  // Speakers typed as a company, organisation or place that read as people become people; speakers typed
  // as people whose names end like a body's ("the Brennan Center", "a national Gallup Poll") become bodies.
  const checked = new Set<number>();
  const isPersonToken = (index: number): boolean => clusterOf(ctx, mentionByToken.get(index))?.type === 'person';
  const honorificBefore = (word: string): boolean => hasHonorific(ctx, word);
  for (const { speakerCluster } of results) {
    const cluster = speakerCluster === null ? undefined : clusters.get(speakerCluster);
    if (!cluster || checked.has(cluster.id)) continue;
    checked.add(cluster.id);
    if (cluster.type === 'person') {
      // "Sen. Frank Church" elsewhere keeps "Frank Church" a person.
      if (hasHonorific(ctx, cluster.nameTokens[cluster.nameTokens.length - 1] ?? '')) continue;
      if (endsLikePlace(cluster.canonical)) cluster.type = 'location';
      else if (endsLikeOrganisation(cluster.canonical) || readsAsBody(tokens, cluster.mentions, cluster.nameTokens.length) || isNamedByOrdinaryWord(tokens, cluster.nameTokens, cluster.mentions)) cluster.type = 'organization';
      continue;
    }
    // (Not a name ending in a place's head word, "Straits Harbour": no person's.)
    if (!endsLikePlace(cluster.canonical) && looksLikePerson({ tokens, mentions: cluster.mentions, isPersonToken, hasHonorific: honorificBefore })) cluster.type = 'person';
  }
  /**
   * A name in capitals that labels two or more turns ("WALLACE: …" … "WALLACE: …") is a speaker of a
   * transcript; a label used once ("CLARIFICATION:") may be a heading, and "Q:" and "A:" are no names.
   */
  // A label in capitals before a colon, then words spoken: not "INTERVAL: Up to 100,000 miles" or "PRICE: $373" in a list of facts.
  const isTranscriptLabel = (mention: NameMention): boolean => {
    const label = text.slice(tokens[mention.first]!.start, tokens[mention.end - 1]!.end);
    if (tokens[mention.end]?.text !== ':' || label.length < 3 || !CAPITALS_LABEL.test(label)) return false;
    const lineEnd = text.indexOf('\n', tokens[mention.end]!.end);
    const turn = text.slice(tokens[mention.end]!.end, lineEnd < 0 ? text.length : lineEnd).trim();
    return !readsAsFigure(turn) && turn.split(/\s+/).length >= 4;
  };
  // ("FYI:" twice is a note's label, not a speaker's: common initials name nobody.)
  const isTranscriptSpeaker = (speakerMentions: readonly NameMention[]): boolean =>
    speakerMentions.filter(isTranscriptLabel).length >= 2 && !speakerMentions.some((mention) => COMMON_ACRONYMS.has(tokens[mention.first]!.text));
  // Untyped speakers that read as people ("White House Press Secretary Josh Earnest said") join the
  // people; the others ("Republicans said", "Correction:") stay unnamed voices.
  for (const cluster of adhocClusters.values()) {
    if (cluster.mentions.length === 0 || endsLikeOrganisation(cluster.canonical) || endsLikePlace(cluster.canonical) || readsAsBody(tokens, cluster.mentions, cluster.nameTokens.length)) continue;
    if (looksLikePerson({ tokens, mentions: cluster.mentions, isPersonToken, hasHonorific: honorificBefore }) || isTranscriptSpeaker(cluster.mentions)) clusters.set(cluster.id, cluster);
  }
  return results;
}

/** Whether a person is named between tokens `from` and `to` (`mentions` in text order; a binary search). */
function hasPersonBetween(ctx: AttributionContext, from: number, to: number): boolean {
  const { mentions } = ctx;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.first < from) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < mentions.length && mentions[index]!.first < to; index++) if (clusterOf(ctx, mentions[index]!)?.type === 'person') return true;
  return false;
}

/** The mention of a cluster nearest before token `index` (else the first after it). */
function nearestMentionOf(mentions: readonly NameMention[], cluster: number, index: number): NameMention | null {
  let best: NameMention | null = null;
  for (const mention of mentions) {
    if (mention.cluster !== cluster) continue;
    if (mention.first < index) best = mention;
    else return best ?? mention;
  }
  return best;
}

/** Where the search for a label ends: its colon, or the end of a sentence. */
const LABEL_ENDS = new Set([':', '.', '!', '?']);

/** Paragraphs opening with a label of at most five words and a colon ("Permit Fees:", "5. Rocket Languages:"). */
function countLabelledBlocks(tokens: readonly Token[]): number {
  let count = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (index > 0 && tokens[index - 1]!.block === tokens[index]!.block) continue;
    // A list's number ("5.") before the label.
    let first = index;
    if (/^\d+\.?$/.test(tokens[first]!.text)) first += tokens[first + 1]?.text === '.' ? 2 : 1;
    for (let t = first + 1; t < first + 6 && t < tokens.length && tokens[t]!.block === tokens[index]!.block; t++) {
      if (tokens[t]!.text === ':') count++;
      if (LABEL_ENDS.has(tokens[t]!.text)) break;
    }
  }
  return count;
}

/** Most voices a conversation written as labelled lines has (a host and a panel). */
const CONVERSATION_VOICES = 5;

const FIRST_PERSON = /^(?:I|I['’](?:m|ve|ll|d)|we|We|we['’](?:re|ve|ll|d)|We['’](?:re|ve|ll|d)|my|My|our|Our|me|us)$/;

/** Whether the words from `first` to `end` speak in the first person. */
function hasFirstPerson(tokens: readonly Token[], first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (FIRST_PERSON.test(tokens[t]!.text)) return true;
  return false;
}

/** Whether the words from `first` spell out the acronym `label` by their initials ("SEM: Search engine marketing …"). */
function spellsOut(label: string, tokens: readonly Token[], first: number, end: number): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(label) || end - first < label.length) return false;
  for (let index = 0; index < label.length; index++) if (tokens[first + index]!.text.charAt(0).toUpperCase() !== label.charAt(index)) return false;
  return true;
}

/** Whether what follows a label's colon is a figure or a date of a list of facts ("INTERVAL: Up to 100,000 miles", "PRICE: $373", "TCEA: January 31-February 4"), not words spoken. */
function readsAsFigure(statement: string): boolean {
  return /^(?:[\d$€£¥]|up to\b|about \d|around \d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d)/iu.test(statement.trim());
}
