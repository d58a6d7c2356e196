// Whether a person named in a text is a man or a woman, as far as a title before their name or their given name says:
// which of "he" and "she" may stand for them, and which of two namesakes a lone surname after "Mr." or "Mrs." names.
import type { NameMention } from './types.ts';
import { GIVEN_NAMES } from './gazetteer.ts';
import { learnedLexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';

export type Gender = 'male' | 'female';

/** Titles and kin words before a name that tell the person's gender ("Mr. Obama", "his wife Michelle"). */
const PERSONAL_TITLES = new Map<string, Gender>([
  ...'mr|mr.|sir|lord|king|prince|father|fr.|husband|son|brother|uncle|nephew|grandfather|boyfriend|widower'.split('|').map((word): [string, Gender] => [word, 'male']),
  ...'mrs|mrs.|ms|ms.|miss|lady|dame|queen|princess|madam|mother|wife|daughter|sister|aunt|niece|grandmother|girlfriend|widow'.split('|').map((word): [string, Gender] => [word, 'female']),
]);
/** Job titles of men and of women ("Congressman", "spokeswoman"): weaker ("spokesman" and "chairman" are written of women too). */
const JOB_TITLES = new Map<string, Gender>([
  ...'congressman|councilman|assemblyman|businessman'.split('|').map((word): [string, Gender] => [word, 'male']),
  ...'congresswoman|chairwoman|spokeswoman|councilwoman|assemblywoman|businesswoman'.split('|').map((word): [string, Gender] => [word, 'female']),
]);

/** Common English women's given names (general knowledge; names given to men and women alike are in `BOTH_SEXES_GIVEN_NAMES`). */
const FEMALE_GIVEN_NAMES = new Set(
  'Abby|Abigail|Adriana|Alexandra|Alice|Alicia|Alison|Allison|Amanda|Amber|Amy|Angela|Anita|Ann|Anna|Anne|Annie|Barbara|Beth|Betsy|Betty|Beverly|Bonnie|Brenda|Brittany|Caitlin|Carla|Carly|Caroline|Carolyn|Catherine|Cecile|Chelsea|Cheryl|Christina|Christine|Cindy|Claire|Claudia|Connie|Cynthia|Danielle|Debbie|Deborah|Debra|Denise|Diana|Diane|Dianne|Donna|Doris|Dorothy|Elaine|Eleanor|Elizabeth|Ellen|Emily|Emma|Erica|Eva|Frances|Gail|Gina|Gloria|Hannah|Heather|Heidi|Helen|Hilary|Hillary|Holly|Jacqueline|Jane|Janet|Janice|Jeanne|Jenna|Jennifer|Jenny|Jessica|Jill|Joan|Joanne|Joyce|Judith|Judy|Julia|Julie|Karen|Kate|Katherine|Kathleen|Kathryn|Kathy|Katie|Kimberly|Kristen|Laura|Lauren|Laurie|Leah|Linda|Lisa|Loretta|Lori|Louise|Lucy|Madeleine|Maggie|Marcia|Margaret|Maria|Marie|Marilyn|Marsha|Martha|Mary|Maureen|Megan|Melanie|Melinda|Melissa|Michelle|Molly|Monica|Nancy|Natalie|Nicole|Olivia|Pamela|Patricia|Patty|Paula|Peggy|Penny|Phyllis|Rachel|Rebecca|Roberta|Ruby|Ruth|Sally|Samantha|Sandra|Sara|Sarah|Sharon|Sheila|Shirley|Stephanie|Sue|Susan|Suzanne|Tammy|Tara|Teresa|Theresa|Tiffany|Tina|Valerie|Vanessa|Vicki|Wanda|Wendy|Zoe'.split(
    '|',
  ),
);
/**
 * Given names men and women both bear ("Kelly", "Lindsey", "Chris"), or men in one language and women in another
 * ("Adel", "Nicola", "Andrea"; "Kim" opens Korean names): they tell neither.
 */
export const BOTH_SEXES_GIVEN_NAMES = new Set('Adel|Alex|Alexis|Ali|Andrea|Angel|Ariel|Ashley|Avery|Billie|Blake|Cameron|Carey|Carol|Casey|Charlie|Chris|Courtney|Dale|Dana|Dominique|Eli|Emerson|Erin|Evelyn|Francis|Gene|Hayden|Jackie|Jamie|Jan|Jean|Jesse|Jessie|Jo|Jodi|Jody|Jordan|Kai|Kay|Kelly|Kerry|Kim|Lee|Leslie|Lindsay|Lindsey|Logan|Lynn|Marion|Michele|Morgan|Nicola|Pat|Riley|Robin|Rory|Sam|Sandy|Sasha|Shannon|Shelby|Sidney|Stacey|Stevie|Taylor|Terry|Toni|Tracy'.split('|'));

/** The gender a title, a kin word or a job title right before token `first` gives the person named there, if any. */
export function titleGender(tokens: readonly Token[], first: number): Gender | null {
  return personalTitleGender(tokens, first) ?? titleIn(JOB_TITLES, tokens, first);
}

function personalTitleGender(tokens: readonly Token[], first: number): Gender | null {
  return titleIn(PERSONAL_TITLES, tokens, first);
}

function titleIn(titles: ReadonlyMap<string, Gender>, tokens: readonly Token[], first: number): Gender | null {
  const title = tokens[first - 1];
  if (!title || title.sentence !== tokens[first]!.sentence) return null;
  return titles.get(title.lower) ?? null;
}

/**
 * A person's gender: from a title or a kin word written before their name ("Mrs. Michelle Obama", "his wife
 * Michelle"), else from the given name their full name opens with ("Michelle Obama": the hand-written lists first,
 * then the men's and women's names of a general lexicon), else from a job title ("Congresswoman Lofgren"). Null when
 * nothing tells.
 */
export function fullNameGender(tokens: readonly Token[], words: readonly string[], mentions: readonly NameMention[], lexicon: ReturnType<typeof learnedLexicon> = learnedLexicon()): Gender | null {
  for (const mention of mentions) {
    const gender = personalTitleGender(tokens, mention.first);
    if (gender) return gender;
  }
  const named = givenNameGender(words, lexicon);
  if (named !== undefined) return named;
  for (const mention of mentions) {
    const gender = titleIn(JOB_TITLES, tokens, mention.first);
    if (gender) return gender;
  }
  return null;
}

/** The gender a full name's given name tells: null for a name both bear, undefined where the lists know nothing. */
function givenNameGender(words: readonly string[], lexicon: ReturnType<typeof learnedLexicon>): Gender | null | undefined {
  // (A name of one word is most often a surname: "Warren" tells nothing.)
  if (words.length < 2) return undefined;
  const given = words[0]!;
  if (BOTH_SEXES_GIVEN_NAMES.has(given)) return null;
  if (FEMALE_GIVEN_NAMES.has(given) || lexicon.femaleGivenNames.has(given)) return 'female';
  if (GIVEN_NAMES.has(given) || lexicon.maleGivenNames.has(given)) return 'male';
  return undefined;
}
