// Whom a pronoun ("he said") or a noun phrase that stands for one ("the company said", "the Vermont senator") stands
// for: the nearest fitting person, company or body named before it.
import type { EntityCluster, NameMention } from './types.ts';
import { DESCRIPTION_HEADS, isRoleHead, TITLE_MODIFIERS } from './roles.ts';
import { fullNameGender, type Gender } from './gender.ts';
import type { Token } from './tokenize.ts';
import { LOWER_CASE_START } from './word-shapes.ts';
import { SUBJECT_WINDOW } from './speech-words.ts';
import { type AttributionContext, clusterOf, isMark } from './attribution-context.ts';
import { isAccordingToSource, isSubjectLike } from './name-phrases.ts';

/** Prepositions before a name that make it the object of a clause ("led by Accel", "a stake in Arm"). */
const OBJECT_PREPOSITIONS = new Set(['by', 'from', 'with', 'to', 'for', 'in', 'of', 'at', 'than', 'including', 'like', 'against', 'into', 'over']);
/** Pronouns that stand for a person; "someone" stands for whoever spoke, man or woman (a quote with no cue). */
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'someone']);
/** Heads of a definite description that stands for a person named before ("the Vermont senator", "the candidate"). */
const DESCRIBED_PERSONS = new Set(['senator', 'candidate', 'nominee', 'businessman', 'businesswoman', 'billionaire', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'mayor', 'front-runner', 'frontrunner']);
/** What a picture's credit names before its maker: "Photo by Lisa Jennings", "Image: …", "Courtesy of …". */
const CREDITED_WORKS = /^(?:photo|photos|photograph|photographs|photography|image|images|illustration|illustrations|video|graphic|graphics|credit|courtesy)$/i;

/** Whether the name at `first` is a credit's ("| Photo by Lisa Jennings", "Photo: Ann Lee", "Courtesy of Tom Hart"): the maker of a picture, no speaker. */
function isCreditedAt(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.text;
  if (before !== 'by' && before !== ':' && before !== 'of') return false;
  const work = tokens[first - 2];
  return work !== undefined && work.sentence === tokens[first]!.sentence && CREDITED_WORKS.test(work.text) && (before !== 'of' || /^courtesy$/i.test(work.text));
}

/** Conjunctions and adverbs that may open a sentence before its subject ("But he said", "Later she added"). */
const OPENING_CONJUNCTIONS = new Set(['And', 'But', 'Yet', 'So', 'Still', 'Then', 'Now', 'Later', 'Instead', 'Also']);
/** How far back (in tokens) a pronoun or a quote looks for its person: bounded so work stays linear. */
const LOOK_BACK_LIMIT = 600;

/** A lower-case word of a title written after its owner's name: "spokeswoman", "speechwriter", "campaign manager". */
function isTitleWordAfterOwner(word: string): boolean {
  return LOWER_CASE_START.test(word) && (isRoleHead(word) || DESCRIPTION_HEADS.has(word) || TITLE_MODIFIERS.has(word) || /writer$/.test(word));
}

/**
 * Where sentence `sentence` has `pronoun` as its subject, the pronoun's token: opening the sentence, after
 * a conjunction ("But he said") or after an opening phrase and its comma ("However, he characterized"),
 * with no name before it. Else -1.
 */
function pronounSubjectOf(ctx: AttributionContext, sentence: number, pronoun: string): number {
  const { tokens, sentences, mentionByToken } = ctx;
  const bounds = sentences[sentence];
  if (!bounds) return -1;
  for (let t = bounds.first; t < bounds.end && t - bounds.first < SUBJECT_WINDOW; t++) {
    if (mentionByToken.has(t) || isMark(ctx, t)) return -1;
    if (tokens[t]!.lower !== pronoun) continue;
    return t === bounds.first || tokens[t - 1]!.text === ',' || OPENING_CONJUNCTIONS.has(tokens[t - 1]!.text) ? t : -1;
  }
  return -1;
}

/** Whether block `block` is a picture's caption: it names a credit ("… | Photo by Lisa Jennings"). The blocks are found on first use. */
function isCaptionBlock(ctx: AttributionContext, block: number): boolean {
  let { captionBlocks } = ctx;
  if (!captionBlocks) {
    const { tokens, mentions } = ctx;
    captionBlocks = ctx.captionBlocks = new Set();
    for (const mention of mentions) if (isCreditedAt(tokens, mention.first)) captionBlocks.add(tokens[mention.first]!.block);
  }
  return captionBlocks.has(block);
}

/** A person's gender, as far as the text tells it (see `fullNameGender`), read once per person. */
function genderOf(ctx: AttributionContext, cluster: EntityCluster): Gender | null {
  const { tokens, genders } = ctx;
  let gender = genders.get(cluster.id);
  if (gender === undefined) genders.set(cluster.id, (gender = fullNameGender(tokens, cluster.nameTokens, cluster.mentions)));
  return gender;
}

/**
 * "Clinton spokeswoman Jennifer Palmieri", "George W. Bush speechwriter Noam Neusner", "Sanders campaign manager Jeff
 * Weaver": a person named in the title of the person named after it, not a subject.
 */
function ownsTitleOfPerson(ctx: AttributionContext, mention: NameMention): boolean {
  const { tokens, mentionByToken } = ctx;
  let index = mention.end;
  while (index < mention.end + 3 && tokens[index]?.sentence === tokens[mention.first]!.sentence && isTitleWordAfterOwner(tokens[index]!.text)) index++;
  const next = mentionByToken.get(index);
  return index > mention.end && next !== undefined && next.first === index && clusterOf(ctx, next)?.type === 'person';
}

/** The nearest person (or, for "it", organisation) named before token `index`, outside quotes. */
export function resolvePronoun(ctx: AttributionContext, index: number, pronoun: string, floor = 0): NameMention | null {
  const { tokens, mentionByToken, insideQuote, insideMarks } = ctx;
  // Outside quotation marks "I" and "we" are the writer ("That’s how I felt after a demo"), not a person
  // the article names.
  if (pronoun === 'i' || pronoun === 'we') return null;
  const wantPerson = PERSON_PRONOUNS.has(pronoun);
  // "he" is no woman's pronoun, nor "she" a man's (where a title or the given name says which).
  const otherGender: Gender | null = pronoun === 'he' ? 'female' : pronoun === 'she' ? 'male' : null;
  const wantOrganisation = pronoun === 'it';
  let block = tokens[index]!.block;
  // A person pronoun prefers the subject of the nearest sentence that names one ("Biden rubbished
  // Trump’s claim. “…,” he said.": Biden): its first person named outside a possessive or a prepositional
  // phrase. Only when that sentence has no such person does the nearest name win.
  // A sentence that names people only as owners or objects ("many disagreed with Obama’s policies.")
  // gives way to a subject in the sentence before it; past that one, the nearest name wins.
  let sentence = -1;
  let subjectLike: NameMention | null = null;
  let nearest: NameMention | null = null;
  let sentencesSinceNearest = 0;
  // (A picture's caption between the pronoun and the paragraph before counts for no paragraph.)
  let captions = 0;
  let lastBlock = block;
  for (let t = index - 1; t >= floor && index - t < LOOK_BACK_LIMIT; t--) {
    if (tokens[t]!.block !== lastBlock) {
      lastBlock = tokens[t]!.block;
      if (isCaptionBlock(ctx, lastBlock)) captions++;
    }
    if (wantPerson && tokens[t]!.sentence !== sentence) {
      // "He added a note of caution, should Clinton attempt …": a sentence whose subject is the same
      // pronoun names people only as objects; the pronoun there stands for the same person, found before it
      // (the paragraphs looked back over count from that sentence's).
      const chained = sentence >= 0 ? pronounSubjectOf(ctx, sentence, pronoun === 'someone' ? 'he' : pronoun) : -1;
      if (chained >= 0) {
        if (subjectLike && tokens[subjectLike.first]!.sentence === sentence) subjectLike = null;
        if (nearest && tokens[nearest.first]!.sentence === sentence) nearest = null;
        block = tokens[chained]!.block;
      }
      if (subjectLike) return subjectLike;
      if (nearest && ++sentencesSinceNearest > 1) return nearest;
      sentence = tokens[t]!.sentence;
    }
    if (block - tokens[t]!.block - captions > 1) break;
    const mention = mentionByToken.get(t);
    if (!mention || insideQuote[t] || insideMarks[t] || isCreditedAt(tokens, mention.first)) continue;
    const cluster = clusterOf(ctx, mention);
    if (!cluster) continue;
    if (wantPerson && cluster.type === 'person') {
      if (t !== mention.end - 1 || (otherGender !== null && genderOf(ctx, cluster) === otherGender)) continue;
      nearest ??= mention;
      if ((isSubjectLike(tokens, mention) || isAccordingToSource(tokens, mention.first)) && !ownsTitleOfPerson(ctx, mention)) subjectLike = mention;
      continue;
    }
    if (wantOrganisation && (cluster.type === 'company' || cluster.type === 'organization')) return mention;
    // "they" stands for a group: a body may be it, one named person is not ("Obama administration
    // officials said … They said that …" is not Trump's, named last).
    if (!wantPerson && !wantOrganisation && cluster.type !== 'location' && cluster.type !== 'person') return mention;
  }
  return subjectLike ?? nearest;
}

/** "the spokesman" / "the company" / "the agency": the person whose role has that head, the latest company or body. */
export function resolveNounPhrase(ctx: AttributionContext, first: number, end: number): NameMention | null {
  const { tokens, roles, mentionByToken, insideQuote } = ctx;
  const head = tokens[end - 1]!.lower;
  const isRole = isRoleHead(head);
  const isCompany = /^(company|firm|carrier|group|bank|operator|maker|manufacturer|retailer)$/.test(head);
  // "the agency said": a public body far more often than a business.
  const isBody = /^(agency|ministry|department|regulator|commission|authority)$/.test(head);
  if (!isRole && !isCompany && !isBody) return null;
  // "haulr has raised $48 million in a round led by General Catalyst, the company announced": in the sentence of the
  // noun, a business after a preposition is the object of another's deed, not the one the noun stands for.
  let objectCompany: NameMention | null = null;
  for (let t = first - 1; t >= 0 && first - t < 400; t--) {
    const mention = mentionByToken.get(t);
    if (!mention || insideQuote[t]) continue;
    const cluster = clusterOf(ctx, mention);
    if (!cluster) continue;
    if (isCompany && cluster.type === 'company') {
      const sameSentence = tokens[mention.first]!.sentence === tokens[first]!.sentence;
      if (sameSentence && OBJECT_PREPOSITIONS.has(tokens[mention.first - 1]?.text ?? '')) {
        objectCompany ??= mention;
        continue;
      }
      return mention;
    }
    if (isBody && cluster.type === 'organization') return mention;
    if (isRole && cluster.type === 'person') {
      const role = roles.get(cluster.id);
      if (role && role.toLowerCase().includes(head)) return mention;
    }
  }
  if (objectCompany) return objectCompany;
  // "The Vermont senator emailed supporters", "The billionaire businessman began": a definite description of a person
  // no role names stands, like "he", for the person the text is about there.
  if (/^the$/i.test(tokens[first]!.text) && DESCRIBED_PERSONS.has(head)) return resolvePronoun(ctx, first, 'someone');
  return null;
}
