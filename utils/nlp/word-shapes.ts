// Shapes of words the rules test tokens against, compiled once: a regular expression written inside a function is a
// new object each time the code runs, and most of these are asked of many tokens.

/** Opens with an upper-case letter ("Google", "EU"; unlike `isCapitalised`, not a letter of a script without case). */
export const UPPER_CASE_START = /^\p{Lu}/u;
/** Opens with a lower-case letter. */
export const LOWER_CASE_START = /^\p{Ll}/u;
/** An upper-case letter, then a lower-case one ("Google", not "EU"). */
export const TITLE_CASE_START = /^\p{Lu}\p{Ll}/u;
/** A capital and lower-case letters only ("Google"). */
export const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Lower-case letters and hyphens ("said", "co-founder"). */
export const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}\-]*$/u;
/** A capital, then letters, figures, "&" or "-": how a name's word is written ("Verily", "AT&T", "Rolls-Royce", "Q"). */
export const NAME_WORD = /^\p{Lu}[\p{L}\d&\-]*$/u;
/** A name's word (`NAME_WORD`) of two characters or more. */
export const LONG_NAME_WORD = /^\p{Lu}[\p{L}\d&\-]+$/u;
/** Holds a lower-case letter. */
export const HAS_LOWER_CASE = /\p{Ll}/u;
/** Holds a figure. */
export const HAS_DIGIT = /\d/;
