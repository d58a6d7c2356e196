import { describe, expect, it } from 'vitest';
import { commaBeforeSubject, isAccordingToSource, isHeadlineCue, isQuoteCue, isSpeechVerbForm, isSubjectLike, opensObjectPhrase, unnamedSubjectBefore } from './attribution.ts';
import { analyzeText } from './index.ts';
import { tokenize } from './tokenize.ts';

/** Token index of the first token with this text. */
const indexOf = (text: string, word: string): number => tokenize(text).tokens.findIndex((token) => token.text === word);

describe('reported speech', () => {
  // [sentence(s), the reported words we want (a substring of the quote), the speaker's name or null for an unnamed source]
  const cases: [string, string, string | null][] = [
    ['Tim Cook runs Apple. Cook noted that sales had doubled in China this year.', 'sales had doubled in China this year', 'Tim Cook'],
    ['Jane Roe is a senator. She said that, if elected, she would cut taxes for families.', 'if elected, she would cut taxes', 'Jane Roe'],
    ['The new plan is still tilted toward the rich, the Tax Foundation said.', 'The new plan is still tilted toward the rich', 'Tax Foundation'],
    ['The plan is an insult to all voters, top black lawmakers said on Friday.', 'The plan is an insult to all voters', null],
    ['Experts on North Korea and nonproliferation said the latest test could change that.', 'the latest test could change that', null],
    ['The meeting deteriorated from there, said one GOP source in the room.', 'The meeting deteriorated from there', null],
    ['Sen. Lindsey Graham spoke. Donald Trump could embrace clean energy, Sen. Lindsey Graham told The Huffington Post.', 'Donald Trump could embrace clean energy', 'Lindsey Graham'],
    ['Bernie Sanders spoke in July. Sanders urged voters to turn out and said he was standing on principle.', 'he was standing on principle', 'Bernie Sanders'],
    ['They paid Anna Weber, who said she was never paid for the clubhouse she designed.', 'she was never paid for the clubhouse', 'Anna Weber'],
    ['Hillary Clinton spoke in Ohio. Clinton cited derogatory comments Trump had made about the contestant.', 'derogatory comments Trump had made', 'Hillary Clinton'],
    ['The White House is saying that the revelations show the need for tax reform.', 'the revelations show the need for tax reform', 'White House'],
    ['Ilse Marten and her team found the flaw in July. As Marten noted, this is no joke.', 'this is no joke', 'Ilse Marten'],
    // A pronoun subject chained back over paragraphs of the same pronoun reaches the person named before them.
    ['Shaheda Begum praised the scheme.\n\nShe said she learned about seed exchange.\n\nShe added that her vegetables are chemical-free.', 'her vegetables are chemical-free', 'Shaheda Begum'],
    // A definite description of a person no role names stands for the person the text is about there.
    ['Bernie Sanders met Pope Francis on Saturday.\n\nThe Vermont senator said the meeting was for personal reasons.', 'the meeting was for personal reasons', 'Bernie Sanders'],
    // Where the person is from, between the name and the verb.
    ['Similarly, Shaheda Begum of Ishwaripur village described the initiative as very helpful.', 'the initiative as very helpful', 'Shaheda Begum'],
    // "a judge" is one no name stands for, not the judge the text named before.
    ['Judge Harriet Lowe certified a class of developers. In a separate case, a judge found last year that Apple had violated an injunction.', 'Apple had violated an injunction', null],
    // A plural noun spelled like a speech verb is no cue ("900 claims"); the speaker after the verb is the cue's.
    ['State Farm, the largest home insurer in the area, had received more than 900 claims by Monday, said Dana Pruitt, a spokeswoman for State Farm.', 'had received more than 900 claims', 'Dana Pruitt'],
    // "the company" is the business that did the deed, not one named after a preposition in its sentence.
    ['Freight startup Haulwise has raised $48 million in a Series B round led by General Catalyst, the company announced Tuesday.', 'has raised $48 million', 'Haulwise'],
  ];
  it.each(cases)('%s', (text, want, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.kind === 'reported' && candidate.text.includes(want));
    expect(quote, want).toBeDefined();
    expect(quote!.speaker?.name ?? null).toBe(speaker);
  });

  // Sentences with a cue word that report nobody's words.
  const notSpeech: string[] = [
    'He was told to leave the building before noon on Monday.',
    'The statement was issued late on Friday by the ministry.',
    // A byline note: the verb reports no words.
    'Lisa Lerer reported from Los Angeles. Jill Colvin contributed.',
    // A passive with an adverb before its verb: the subject was asked, it did not speak.
    'Ronald Reagan was once asked how the Cold War would end.',
    'The plan was widely criticized by economists for its cost.',
    // Beliefs and looks, not words.
    'Jane Roe thinks the senator can win the state in November.',
    'John Kasich appears to have the state all to himself this week.',
    // "added" counting things, not words.
    'The economy added 151,000 jobs during the month.',
    'Netflix added subscribers, and the studio split in two.',
    // Plural nouns spelled like speech verbs.
    'The insurer had received more than 900 claims by Monday and expects more this week.',
    'Early polls in several states showed a tight race, and other states were too close to call.',
  ];
  it.each(notSpeech)('no reported speech in %s', (text) => {
    expect(analyzeText(text).quotes.filter((quote) => quote.kind === 'reported')).toEqual([]);
  });
});

describe('speakers', () => {
  // [text, quote words, speaker]
  const cases: [string, string, string][] = [
    ['Chris Matthews spoke. “I thought he was very effective at securing Trump’s flank,” he said.', 'I thought he was very effective', 'Chris Matthews'],
    ['“I thought that Mike Pence did all the things right,” said MSNBC host Chris Matthews.', 'I thought that Mike Pence', 'Chris Matthews'],
    // A speech participle after a preposition has the subject of its clause's verb.
    ['Obama spoke in Oregon. Obama punctuated his list by saying “Too many.”', 'Too many', 'Obama'],
    ['Michelle Fields wrote about the event. On Twitter, she responded to one of Trump’s messages by saying, “Seriously, just stop lying.”', 'just stop lying', 'Michelle Fields'],
    // An inverted verb opening its sentence, before the name.
    ['The small home was turned into a museum. Said Dorothy Poynter, who grew up nearby, “We were all so proud of him.”', 'We were all so proud of him', 'Dorothy Poynter'],
    ['Dan McLaughlin at the National Review agreed that Mike Pence had won the debate.', 'Mike Pence had won', 'Dan McLaughlin'],
    // A body's owner before it, between the person and the body.
    ['Dr. Barbara O’Neil of the Rutger’s Cooperative Extension suggests that small steps add up to a long-term goal.', 'small steps add up', 'Barbara O’Neil'],
    // A title whose portfolios are joined by "and", after the verb.
    ['“We will act,” said Housing and Urban Development Secretary Ben Carson.', 'We will act', 'Ben Carson'],
    ['“We will act,” said Grassley and Leahy in a statement.', 'We will act', 'Grassley'],
    ['Hillary Clinton’s campaign manager Robby Mook said as much, arguing that Trump “lashed out at our nation’s generals when asked.”', 'lashed out at our nation', 'Robby Mook'],
  ];
  it.each(cases)('%s', (text, want, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.text.includes(want));
    expect(quote, want).toBeDefined();
    expect(quote!.speaker?.name).toBe(speaker);
  });
});

describe('quotes are words', () => {
  it('gives no quote for the listener of "told" and when it was told', () => {
    expect(analyzeText('“They’re binding,” Trump spokesperson Ron Lieberman told the Wall Street Journal in July.').quotes.map((quote) => quote.text)).toEqual(['They’re binding']);
  });

  it('gives no quote for the object of a reporting verb ("agreed with …", "stated an interest in …"), nor for what was added to', () => {
    const analysis = analyzeText('Dan McLaughlin agreed with Chris Matthews about the winner. Hillary Clinton won the primary, adding to her delegate lead. Bill de Blasio stated an interest in ending the contracts.');
    expect(analysis.quotes).toEqual([]);
    expect(analysis.people.filter((person) => person.quoted)).toEqual([]);
  });

  it('gives no quote for a request for comment', () => {
    expect(analyzeText('Ars is asking Mojang for comment and will update this story. Reuters asked the ministry to comment on the plan.').quotes).toEqual([]);
  });

  it('gives no quote for how the words were said and what the speaker did meanwhile', () => {
    const text = '“Should the dealer be sued?” Bernie Sanders asked rhetorically, shaking his head no. “But I do believe the makers should be,” he said.';
    expect(analyzeText(text).quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['Should the dealer be sued?', 'Bernie Sanders'],
      ['But I do believe the makers should be', 'Bernie Sanders'],
    ]);
  });
});

/** The quote whose text holds `words`, and its speaker's name (null when it names nobody, undefined when there is no such quote). */
function speakerOf(text: string, words: string): string | null | undefined {
  const quote = analyzeText(text).quotes.find((candidate) => candidate.text.includes(words));
  return quote ? quote.speaker?.name ?? null : undefined;
}

describe('speakers in news styles', () => {
  // [text, the quote's words, the speaker's surname (the tagger's canonical name may carry more or less of the name)]
  const cases: [string, string, string][] = [
    ["Alan Cole works at the Tax Foundation. ''It's more tinkering at the edges,'' said Alan Cole, an economist at the Tax Foundation.", "It's more tinkering", 'Cole'],
    ['Paul Manafort is running the delegate hunt. Manafort said Trump has “several ways” of reaching the magic number.', 'several ways', 'Manafort'],
    ['Jeb Bush spoke in Iowa. Later, Jeb Bush called Donald Trump “unhinged.”', 'unhinged', 'Bush'],
    // "states" after "the" is a noun, not the speech verb.
    ['“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.', 'It’s an invasion', 'Pruitt'],
    // The dot of "R-Ky." ends no sentence.
    ['“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.', 'Our assumption', 'McConnell'],
    // A plural possessive's apostrophe is no quotation mark.
    ["Rucker Culpepper, who runs Clinton's get-out-the-vote effort for military veterans' families, said, “Trump has been disrespecting our veterans for decades.”", 'Trump has been disrespecting', 'Culpepper'],
    ['Lester Holt moderated. Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte and said he thought that drugs were a “very, very big factor” in the violence.', 'very, very big factor', 'Trump'],
    ['Interim DNC Chairwoman Donna Brazile said Sunday that she’s glad Clinton appeared to be feeling better and looks forward to “seeing her back out on the campaign trail.”', 'seeing her back', 'Brazile'],
    ['In July, Newt Gingrich cynically dismissed NATO member Estonia as being in the “suburbs of St. Petersburg.”', 'suburbs of St. Petersburg', 'Gingrich'],
    ['Senator Harry Reid spoke in Nevada. In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country.”', 'human leech', 'Reid'],
    ['Mike Pence answered the moderators. Tim Kaine interrupted him again.\n\n“PENCE: Well, the American people are tired of the insults and the name-calling.”', 'Well, the American people', 'Pence'],
    ["Republicans have said the same thing, including the former presidential candidate Mitt Romney -- ''It is disqualifying for a nominee to refuse to release tax returns.''", 'It is disqualifying', 'Romney'],
    ['Romney was the nominee in 2012. Kasich: ‘We Are Going All The Way To Cleveland.’\n\nOhio Gov. John Kasich said he would fight on.', 'We Are Going', 'Kasich'],
    // A quote that ends its sentence belongs to the cue before it, not to the next sentence's speaker.
    ['Former Florida Gov. Jeb Bush called the use of executive orders “quite dangerous.” New Jersey Gov. Chris Christie said the orders were illegal.', 'quite dangerous', 'Bush'],
    ['Hillary Clinton spoke in Ohio. “That would create a summer of agony for her,” forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic pollster.', 'summer of agony', 'Bannon'],
    ['The Association of Flight Attendants called Hillary Clinton a “champion” for its constituency, citing her work after the attacks.', 'her work after the attacks', 'Attendants'],
    ['“Hillary should just do whatever she wants,” said Sam Lau. Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no paper ballots to recount.”', 'There are no paper ballots', 'Lau'],
    ['“We had to acknowledge that we had a big issue with the trade part of her history,” said United Auto Workers Secretary-Treasurer Gary Casteel.', 'We had to acknowledge', 'Casteel'],
    ['“We are already at war with ISIL,” said Pentagon spokesman Navy Capt. Jeff Davis, who was asked about the strategy.', 'We are already at war', 'Davis'],
    ["Mr. Kirk is up for re-election. ''I cannot and will not support my party's nominee for president,'' said Senator Mark S. Kirk, Republican of Illinois.", 'I cannot and will not', 'Kirk'],
    ['Reince Priebus met the donors. Priebus later Thursday told Fox News: “Both Donald Trump and Paul Ryan are meeting up next week to talk about these things.”', 'Both Donald Trump', 'Priebus'],
    ['Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said the donations “call into question the political independence” of the bank.', 'call into question', 'Shelby'],
    ['Hillary Clinton, like Barack Obama, has encouraged European nations to bolster defense spending but has said she will hold firm to U.S. defense commitments.', 'she will hold firm', 'Clinton'],
    ['“It\'s unusual,“ said Larry Noble, an attorney with the Campaign Legal Center.', "It's unusual", 'Noble'],
    ['"Oz has a huge bully pulpit, with the entire Oprah empire behind him,” said David Gorski, an associate professor of surgery.', 'Oz has a huge bully pulpit', 'Gorski'],
    ['McAuliffe was greeted with chants of “Bobby!” at a conference, according to Virginia AFL-CIO President Doris Crouse-Mays.', 'Bobby', 'Crouse-Mays'],
    // After an inverted verb, a business's role in lower case and a comma, then the person who spoke.
    ['“We were paid in bills that took nine months to turn into cash,” said Hengrui’s general manager, Xu Lanying, whose company makes chassis parts.', 'We were paid in bills', 'Lanying'],
    // A lawmaker's party and a home town of two words are no name ("R-Council Bluffs").
    ['State Sen. Mark Delaney, R-Council Bluffs, noted that the credits came with a requirement to keep 500 jobs.', 'the credits came with', 'Delaney'],
    // "telling … that" and "warning that" are speech cues before the clause they report.
    ['Sunrise Harbour’s barrister, Anthony Ng, had asked for a further eight-week adjournment, telling the court that the company was close to securing support from holders of more than half of its offshore debt and that a liquidation would "destroy value for everyone, including the petitioner".', 'destroy value for everyone', 'Ng'],
    ['Fitch Ratings gave the notes a BB+ grade, citing the airline’s solid liquidity but warning that its lease obligations were "high relative to peers."', 'high relative to peers', 'Ratings'],
    // A colon after "was" and a word, in a sentence whose subject is a person: the person's words follow.
    ['Al Noor Capital plans to build a network. Its chief executive, Kelechi Nwosu, was blunt: “We did not come to make up the numbers.”', 'We did not come', 'Nwosu'],
    // An outlet after the quote reports it; the person who told a briefing before it spoke it.
    ['Commerce ministry spokeswoman Liu Meifang told a regular briefing in Beijing that Japan should "stop politicizing normal trade remedy measures," according to Xinhua News Agency.', 'stop politicizing', 'Meifang'],
    // A family name before a hyphenated given name, read by the tagger as a MISC name ("Han" as in Han Chinese).
    ['SKT’s chief financial officer, Han Ji-soo, told analysts that capital spending would rise. “We will keep the dividend,” she said.', 'We will keep the dividend', 'Ji-soo'],
    ['Deputy Minister of Economic Affairs Chen Yu-ting told lawmakers that the rules were "not designed to stop anyone from investing overseas."', 'not designed to stop', 'Yu-ting'],
    ['Mark Penn, the Democratic pollster who worked for both Clintons for decades, argued that Dems’ support for gun control hurt the party politically.', 'support for gun control', 'Penn'],
    ['Bernie Sanders, who on Tuesday endorsed Hillary Clinton, said Wednesday he agrees with the judge’s remarks.', 'he agrees with the judge', 'Sanders'],
    // Any verb before a colon and a quote, with its subject; a time stamp before a sentence's subject; a comma inside the closing mark before a participle.
    ['Supporters kicked a protester, with Trump reportedly yelling: “Get him the hell out of here!”', 'Get him the hell', 'Trump'],
    ['Donald Trump spoke. Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”', 'Let’s defeat her', 'Trump'],
    ['___. 9:34 p.m. Donald Trump has delivered an impassioned defense of “New York values.”', 'New York values', 'Trump'],
    ['Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied bravery.', 'New York values', 'Trump'],
    // After an inverted verb, the person a role names after a comma; a clause of its own before the verb is no appositive.
    ['Jobs are still disappearing. In nearby Decatur, the big steel plant is hanging on, but it is under pressure from imports, said the company’s chief executive, John J. Ferriola.', 'the big steel plant', 'Ferriola'],
    ['Ted Cruz, when asked what about the plan is wrong, responded that the businessman “is right about the problems.”', 'is right about', 'Cruz'],
    // A fragment of a sentence whose subject holds a role named after someone else: the role's holder; a verb
    // after the subject names no role ("Ryan calls Trump’s remark").
    ['Hillary Clinton spoke in Ohio. Clinton campaign spokesman Brian Fallon responded on Twitter, calling the charge “pathetic” and “dangerous.”', 'dangerous', 'Fallon'],
    ['House Speaker Paul Ryan spoke in Wisconsin. Ryan calls Trump’s remark “racist” in an interview.', 'racist', 'Ryan'],
    // "went after Trump" names no role of Trump's: the participle's subject is the sentence's.
    ['Mitt Romney spoke in Utah. Romney went after Trump on Wednesday, calling it “disqualifying.”', 'disqualifying', 'Romney'],
    // After an inverted verb, places', bodies' and titles' words before the person, who ends the clause or is followed by when or where.
    ['“At this point, I don’t think there is bad publicity,” said Atlantic City Mayor Don Guardian in a telephone interview.', 'bad publicity', 'Guardian'],
    ['“This is the secret weapon that Hillary Clinton has,” said South Carolina Democratic Party Chairman Jaime Harrison.', 'secret weapon', 'Harrison'],
    // After an inverted verb, a description of any kind (a place's, a lower-case title) before the name that ends the clause.
    ['“This is just a scripted television show and we are all props,” said Virginia delegate Beau Correll, angered that party leaders ignored the movement.', 'scripted television show', 'Correll'],
    ['“Almost everybody was opposed to the thing,” said former Sen. Evan Bayh, a moderate from Indiana.', 'Almost everybody', 'Bayh'],
    ['Turnout was low. “I can’t vote for either of them,” said voter Whit Symms.', 'I can’t vote', 'Symms'],
    // A quote without a cue after a paragraph with a new subject is that subject's, not the last speaker's.
    ['“We must find out the truth about this shooting,” Mike Pence said on Sunday.\n\nOn “Face the Nation,” Sen. Bernie Sanders (Vt.), who lost the Democratic primaries to Clinton, identified young voters’ exhaustion with bigotry as one of the reasons to back her. “The younger people are sick and tired of discrimination.”', 'The younger people', 'Sanders'],
  ];
  it.each(cases)('%s', (text, words, surname) => {
    const speaker = speakerOf(text, words);
    expect(speaker, words).toBeTruthy();
    expect(speaker!.split(' ').pop()).toBe(surname);
  });

  // [text, quote words, a name that must not be its speaker]
  const notSpeakers: [string, string, string][] = [
    // The name after "said" is its object here, not an inverted speaker.
    ['A Monmouth poll was released on Sunday. However, 63 percent said Hillary Clinton was "justified" in keeping her diagnosis private.', 'justified', 'Hillary Clinton'],
    // "who on Tuesday endorsed Hillary Clinton," is a relative clause: its object is not reported speech.
    ['Bernie Sanders, who on Tuesday endorsed Hillary Clinton, said Wednesday he agrees with the judge’s remarks.', 'Hillary Clinton', 'Bernie Sanders'],
    // Words written on a thing are nobody's words.
    ['Agents carried the protester away. Kelsey Atkinson was identified as the protester, wearing a shirt that read “Animal liberation now.”', 'Animal liberation', 'Kelsey Atkinson'],
    // A fragment in an aside on the speaker describes the speaker: no words of the speaker's.
    ['“A lot of people were upset with the idea,” said former Rep. George Miller (D-Calif.), one of the original “big four” negotiators.', 'big four', 'George Miller'],
    // "that" opens a clause: the name after it is what was written about, not who wrote.
    ['Henry Clay’s biographers, David and Jeanne Heidler, wrote that Taylor "had a tin ear, was both opinionated and wrong" in office.', 'had a tin ear', 'Taylor'],
    ['It is read by nearly 10,000 people each week.\n\nFrequently asked questions about streaming live TV', 'questions about streaming', 'Frequently'],
    // One who holds a title at a business speaks for it and is not it, a hyphenated title too.
    ['A co-owner of Vantor Dynamics said the plan would work.', 'the plan would work', 'Vantor Dynamics'],
  ];
  it('does not take a dateline’s month for a speaker', () => {
    const text = 'Clinton camp: Trump’s plan threatens security.\n\nWASHINGTON, Dec. 8 (UPI) — In response to the proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”';
    expect(speakerOf(text, 'We have to be ready')).toBeNull();
  });

  it.each(notSpeakers)('not %s', (text, words, name) => {
    expect(speakerOf(text, words) ?? null).not.toBe(name);
  });
});

describe('subject helpers', () => {
  it.each([
    ['The plan is bad, the Tax Foundation said.', 'Tax', 4],
    ['The plan is bad, top black lawmakers said.', 'lawmakers', 4],
    ['The plan is bad and the Tax Foundation said so.', 'Tax', -1],
    ['The airline will study the plans, and Jet2 declined to comment.', 'Jet2', -1],
    ['The rise of Donald Trump propelled that increase, but Sanders seemed to reap the benefits.', 'Sanders', -1],
    ['A couple were on board, Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz said.', 'Benali', 5],
  ] as const)('commaBeforeSubject(%s)', (text, subjectWord, comma) => {
    expect(commaBeforeSubject(tokenize(text).tokens, indexOf(text, subjectWord), 0)).toBe(comma);
  });

  it.each([
    ['Experts on North Korea said the test matters.', true],
    ['The report, which said little, was late.', false],
    ['It was what they said yesterday.', false],
  ] as const)('unnamedSubjectBefore(%s)', (text, found) => {
    expect(unnamedSubjectBefore(tokenize(text).tokens, indexOf(text, 'said'), 0) !== null).toBe(found);
  });

  it.each([
    ['One of the states suing the agency said no.', 'states', false],
    ['The governor states his case.', 'states', true],
    ['Trump’s claims were false.', 'claims', false],
  ] as const)('isQuoteCue(%s, %s)', (text, word, want) => {
    expect(isQuoteCue(tokenize(text).tokens, indexOf(text, word))).toBe(want);
  });

  it.each([
    ['Trump Could Address Clean Energy, Lindsey Graham Says', 'Says', true],
    ['Says the senator, nothing changed.', 'Says', false],
  ] as const)('isHeadlineCue(%s)', (text, word, want) => {
    expect(isHeadlineCue(tokenize(text).tokens, indexOf(text, word))).toBe(want);
  });
});

describe('isSubjectLike', () => {
  // [sentence, the name's one token, whether it reads as a subject]
  const cases: [string, string, boolean][] = [
    ['Biden rubbished Trump’s claim.', 'Biden', true],
    ['Biden rubbished Trump’s claim.', 'Trump', false],
    ['He met with Bush on Friday.', 'Bush', false],
    ['In an interview with Obama, Clinton said it.', 'Obama', false],
    ['In an interview with Obama, Clinton said it.', 'Clinton', true],
    ['Former Florida Gov. Bush called Trump unhinged.', 'Bush', true],
    ['The strategist said so in an interview with CNN’s Wolf Blitzer.', 'Wolf', false],
    ['“It was lonely,” she told Hartnett.', 'Hartnett', false],
    ['Students using Headspace reported less stress.', 'Headspace', false],
    // A capitalised preposition opening the sentence is no title: "In Medford" is where, not who.
    ['In Medford, Beckett was still waiting.', 'Medford', false],
    ['And Clinton said it again.', 'Clinton', true],
    ['As Clinton said, it is over.', 'Clinton', true],
  ];
  it.each(cases)('%s / %s', (text, name, want) => {
    const { tokens } = tokenize(text);
    const first = indexOf(text, name);
    expect(isSubjectLike(tokens, { first, end: first + 1 })).toBe(want);
  });
});

describe('pronouns and standalone quotes prefer a subject', () => {
  // [text, the quote's words, the speaker we want]
  const cases: [string, string, string][] = [
    ['Joe Biden rubbished Donald Trump’s claim to understand the middle class.\n\n“It is a bunch of malarkey,” he said.', 'a bunch of malarkey', 'Joe Biden'],
    ['Donald Trump also took multiple swipes at fellow GOP contender Jeb Bush.\n\n“Everybody is laughing at him and his money, believe me,” he added later.', 'Everybody is laughing', 'Donald Trump'],
    ['Donald Trump also took multiple swipes at fellow GOP contender Jeb Bush.\n\n“Everybody is laughing at him and his campaign money.”', 'Everybody is laughing', 'Donald Trump'],
    // A sentence naming a person only as an owner gives way to the subject of the sentence before it.
    ['Jim Mattis spoke at the base on Friday. Many officers disagreed with Obama’s policies.\n\n“We are on our fourth secretary of defense,” he said.', 'our fourth secretary', 'Jim Mattis'],
    // A person named in the title of the person named after them is not the subject.
    ['Ted Cruz spoke in Iowa on Monday.\n\nCruz spokesman Rick Tyler criticized the ad. “It is simply false,” he said.', 'simply false', 'Rick Tyler'],
    ['Ted Cruz spoke in Iowa on Monday.\n\nCruz campaign manager Rick Tyler criticized the ad. “It is simply false.”', 'simply false', 'Rick Tyler'],
  ];
  it.each(cases)('%s', (text, want, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.kind === 'direct' && candidate.text.includes(want));
    expect(quote, want).toBeDefined();
    expect(quote!.speaker?.name ?? null).toBe(speaker);
  });
});

describe('speakers named by news styles of attribution', () => {
  // [text, quote words, speaker's name]
  const cases: [string, string, string | null][] = [
    // Lower-case role words between an inverted verb and the name.
    ['“We are concerned over the origin of these pills,” said chief inspector Jennifer Mattinson from the West Mercia police.', 'We are concerned', 'Jennifer Mattinson'],
    // Any past-tense verb between a quote and a name put straight after it.
    ['“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor for Queens.', 'Don’t get nervous', 'Milton Velez'],
    // A name right before the mark is what the quote is about, not who speaks.
    ['“Already, Israeli and Palestinian leaders have taken risks,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace and come to the table.”', 'has put aside efforts', 'Obama'],
    // A quote framed by "that" belongs to the verb before it, not to a source cited after it.
    ['Whole Foods CEO John Mackey said in an internal memo that the “price distinction between the two brands has become less relevant” as Whole Foods lowered its prices, Yahoo Finance reported earlier this year.', 'price distinction', 'John Mackey'],
    // Adverbs between subject and verb; the particle of "pointed out".
    ['My colleague David Pierce, who also tried the headset this week, has already pointed out that it will be a great TV.', 'it will be a great TV', 'David Pierce'],
    // A person's phrase, named by a possessive right before the marks.
    ['Uber lets the market govern, as if there were (in economist Tyler Cowen’s phrase) “markets in everything” for the lives of citizens.', 'markets in everything', 'Tyler Cowen'],
    // The person whose words the quote is, named after "the words of" right before it.
    ['Tidying is hard. In the words of Marie Kondo: "To truly cherish the things that are important to you, you must first discard those."', 'To truly cherish', 'Marie Kondo'],
    ['In the words of economist Milton Friedman, “There is no such thing as a free lunch.”', 'no such thing', 'Milton Friedman'],
    // A credit line: the short paragraph after a quote filling its own, opening with the speaker's name.
    ['Key quote\n\n“We’re finding tangible ways to leverage GenAI.”\n\nDoug McMillon, CEO of Walmart (during Walmart’s Q2 2025 earnings call on August 15, 2024)\n\nThe market grew.', 'tangible ways', 'Doug McMillon'],
    ['“We will win.”\n\nLisa Su, CEO of AMD.', 'We will win', 'Lisa Su'],
    // Not a sentence about someone after it.
    ['“We will win this race.”\n\nJohn Smith (R) is running against her in the fall.', 'We will win', null],
    // A passive contraction has no speaker for a subject.
    ['We’re told there is security footage that cops are looking at right now.', 'security footage', null],
  ];
  it.each(cases)('%s', (text, words, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.text.includes(words));
    if (speaker === null) expect(quote?.speaker ?? null).toBeNull();
    else expect(quote?.speaker?.name).toBe(speaker);
  });
});

describe('block quotes credited after them', () => {
  it('gives an embedded post to the one its credit line names, and takes the credit line for no words', () => {
    const post = 'This bill is a disgrace and I will vote against it.';
    const credit = '— Mary Jones (@SenMaryJones) March 3, 2024';
    const text = ['The senator reacted on social media.', post, credit, 'The vote is on Friday.'].join('\n\n');
    const quotes = analyzeText(text, { blockQuotes: [{ start: text.indexOf(post), end: text.indexOf(credit) + credit.length }] }).quotes;
    expect(quotes.map((quote) => [text.slice(quote.start, quote.end), quote.speaker?.name ?? null])).toEqual([[post, 'Mary Jones']]);
  });
});

describe('opensObjectPhrase', () => {
  it.each([
    ['a', 'ordered', '', true],
    ['an', 'found', '', true],
    ['a', 'said', '', false],
    ['about', 'wrote', 'Wall', true],
    ['about', 'said', '20', false],
    ['the', 'ordered', '', false],
    ['for', 'writes', 'Talk', true],
    ['for', 'said', 'years', false],
    ['off', 'called', 'their', true],
    ['into', 'called', 'Tom', true],
    ['on', 'called', 'Congress', false],
  ])('%s after %s (then %s) -> %s', (first, verb, second, want) => {
    expect(opensObjectPhrase(first, verb, second)).toBe(want);
  });
});

describe('quoted people', () => {
  it('reads a surname the tagger took for a work as a person where the text gives the name "his" team', () => {
    const text = 'Nobody has shown this more vividly than the researcher Owain (pronounced “Oh-wine”) Evans, who studies odd behaviors. Back in July, Evans and his team found a new phenomenon.\n\nAs Evans noted, this is no joke. In a new paper, Evans and his coauthors documented another.';
    expect(analyzeText(text).people.filter((person) => person.quoted).map((person) => person.name)).toEqual(['Evans']);
  });

  // [text, the people marked quoted, by name]
  const cases: [string, string[]][] = [
    // A title before a lone surname makes it a person, though "the Obama administration" writes it after "the".
    ['President Obama spoke on Tuesday. "It is the right thing to do," Obama said. The Obama administration agreed.', ['Obama']],
    // A lone given name is the one person of the text who has it.
    ['Hillary Clinton spoke in Ohio. "We will win this state," Hillary said.', ['Hillary Clinton']],
    // Coordinated speakers both speak.
    ['"We need other changes to the program," Mr. Grassley and Mr. Leahy said on Monday.', ['Grassley', 'Leahy']],
    // A name in capitals labelling two turns of a transcript is a speaker, though no entity covers it.
    ['Partial transcript as follows:\n\nWALLACE: Let us start with the debate story tonight.\n\nPENCE: Thank you for having me here.\n\nWALLACE: But I have to ask you about that.', ['WALLACE']],
    // A noun's place is where the speaker is, not the speaker (Burke, Virginia, named like the person).
    ['Angela Burke opened the plant in 2019. The union in Burke said the order could create 300 jobs.', []],
    // A transcript's speaker in capitals is the person the host named in full.
    ['DUNMORE: Joining me now is Julianne Park-Ellis, senior media analyst at Crestline Research. Is this a good deal?\n\nPARK-ELLIS: It is a fine deal for shareholders.', ['Julianne Park-Ellis']],
    // A person read with the body they write for keeps the name only.
    ['"The impact of the debate is still small," wrote Cameron Easley for Morning Consult.', ['Cameron Easley']],
    // A given name alone, never completed by a surname, names no quoted official.
    ['"It is a great day," his wife Michelle said.', []],
    // "They" is a group: not the one person named last.
    ['Administration officials said they had briefed Donald J. Trump’s transition team. They said that Sudan had a long way to go on human rights.', []],
    // "I" outside quotation marks is the writer.
    ['Steve Jobs introduced the display in 2010. That is exactly how I felt after a demo of the headset yesterday in California.', []],
    // The object of a reporting verb reports no words.
    ['In retaliation, Mr. Clinton ordered a cruise missile strike against a pharmaceutical factory in Khartoum.', []],
    ['Nelson Schwartz has covered economics since 2012. Previously, he wrote about Wall Street and banking in New York.', []],
    // After a verb that is no verb of saying, only a clause reports words: not a thing done to an object.
    ['Trained at CalArts, James Welling challenged photography’s traditional role as a documentary tool.', []],
    ['Jeff Dengate declared the Evo SL the best shoe of the year in February.', []],
    ['Tom Price argued the plan would fail. Anna Lee revealed that the firm had lost money.', ['Anna Lee', 'Tom Price']],
    // A speech act's object is what was said.
    ['Donald Trump called climate change a hoax. Joe Hannouch denied the allegations against his wife.', ['Donald Trump', 'Joe Hannouch']],
    // Feature writing's verbs of advice and remark beside a quote, and advice reported.
    ['“Start slow,” advises Ana Ruiz, a dietitian. Jane Doe, RD, recommends eating more fiber every day.', ['Ana Ruiz', 'Jane Doe']],
    // Not a job described with one of them.
    ['The roadshow featured Justin Bassi, who advises Attorney-General George Brandis on cyber policy.', []],
    // Common initials labelling two notes are no transcript's speaker.
    ['Plans vary. FYI: If you buy a plan within 14 days, you get the best coverage options.\n\nCoverage is broad.\n\nFYI: The camera only records live feeds when it detects motion.', []],
    // A product's spelling names no person.
    ['PsycInfo: PsycInfo is the American Psychological Association’s database, with over three million records.', []],
    // A person named at a speech verb inside words already reported speaks too.
    ['He vowed to keep trying, but the BBC’s North America editor Jon Sopel said the president did not sound very confident.', ['Jon Sopel']],
    ['South Africa said Mr Robert Mugabe had told President Jacob Zuma by telephone that he was confined to his home.', ['Robert Mugabe']],
    // A lone given name speaks for the one person named in full with it, whatever the tagger typed it.
    ['Eloise Parry died in April. Fiona Parry issued a plea. “She was literally burning up from within,” her mother, Fiona, said.', ['Fiona Parry']],
    // A body noun before a name, or "It said" after a one-word name, makes the speaker a body; a place head a place.
    ['Whales are stranding in numbers, according to whale rescue group Project Jonah, with 140 pilot whales dying on the island.', []],
    ['The craft broke up over Siberia, Roscosmos said in a statement. It said most of the debris burnt up in the atmosphere.', []],
    // A Korean name writes the family name first: "Bae" is short for "Bae Min-kyu"; a hyphenated given name is a name word.
    [
      'Lawmaker Bae Min-kyu criticised the group on Monday. "Owners apologize and nothing changes," Bae told reporters. Park Min-ji, an analyst at Kiwoom Securities, said the costs would weigh on earnings.',
      ['Bae Min-kyu', 'Park Min-ji'],
    ],
  ];
  it.each(cases)('%s', (text, want) => {
    const quoted = analyzeText(text)
      .people.filter((person) => person.quoted)
      .map((person) => person.name);
    expect(quoted.sort()).toEqual(want);
  });
});

describe('speakers named by a noun', () => {
  it('gives "the agency said" to the latest public body, not the latest business', () => {
    const text =
      'The beef was sold at Hy-Vee stores, the retailer said. The Centers for Disease Control and Prevention said illnesses began in late August. Of the 37 people sickened, 12 have been hospitalized, the agency said.';
    const quote = analyzeText(text).quotes.find((candidate) => candidate.text.startsWith('Of the 37'));
    expect(quote?.speaker?.name).toBe('Centers for Disease Control and Prevention');
  });
});

describe('speakers across sentences and paragraphs', () => {
  // [text, the quote's words, the speaker's surname, or null for a quote that names nobody]
  const cases: [string, string, string | null][] = [
    // A sentence whose subject is the same pronoun names only objects: "he" carries on from before it.
    [
      'Don Fowler helmed the party in the 1990s. Fowler said the party needs a plan.\n\n“It is something you would be a fool not to prepare for,” he said. He added a note of caution, should Hillary Clinton attempt a quick return.\n\n“She better get well before she gets back out there,” he said.',
      'She better get well',
      'Fowler',
    ],
    [
      'Chris Matthews spoke after the debate. “I think he was very effective at securing the flank,” he said.\n\nHowever, he characterized Democratic nominee Sen. Tim Kaine as “a little desperate there, jumping in all the time.”',
      'a little desperate',
      'Matthews',
    ],
    // The source of "according to" is who the sentence reports, as a subject is.
    [
      'Gen. David Petraeus retired in 2012. “We are trading traitors for terrorists,” he said.\n\nAccording to Petraeus, the administration has shuffled through leaders because many disagreed with Barack Obama’s policies.\n\n“We are on our fourth secretary of defense,” he said.',
      'our fourth secretary',
      'Petraeus',
    ],
    // A quote after one whose cue names nobody, in the same paragraph and with no cue of its own, is that voice's.
    [
      'Paul Manafort runs the campaign.\n\n“His knowledge is about 20 years old,” said a longtime adviser, who declined to be identified. “He does not know the new demographics or the new media.”',
      'He does not know',
      null,
    ],
    // In texts that break paragraphs with one newline, a quote's cue is not on the next line.
    [
      'Marco Rubio spoke first.\n"We face a very significant threat," Marco Rubio continued. "We need strong relationships with the communities."\nJeb Bush hit back, and Bush said the plan was weak.',
      'We need strong relationships',
      'Rubio',
    ],
    // A name and a verb right after a quote that runs on: the speaker, whatever the verb.
    ['Jeb Bush attacked the casino deal.\n\n“Jeb wants to be a tough guy tonight,” Donald Trump shot back.', 'tough guy tonight', 'Trump'],
    ['Jeb Bush attacked the deal.\n\n“I can point to only two accomplishments,” Newt Gingrich answers.', 'only two accomplishments', 'Gingrich'],
    // After "said", an employer and a title of three lower-case words, then the person who spoke.
    ['Airlines expect more travel.\n\n“We will fly more,” said Virgin Australia chief commercial officer Declan Rourke.', 'fly more', 'Rourke'],
    ['Firms are adopting it.\n\n“Machine learning is changing every industry,” said MIT computer science professor Aleksander Madry.', 'changing every industry', 'Madry'],
    // After a question the name and its verb are a sentence of their own, in the quote's paragraph only.
    ['Sens. Jon Tester and David Vitter spoke.\n\n“Is this bank too big to regulate?” Vitter demanded.', 'too big to regulate', 'Vitter'],
    ['Maria Bartiromo and Darrell Issa spoke.\n\nBartiromo asked, “You think that the director would like to indict her?”\n\nIssa continued, “Yes. I have watched it.”', 'would like to indict', 'Bartiromo'],
    // A colon closing the paragraph before hands the quote its cue.
    ['The New York Times made the same allegations in February, and the National Rifle Association responded:\n\n“If there are people in this country who are believed to be so dangerous, they should be arrested.”', 'they should be arrested', 'Association'],
  ];
  it.each(cases)('%s', (text, words, surname) => {
    const speaker = speakerOf(text, words);
    expect(speaker, words).not.toBeUndefined();
    expect(speaker === null ? null : speaker!.split(' ').pop()).toBe(surname);
  });
});

describe('relative clauses', () => {
  // [text, the reported words, the speaker's name or null]
  const cases: [string, string, string | null][] = [
    // After "on", "for", "of" … the name qualifies the noun the clause hangs on.
    ['The ruling pleased many supporters of Jane Roe, who have argued that the law was unfair to farmers.', 'the law was unfair', null],
    // After "by" the name is the agent, who may be the clause's subject.
    ['The deal drew attacks by Donald Trump, who has argued that the law was unfair to farmers.', 'the law was unfair', 'Donald Trump'],
  ];
  it.each(cases)('%s', (text, words, speaker) => {
    const quote = analyzeText(text).quotes.find((candidate) => candidate.kind === 'reported' && candidate.text.includes(words));
    expect(quote, words).toBeDefined();
    expect(quote!.speaker?.name ?? null).toBe(speaker);
  });
});

describe('isSpeechVerbForm', () => {
  it.each([
    ['answers', true],
    ['concludes', true],
    ['shot', true],
    ['quipped', true],
    ['supporters', false],
    ['aides', false],
    ['campaign', false],
    ['Said', false],
  ] as const)('%s -> %s', (word, want) => {
    expect(isSpeechVerbForm(word)).toBe(want);
  });
});

describe('isAccordingToSource', () => {
  it.each([
    ['According to Ham, the plan failed.', 'Ham', true],
    ['according to Sen. Graham, it failed.', 'Graham', true],
    ['He went to Ham for advice.', 'Ham', false],
  ] as const)('%s / %s', (text, name, want) => {
    expect(isAccordingToSource(tokenize(text).tokens, indexOf(text, name))).toBe(want);
  });

  it('takes a given name that is also a month for a name, and a date for none', () => {
    const named = analyzeText('Coders were overlooked. “It was seen as rote,” said Mar Hicks, a historian at the Illinois Institute of Technology.');
    expect(named.quotes[0]!.speaker?.name).toBe('Mar Hicks');
    const dated = analyzeText('WASHINGTON, Dec. 8 (UPI) - "We will act," the official said.');
    expect(dated.quotes[0]!.speaker).toBeNull();
    expect(dated.people).toEqual([]);
  });

  it('reaches the speaker across a long aside in brackets', () => {
    const analysis = analyzeText('Commenter Paul Stoffregen (who was the author of the Heise story above) noted that the company recently created a fork.');
    expect(analysis.quotes.map((quote) => [quote.kind, quote.speaker?.name])).toEqual([['reported', 'Paul Stoffregen']]);
  });

  it('gives the quote to the person holding a company’s title after an inverted verb', () => {
    const analysis = analyzeText('Maxi Moving is where "affordable rates meet quality," says Maxi Moving’s Vice President, Ivan Cheptenari.');
    expect(analysis.quotes[0]!.speaker?.name).toBe('Ivan Cheptenari');
  });

  it('does not take a contraction for a speaker', () => {
    const speakers = analyzeText('We’re announcing updates to our pricing and product models for the service. I’ve said most developers never need it.').quotes.map((quote) => quote.speaker?.name ?? null);
    expect(speakers.filter((name) => name !== null)).toEqual([]);
  });

  it('does not take the headings of a list for speakers', () => {
    const text = 'Benefits of the platform\n\nScalability: Resources can be scaled up or down based on the demand.\n\nContributing: Nicholas Zazulia, Medill News Service';
    expect(analyzeText(text).quotes).toEqual([]);
  });

  it('reads a list of labelled paragraphs as a list, unless its labels speak in the first person or take turns', () => {
    const list = analyzeText(
      'The best language apps of the year.\n\n5. Rocket Languages: Excellent combination of audio and vocab instruction.\n\n7. Busuu: Language program with great community features.\n\n8. Yabla: The YouTube for all language learners.\n\nBusuu was founded in Madrid and Busuu now has offices in London.\n\nBusuu: Language program with great community features.\n\nPricing: From $6 a month.\n\nLevels: Beginner to advanced.',
    );
    expect(list.quotes).toEqual([]);
    const panel = analyzeText(
      'Chris Matthews hosted the panel with Luciana Lopez and Alex Seitz-Wald.\n\nLuciana Lopez: Saying to people Wall Street speculation means nothing to most.\n\nMatthews: Well, speculation is bad for everyone.\n\nLopez: Well, no one is against their own retirement savings.\n\nAlex Seitz-Wald: I think she is right on all these things.\n\nMatthews: Here is the irony of our time, then.',
    );
    expect(panel.quotes.map((quote) => quote.speaker?.name)).toEqual(['Luciana Lopez', 'Chris Matthews', 'Luciana Lopez', 'Alex Seitz-Wald', 'Chris Matthews']);
  });

  it('does not take a label whose line opens in lower case for a speaker', () => {
    const text = 'The compiler runs in stages.\n\nHIR: checks if types are valid\n\nMIR: checks lifetimes and runs the borrow checker\n\nTODO: Later I will move the cache onto its own disk.';
    expect(analyzeText(text).quotes).toEqual([]);
  });

  it('does not take a writer’s rubric before a colon for a speaker', () => {
    const text = 'Eat well.\n\nTIP: Limiting foods that are high in calories can help you stay on track.\n\nDISCLAIMER: The information on this website is not legal advice of any kind.';
    expect(analyzeText(text).quotes).toEqual([]);
  });

  it('does not take the labels of a list of facts for speakers', () => {
    const text = 'Oil change\n\nINTERVAL: Up to 10,000 miles\n\nPRICE: $75-$145\n\nTire rotation\n\nINTERVAL: When you see uneven treadwear on the front tires\n\nPRICE: $35-$45';
    expect(analyzeText(text).quotes).toEqual([]);
  });

  it('gives the words to the person after an inverted verb, a title and a comma', () => {
    const analysis = analyzeText('Ferah takes a different approach. “Our goal is to listen first,” says Co-Founder, Stephanie Özcan.');
    expect(analysis.quotes.map((quote) => quote.speaker?.name)).toEqual(['Stephanie Özcan']);
  });

  it('gives the words to the person named before the body they work at, though the tagger missed the name', () => {
    const analysis = analyzeText('Trent Hamm at the National Review agreed that the plan would fail.');
    expect(analysis.quotes.map((quote) => quote.speaker?.name)).toEqual(['Trent Hamm']);
    // (A body named by ordinary words only, which the tagger read as a person's.)
    const frame = analyzeText('Money is hard. As Trent Hamm at The Simple Dollar explains, artificial replacement can happen.');
    expect(frame.quotes.map((quote) => quote.speaker?.name)).toEqual(['Trent Hamm']);
  });

  it('reads "as X put it" as reported speech', () => {
    const analysis = analyzeText('As Jane Doe, the chief economist, put it, rates will rise. He put it, carefully, on the table.');
    expect(analysis.quotes.map((quote) => [quote.kind, quote.speaker?.name, quote.text])).toEqual([['reported', 'Jane Doe', 'rates will rise']]);
  });

  it('gives a quote after "as X, <appositive>, puts it," to X', () => {
    const text =
      'As Paco Calvo, director of the Minimal Intelligence Laboratory at the University of Murcia in Spain and author of Planta Sapiens, puts it, “Plants have to plan ahead to achieve goals.” Or, as Tom Ridge, a former secretary, put it: “The barbarians are inside.”';
    expect(analyzeText(text).quotes.map((quote) => [quote.kind, quote.speaker?.name])).toEqual([
      ['direct', 'Paco Calvo'],
      ['direct', 'Tom Ridge'],
    ]);
  });
});

describe('a person whose surname also names a place', () => {
  it('is a person when a given name opens the full name', () => {
    const text =
      'An account by Kevin Hartnett tells how a mathematician named Hannah Cairo solved a problem in harmonic analysis. Cairo grew up in the Bahamas. “There was this inescapable sameness,” she told Hartnett. As a teenager, Cairo moved to California. Cairo’s counterexample stood.';
    const analysis = analyzeText(text);
    expect(analysis.people.find((person) => person.name === 'Hannah Cairo')?.quoted).toBe(true);
    expect(analysis.quotes.find((quote) => quote.kind === 'direct')?.speaker?.name).toBe('Hannah Cairo');
  });
});

describe('a quote after another in its paragraph', () => {
  it('stays with the speaker, not with the one the speaker told', () => {
    const text =
      'Kevin Hartnett wrote about how a mathematician named Hannah Cairo solved a problem. Cairo grew up in the Bahamas. “There was this inescapable sameness,” she told Hartnett. “No matter what I did, I was in the same place.”';
    expect(analyzeText(text).quotes.map((quote) => quote.speaker?.name)).toEqual(['Hannah Cairo', 'Hannah Cairo']);
  });
});

describe('speakers named by a brand', () => {
  it('takes a name with a capital inside it for a business, not a quoted person', () => {
    const text = 'We partnered with SRLabs on the review. SRLabs noted:\n\n“Fast patching greatly reduces vulnerability exposure windows.”';
    expect(analyzeText(text).people.filter((person) => person.quoted)).toEqual([]);
    // (A surname's prefix is no brand's capital.)
    const surname = 'Gen. Douglas MacArthur spoke at the academy. “Old soldiers never die,” MacArthur said.';
    expect(analyzeText(surname).people.filter((person) => person.quoted).map((person) => person.name)).toEqual(['Douglas MacArthur']);
  });
});

describe('speakers named by one ordinary word', () => {
  const quotedPeople = (text: string): string[] => analyzeText(text).people.filter((person) => person.quoted).map((person) => person.name);

  it('takes a speaker named only by an ordinary word for a business, not a quoted person', () => {
    expect(quotedPeople('Walmart and Costco reported strong sales, while Target warned of weaker demand.')).toEqual([]);
  });

  it('keeps a surname that is an ordinary word for a person once the text writes it after a given name', () => {
    const text = 'Grant Young, another strategist, said there were advantages. “It is a good day,” Young said.';
    expect(quotedPeople(text)).toEqual(['Grant Young']);
  });
});

describe('reported speech after "told"', () => {
  it('skips a listener written with a possessive and a title in quotation marks, up to "that"', () => {
    const analysis = analyzeText('Bernie Sanders spoke in Ohio on Monday. Sanders told MSNBC’s “Morning Joe” that nobody would question her knowledge of the issues.');
    const reported = analysis.quotes.filter((quote) => quote.kind === 'reported');
    expect(reported.map((quote) => [quote.text, quote.speaker?.name])).toEqual([['nobody would question her knowledge of the issues', 'Bernie Sanders']]);
  });

  it('takes no reported clause from where or when words were said, from the writer’s clause after a comma, or after a noun that looks like a verb', () => {
    const statement = analyzeText('“The age of AI is in full steam,” Chief Executive Jensen Huang said in a statement.');
    expect(statement.quotes.map((quote) => [quote.kind, quote.text])).toEqual([['direct', 'The age of AI is in full steam']]);
    const meeting = analyzeText('“We are not far from the point,” Jerome Powell told reporters after the two-day meeting.');
    expect(meeting.quotes.map((quote) => [quote.kind, quote.text])).toEqual([['direct', 'We are not far from the point']]);
    const valuing = analyzeText('Mistral AI has raised €600 million, the Paris-based startup said on Tuesday, valuing it at about $6 billion.');
    expect(valuing.quotes.map((quote) => quote.text)).not.toContain('valuing it at about $6 billion');
    const estimates = analyzeText('Nvidia forecast quarterly revenue above Wall Street estimates, as demand for its chips from Microsoft remained strong.');
    expect(estimates.quotes).toEqual([]);
  });

  it('takes a long phrase of where words were said for no words, and reads the clause after it from "that"', () => {
    const webinar = analyzeText('“TikTok is the place,” Lysis Bourget-Vennin said at Sprout’s Glow Beyond the Grid webinar.');
    expect(webinar.quotes.map((quote) => [quote.kind, quote.text])).toEqual([['direct', 'TikTok is the place']]);
    const statement = analyzeText('Jane Doe said in a statement that prices rose sharply last year.');
    expect(statement.quotes.map((quote) => [quote.kind, quote.text, quote.speaker?.name])).toEqual([['reported', 'prices rose sharply last year', 'Jane Doe']]);
  });

  it('reads "according to an EU official" as an unnamed source, not the EU', () => {
    const analysis = analyzeText('Viktor Orbán left the room during the vote, according to an EU official who spoke on condition of anonymity.');
    expect(analysis.quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([['reported', null]]);
  });
});

describe('credits', () => {
  it('takes no picture’s credit for the speaker of the quote after it', () => {
    const text = 'The chain opened its first store in 1988.\n\nGuests pick their pastries from glass cabinets. | Photo by Tomas Hartley\n\n“We had those bakeries on every block, and they are gone,” he said.';
    const analysis = analyzeText(text);
    expect(analysis.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual([null]);
    expect(analysis.people.filter((person) => person.quoted)).toEqual([]);
  });

  it('reads past a picture’s caption to the speaker of the paragraph before it', () => {
    const text =
      'Darren Tristano, the chain’s chief executive, credits its bakers.\n\nGuests pick their pastries from glass cabinets. | Photo by Tomas Hartley\n\n“We had those bakeries on every block, and they are gone,” he said.';
    expect(analyzeText(text).quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(['Darren Tristano']);
  });
});

describe('two speakers named before a plural speech verb', () => {
  it('reads “…,” X and Y write as the words of both, and the plural alone as no cue', () => {
    const text =
      'In a long article, Mira Okafor and science writer Tomas Lindqvist explore the problem. The first proof “was a patchwork quilt, each square stitched out of distinct arguments,” Okafor and Lindqvist write.';
    const analysis = analyzeText(text);
    expect(analysis.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(['Tomas Lindqvist']);
    expect(analysis.people.filter((person) => person.quoted).map((person) => person.name).sort()).toEqual(['Mira Okafor', 'Tomas Lindqvist']);
    const imperative = analyzeText('Mira Okafor built the tool. Users write formulas like “profit equals revenue minus cost” and share them.');
    expect(imperative.people.filter((person) => person.quoted)).toEqual([]);
  });
});

describe('block quotes without quotation marks', () => {
  const analyzeWithBlockQuotes = (text: string, quoted: string[]) =>
    analyzeText(text, { blockQuotes: quoted.map((words) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })) });

  it('reads a block quote as the words of the person the paragraph before names as its speaker, over its paragraphs', () => {
    const text =
      'Then some of the others weigh in, including Jason Snell, who disagreed. Jason:\n\nYou should never use an ad rate card to estimate revenue.\n\nI learned this when I started working for a magazine.\n\nHe is right about that.';
    const analysis = analyzeWithBlockQuotes(text, ['You should never use an ad rate card to estimate revenue.\n\nI learned this when I started working for a magazine.']);
    expect(analysis.quotes.map((quote) => [quote.text, quote.kind, quote.speaker?.name ?? null])).toEqual([
      ['You should never use an ad rate card to estimate revenue.', 'direct', 'Jason Snell'],
      ['I learned this when I started working for a magazine.', 'direct', 'Jason Snell'],
    ]);
    expect(analysis.people.find((person) => person.name === 'Jason Snell')?.quoted).toBe(true);
  });

  it('reads a block quote as the words of the person a line ending in a colon names by "comments from" or "a reply by"', () => {
    const text = 'Another bright spot are these comments from Ian Marsh, who has been writing even longer than Marco:\n\nAny writer who has never made a factual error has never written anything worth reading.\n\nThat is fair.';
    const analysis = analyzeWithBlockQuotes(text, ['Any writer who has never made a factual error has never written anything worth reading.']);
    expect(analysis.quotes.map((quote) => [quote.kind, quote.speaker?.name ?? null])).toEqual([['direct', 'Ian Marsh']]);
    // Not a person named in the line without such a noun.
    expect(analyzeWithBlockQuotes('I spent a week with Ian Marsh in Leeds:\n\nThe fans were loud at first.', ['The fans were loud at first.']).quotes).toEqual([]);
  });

  it('takes a block quote no one is said to speak for no quote: a note, a tip, a to-do', () => {
    const text =
      'Aiko Tanaka set up the server last week and wrote about it.\n\nThe fans were loud at first.\n\nTODO: Later I will move the controller onto its own network.\n\nTip: label every cable before you start.';
    const analysis = analyzeWithBlockQuotes(text, ['The fans were loud at first.', 'TODO: Later I will move the controller onto its own network.', 'Tip: label every cable before you start.']);
    expect(analysis.quotes).toEqual([]);
    expect(analysis.people.filter((person) => person.quoted)).toEqual([]);
    // (One opening the text has nothing before it.)
    expect(analyzeWithBlockQuotes('Never use a rate card.\n\nJason Snell wrote that.', ['Never use a rate card.']).quotes).toEqual([]);
  });

  it('reads a block quote with quotation marks by its marks, as without block quotes', () => {
    const text = 'Suga spoke on Friday.\n\n“We will respond firmly,” he said.';
    expect(analyzeWithBlockQuotes(text, ['“We will respond firmly,” he said.']).quotes).toEqual(analyzeText(text).quotes);
  });
});

