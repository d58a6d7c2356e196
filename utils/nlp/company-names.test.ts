import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';
import { learnedLexicon } from './lexicon.ts';
import { mendCutNames } from './name-spans.ts';
import { tokenize } from './tokenize.ts';
import type { TextAnalysis } from './types.ts';

/** Each company's canonical name with the mentions it was given, in order of first mention. */
function companyMentions(text: string): Record<string, string[]> {
  const analysis: TextAnalysis = analyzeText(text);
  const found: Record<string, string[]> = {};
  for (const entity of analysis.entities) if (entity.type === 'company') (found[entity.canonical] ??= []).push(text.slice(entity.start, entity.end));
  return found;
}

describe('company names on real pages', () => {
  it.each([
    [
      'an example after the businesses of a trade ("makers of … such as")',
      'Regulators moved against makers of high-powered magnet sets such as Zen Magnets. Larger toy makers were spared.',
      { 'Zen Magnets': ['Zen Magnets'] },
    ],
    [
      'two companies joined by "and" when the text also names either alone',
      'Facebook and Cambridge Analytica are under pressure. Lawmakers want Facebook to explain what Cambridge Analytica took.',
      { Facebook: ['Facebook', 'Facebook'], 'Cambridge Analytica': ['Cambridge Analytica', 'Cambridge Analytica'] },
    ],
    [
      'two names of two words or more joined by "and", one ending in a business word',
      'The market was quiet as traders waited for the central bank. Shares of Vistra Energy and Spirit Air Lines rose, while other stocks fell.',
      { 'Vistra Energy': ['Vistra Energy'], 'Spirit Air Lines': ['Spirit Air Lines'] },
    ],
    [
      'a company before a lower-case role and its holder, read as one name by the tagger',
      'Obé Fitness co-founder Ashley Millers says interest in strength training at her business has drastically increased this year, especially for older women. Obé Fitness enrollment for strength training on the digital platform has multiplied by 10 in 2024.\n\nMillers agrees that stretch and recovery classes have become more popular on Obé Fitness’s digital platform.',
      { 'Obé Fitness': ['Obé Fitness', 'Obé Fitness', 'Obé Fitness'] },
    ],
    [
      'a known name written without its inner capital',
      'Readers can pay with Paypal or a card, the shop said. Its videos are on Youtube and Linkedin.',
      { Paypal: ['Paypal'], Youtube: ['Youtube'], Linkedin: ['Linkedin'] },
    ],
    [
      'a company’s full name written again where the tagger cut it into other names',
      'Scott Keatley is co-owner of Keatley Medical Nutrition Therapy. Meet the experts: Scott Keatley, R.D., is co-owner of Keatley Medical Nutrition Therapy; Keri Gans is an author.',
      { 'Keatley Medical Nutrition Therapy': ['Keatley Medical Nutrition Therapy', 'Keatley Medical Nutrition Therapy'] },
    ],
    [
      'a name the tagger ran on across a semicolon into the next list item',
      'Meet the experts: Scott Keatley, R.D., is co-owner of Keatley Medical Nutrition Therapy; Keri Gans, R.D.N., is author of The Small Change Diet.',
      { 'Keatley Medical Nutrition Therapy': ['Keatley Medical Nutrition Therapy'] },
    ],
    [
      'a name opening a bracket, described as an owner’s company',
      'It’s free to try, you don’t even have to register to get started (MeclabsAI is MarketingSherpa’s parent company).',
      { MeclabsAI: ['MeclabsAI'], MarketingSherpa: ['MarketingSherpa'] },
    ],
    [
      'a name of ordinary words after a person, a role and a comma: where the person works, not a heading',
      '“There is a trend,” said Rafi Friedman, president, Coastal Luxury Outdoors. Prices rose.',
      { 'Coastal Luxury Outdoors': ['Coastal Luxury Outdoors'] },
    ],
    [
      'publishers named with their trade',
      'The anthology came out from Beacon Press in March. Chronicle Books and Workman Publishing had passed on it.',
      { 'Beacon Press': ['Beacon Press'], 'Chronicle Books': ['Chronicle Books'], 'Workman Publishing': ['Workman Publishing'] },
    ],
    [
      'what a takeover is after, and what has a parent company',
      'The deal came a year after the bank’s failed attempt to take over Sabadell. Kelmora, whose parent company is in Oslo, cut jobs, and Trevane’s parent company sold it.',
      { Sabadell: ['Sabadell'], Kelmora: ['Kelmora'], Trevane: ['Trevane'] },
    ],
    [
      'a business’s division, brand or known owner’s unit, named after the owner’s possessive',
      'Growth came from Cigna’s Evernorth division and Nestlé’s Purina brand. The deal was struck by Alphabet’s Verily unit.',
      { Cigna: ['Cigna'], Evernorth: ['Evernorth'], Nestlé: ['Nestlé'], Purina: ['Purina'], Alphabet: ['Alphabet'], Verily: ['Verily'] },
    ],
    [
      'cruise lines, robot makers and mutual insurers named with their trade',
      'Bookings at Larkspur Cruises rose this spring, and Dunmore Robotics hired forty engineers. Keswick Mutual paid its members a dividend.',
      { 'Larkspur Cruises': ['Larkspur Cruises'], 'Dunmore Robotics': ['Dunmore Robotics'], 'Keswick Mutual': ['Keswick Mutual'] },
    ],
    [
      'type foundries named with their trade',
      'The new family was drawn in house, and the team asked Kestrel Foundry to extend it to Greek and Cyrillic.',
      { 'Kestrel Foundry': ['Kestrel Foundry'] },
    ],
    [
      'not a body before a title of several words, with the title’s first word',
      'Kremlin Press Secretary Dmitry Peskov told reporters the talks would continue. Pentagon Press Secretary John Kirby said the ships had left port.',
      {},
    ],
    [
      'a newspaper called by its masthead word after its full name',
      'A report in The Washington Post said so. The Post also found that sales rose, the Post reported.',
      { 'Washington Post': ['The Washington Post', 'Post', 'Post'] },
    ],
    [
      'not an adverb opening a sentence before two companies',
      'The talks ended. Meanwhile, Siemens Energy and Shell said they would jointly build a hydrogen plant in Rotterdam.',
      { 'Siemens Energy': ['Siemens Energy'], Shell: ['Shell'] },
    ],
    [
      'small businesses named by their trade, and two of them joined by "and"',
      'When Maria Gonzalez opened Sweet Crumb Bakery in 2019, she had two employees. Today the shop supplies cafes across Portland, including Stumptown Coffee Roasters and Blue Star Donuts.',
      { 'Sweet Crumb Bakery': ['Sweet Crumb Bakery'], 'Stumptown Coffee Roasters': ['Stumptown Coffee Roasters'], 'Blue Star Donuts': ['Blue Star Donuts'] },
    ],
    [
      'a capitalised web address the tagger left alone',
      'We tested a dozen apps over three months.\n\nMonday.com offers the most templates. The company went public in 2021.',
      { 'Monday.com': ['Monday.com'] },
    ],
    [
      'names with a stock ticker after them, and no month of a dateline',
      'LONDON, March 3 (Reuters) - Tesco said it would cut jobs. Shares rose, while rivals J Sainsbury (SBRY.L) and Marks & Spencer (MKS.L) were little changed.',
      { Reuters: ['Reuters'], Tesco: ['Tesco'], 'J Sainsbury': ['J Sainsbury'], 'Marks & Spencer': ['Marks & Spencer'] },
    ],
    [
      'a short name written before a longer one is not short for it',
      'Yahoo said it would sell its web business. Yahoo will keep its stake in Yahoo Japan.',
      { Yahoo: ['Yahoo', 'Yahoo'], 'Yahoo Japan': ['Yahoo Japan'] },
    ],
    [
      'a short name for a long one made of business words',
      'Toyota said its sales rose. Shares of Toyota Motor Corp fell 2 percent in Tokyo.',
      { 'Toyota Motor': ['Toyota', 'Toyota Motor Corp'] },
    ],
    [
      'an ordinary first word of a name at the start of a sentence, when the text writes the name mid-sentence too',
      'Shoppers at Whole Foods paid less this week. Whole Foods said prices would fall again.',
      { 'Whole Foods': ['Whole Foods', 'Whole Foods'] },
    ],
    [
      'names in a list of companies, found or guessed otherwise by the tagger',
      'It’s helpful to check OTAs (such as Viator, GetYourGuide, Expedia, Tiqets, and Booking.com) and take note.',
      { Viator: ['Viator'], GetYourGuide: ['GetYourGuide'], Expedia: ['Expedia'], Tiqets: ['Tiqets'], 'Booking.com': ['Booking.com'] },
    ],
    [
      'not places in a list of companies',
      'Stocks in Apple, Paris, Google and London rose.',
      { Apple: ['Apple'], Google: ['Google'] },
    ],
    [
      'a sentence’s first word no dictionary holds, before the rest of a business’s name',
      'Taxi firms have been squeezed. Mai Linh Group lost drivers. Chepsir Tea Estates Ltd, a privately owned producer, said it had brought plans forward.',
      { 'Mai Linh Group': ['Mai Linh Group'], 'Chepsir Tea Estates': ['Chepsir Tea Estates Ltd'] },
    ],
    [
      'two known companies joined by "and"',
      'Ministers from France, Germany, Italy and Spain met Google and Apple.',
      { Google: ['Google'], Apple: ['Apple'] },
    ],
    [
      'a legal form ends its name',
      'Photo: Business Insider Inc Nintendo shocked the world with its first phone game.',
      { 'Business Insider': ['Business Insider Inc'], Nintendo: ['Nintendo'] },
    ],
  ])('%s', (_case, text, expected) => {
    expect(companyMentions(text)).toEqual(expected);
  });

  it.each([
    ['alone, with nothing that marks a business, a name is an organisation', 'Regulators fined Korvex on Monday.', { Korvex: 'organization' }],
    ['named together with a company, it is a company', 'Regulators fined Korvex and Huawei on Monday.', { Korvex: 'company', Huawei: 'company' }],
    ['a business owned by a country', 'The UK’s BT stopped buying the gear.', { UK: 'location', BT: 'company' }],
    ['the outlet a source told', 'The dress was stolen, sources told TMZ on Monday.', { TMZ: 'company' }],
    ['a known company the tagger reads as a person', 'Drivers protested outside Uber on Monday.', { Uber: 'company' }],
    ['known insurers whose names hold a body’s word or a given name', 'For all lines, State Farm has the largest share, ahead of GEICO and Liberty Mutual.', { 'State Farm': 'company', GEICO: 'company', 'Liberty Mutual': 'company' }],
    ['no product named after a company', 'Reviewers tried the Apple Vision Pro on Tuesday.', {}],
    ['no product named after a company, however the tagger read it', 'Offices moved to Microsoft Teams. Editors use Adobe Photoshop and the Amazon Alexa app.', {}],
    ['a Malaysian legal form, dropped from the name', 'Larger insurers, including Allianz Malaysia Bhd, set up desks. Shares of Genting Plantations Berhad fell.', { 'Allianz Malaysia': 'company', 'Genting Plantations': 'company' }],
    ['a business unit known by its name', 'Amazon Web Services suffered an outage on Monday.', { 'Amazon Web Services': 'company' }],
    ['a business written with its legal form, beside a person who shares its name', 'Sixt SE cut its forecast. Konstantin Sixt runs it, and Sixt shares fell.', { Sixt: 'company', 'Konstantin Sixt': 'person' }],
    ['a business written with its legal form, beside a longer name opening with it', 'PayPay is owned by SoftBank Corp. and by SoftBank Group Corp. together.', { PayPay: 'company', SoftBank: 'company', 'SoftBank Group': 'company' }],
    ['a Turkish legal form', 'The company, formally Getir Perakende Lojistik AŞ, closed stores.', { 'Getir Perakende Lojistik': 'company' }],
    ['a body opening with its head, and a country’s central bank, whatever business words follow', 'The Central Bank of Nigeria raised rates, and the Association of Mobile Money and Bank Agents objected.', { 'Central Bank of Nigeria': 'organization', 'Association of Mobile Money and Bank Agents': 'organization' }],
    ['an outlet told something, "The" and the words of its name', 'He told The Australian Financial Review on Monday that he would pay.', { 'Australian Financial Review': 'company' }],
    ['what opens shops or promotes its ranges, alone or listed with others', 'There are signs of life. Greggs is opening a second shop. Kiabi and Decathlon have promoted their own low-price ranges.', { Greggs: 'company', Kiabi: 'company', Decathlon: 'company' }],
    ['not a word opening a sentence before such a deed', 'Neglecting to hire qualified staff hurts. Furthermore, prices rose.', {}],
    ['what owns or operates a business, not a person who owns one', 'The app, owned by Germany’s Delivery Hero, grew. The shop is owned by Abdulhadi Yildirim.', { Germany: 'location', 'Delivery Hero': 'company', 'Abdulhadi Yildirim': 'person' }],
    ['two businesses joined by "and", the first ending in its legal form', 'Investors weigh a tie-up between PT GoTo Gojek Tokopedia Tbk and Grab Holdings Ltd, people said.', { 'GoTo Gojek Tokopedia': 'company', 'Grab Holdings': 'company' }],
    ['a joint-stock company’s legal form', 'Shares of Smart Mobility JSC rose, and Vingroup JSC backs it.', { 'Smart Mobility': 'company', Vingroup: 'company' }],
    ['a business said to be taken over', 'Europcar, which was taken over by a consortium in 2022, raised prices.', { Europcar: 'company' }],
    ['a business’s description running on after its head', 'Hepsiburada, the e-commerce company formally known as D-Market, fell.', { Hepsiburada: 'company' }],
    ['a business named with its own possessive, then described', 'Buc-ee’s, the travel-center chain famous for its restrooms, opened a store.', { 'Buc-ee': 'company' }],
    ['what runs stores or franchises', 'Galeries Lafayette, which operates a franchise in Paris, declined to comment.', { 'Galeries Lafayette': 'company', Paris: 'location' }],
    ['the maker or the operator of something', 'Le Slip Français, the underwear maker, joined. Alimentation Couche-Tard, the Canadian operator of Circle K, walked away.', { 'Le Slip Français': 'company', 'Alimentation Couche-Tard': 'company', 'Circle K': 'organization' }],
    ['a name right after "platform" or "app"', 'Second-hand platform Vinted grew.', { Vinted: 'company' }],
    ['a person described by a trade after "a", whatever the tagger read', 'Taxi firms shrank their fleets. Le Van Tam, a taxi driver in Hanoi for 14 years, said colleagues had switched.', { 'Le Van Tam': 'person', Hanoi: 'location' }],
    ['a business sold to a buyer, not a player sold to a club', 'Poundland, which was sold to a restructuring specialist last year, is closing. The striker Smith, who was sold to Chelsea, scored.', { Poundland: 'company', Smith: 'person', Chelsea: 'location' }],
    ['a web address', 'Emery writes for the fact-checking website Snopes.com every week.', { 'Snopes.com': 'company' }],
    ['a magazine', 'Emery retweeted an article by Vulture magazine on Monday.', { Vulture: 'company' }],
    ['not a person when "which" follows', 'Crews from Olivetti, which maintains the mains, came at night.', { Olivetti: 'organization' }],
    ['a name ending in "Company"', 'Tyler Besecker is president of Dana F. Besecker Company, the largest buyer of halibut.', { 'Tyler Besecker': 'person', 'Dana F. Besecker Company': 'company' }],
    ['a research firm', 'The chain had more than 100 brands, according to Coresight Research.', { 'Coresight Research': 'company' }],
    ['not where it is based', 'He is president of Mercer Island-based Dana F. Besecker Company, a seafood buyer.', { 'Dana F. Besecker Company': 'company' }],
    ['not an event named after a trade', 'Carmakers showed electric cars at the Paris Motor Show on Tuesday.', {}],
    ['a well-known company the tagger reads as a place', 'I joined Dropbox not long after graduating.', { Dropbox: 'company' }],
    ['a known name of several words over what the tagger made of it', 'Newsrooms used copies of The New York Times or Globe and Mail.', { 'New York Times': 'company', 'Globe and Mail': 'company' }],
    ['the employer named after a role', 'Ryan Farley, CEO, LawnStarter, said demand rose.', { 'Ryan Farley': 'person', LawnStarter: 'company' }],
    ['the employer of a job at', 'The hub works well, says Carl Prouty, the technologist at Abt, a retailer.', { 'Carl Prouty': 'person', Abt: 'company' }],
    ['not a listed company’s name at the end of a longer name', 'Shares of Konkan Mercantile Bank rose.', { 'Konkan Mercantile Bank': 'company' }],
    ['a listed company’s name of several words the tagger does not know', 'Shares of Sempra Energy and Royal Bank of Canada rose on Monday.', { 'Sempra Energy': 'company', 'Royal Bank of Canada': 'company' }],
    ['a known company’s name before a business word, whatever role follows', 'In 2023, dozens of attorneys general sued Meta Platforms, the owner of Instagram.', { 'Meta Platforms': 'company', Instagram: 'company' }],
    ['a name right after a noun no person is called', 'The estimate came from consultancy Wood Mackenzie on Monday.', { 'Wood Mackenzie': 'company' }],
    ['a name in an aside after a noun no person is called', 'The bidder’s insurance arm, Alcázar Vida, is expected to take over. Police raided the subcontractor, Daeil Plant Engineering, on Friday.', { 'Alcázar Vida': 'company', 'Daeil Plant Engineering': 'company' }],
    ['not a person after a comma and a business noun who speaks', 'He sold the company, John Smith said.', { 'John Smith': 'person' }],
    ['a listing’s code in brackets', 'Gotion High-Tech (002074.SZ) has projects in Germany.', { 'Gotion High-Tech': 'company', Germany: 'location' }],
    ['a shop named after its owner', 'The smell drifted out of Hoffmann’s Bakery onto the street. Fenwick’s Family Diner, which opened in 1962, closed.', { 'Hoffmann’s Bakery': 'company', 'Fenwick’s Family Diner': 'company' }],
    ['not a place’s business named with its possessive', 'Britain’s Lloyds Banking Group said profits rose.', { Britain: 'location', 'Lloyds Banking Group': 'company' }],
    ['described as a business’s arm or unit', 'Bills rose, said Eon Next, the retail arm of the German energy group. Anthem, a unit of Elevance Health, declined to comment.', { 'Eon Next': 'company', Anthem: 'company', 'Elevance Health': 'company' }],
    ['not described as a political arm', 'Sinn Fein, the political arm of the IRA, said so.', { 'Sinn Fein': 'organization', IRA: 'organization' }],
    ['a brand named after its kind', 'It has 60 customers, including outdoor-apparel brand Switchback and a hospital.', { Switchback: 'company' }],
    ['not a colony a founder founded', 'The founder of the Colony of Virginia, Captain John Smith, introduced tobacco.', { 'Colony of Virginia': 'location', 'John Smith': 'person' }],
    ['one word the tagger guessed was a place, joined by "and" to a company', 'It competes with tools from Uber Freight and Trimble.', { 'Uber Freight': 'company', Trimble: 'company' }],
    ['a legal form written before the name', 'Tsingshan and local partner PT Bumi Karya Persada halted output. Later, Bumi Karya Persada resumed.', { 'Bumi Karya Persada': 'company' }],
    ['a television station', 'The mayor spoke to Indianapolis television station WTHR on Monday.', { Indianapolis: 'location', WTHR: 'company' }],
    ['a body’s head ends its name, whatever business words stand before it', 'The center partnered with the Software Engineering Institute and the Tax Appeals Commission.', { 'Software Engineering Institute': 'organization', 'Tax Appeals Commission': 'organization' }],
    ['a name nobody found, opened by no ordinary word and ended by a business word', 'It was named a top agency in 2023. Firebelly Marketing has worked with clients across many industries.', { 'Firebelly Marketing': 'company' }],
    ['not a heading’s ordinary words before a business word', 'Shop our plans. Alerting Systems: alerts when needed. Use Cases of Big Data Analytics in Retail.', {}],
    ['a name of ordinary words in running text', 'Shares of National Grid rose on Monday.', { 'National Grid': 'company' }],
    ['what is bought, merged or valued at a price', 'Convoy, once valued at $3.8 billion, collapsed. The acquisition of Bendi closed in May. Its merger with Tarn Energy failed.', { Convoy: 'company', Bendi: 'company', 'Tarn Energy': 'company' }],
    ['not a player a team acquires', 'The Yankees completed the acquisition of Smith from the Mets.', { Yankees: 'organization', Smith: 'person', Mets: 'organization' }],
    ['what an owner or a chief executive heads', 'Dana Reyes, CEO of Lumora, said prices rose. Jim Ross, chief executive officer at Parkline, agreed.', { 'Dana Reyes': 'person', Lumora: 'company', 'Jim Ross': 'person', Parkline: 'company' }],
    ['not a credential after a name', '“It works,” says Scott Keatley, R.D., co-owner of Keatley Medical Nutrition Therapy.', { 'Scott Keatley': 'person', 'Keatley Medical Nutrition Therapy': 'company' }],
    ['not a scholar’s university', 'She is a professor at Stanford and studies bees.', { Stanford: 'organization' }],
    ['a legal form of another country', 'Smart Projects SRL made the boards, the report said.', { 'Smart Projects SRL': 'company' }],
    ['a news outlet', 'The interview was first broadcast by ABC News on Sunday.', { 'ABC News': 'company' }],
    ['described as a company', 'JP Urban Moving is a top-rated, family-owned moving company, with 15 years of experience.', { 'JP Urban Moving': 'company' }],
    ['described as a company in an aside, and not the place it is based in', 'Metropolis Moving, a locally owned and operated residential moving company based in NYC, took the job.', { 'Metropolis Moving': 'company' }],
    ['described with a name inside the description', 'Sales rose, according to a report by Technomic, a Restaurant Business sister brand.', { Technomic: 'company' }],
    ['not described by a company’s name before a person’s role', 'Jane Smith, a Google spokeswoman, declined to comment.', { 'Jane Smith': 'person', Google: 'company' }],
    ['described as a body', 'Brightwater Alliance, an environmental nonprofit, filed the suit.', { 'Brightwater Alliance': 'organization' }],
    ['not described by a noun that only modifies a person', 'Jane Doe is a company spokeswoman.', { 'Jane Doe': 'person' }],
    ['a name right after a business noun', 'Sales rose, according to data analysis firm 1010data.', { '1010data': 'company' }],
    ['a name the tagger calls something else right after a business noun', 'The company said sales rose. The startup Vectara raised money.', { Vectara: 'company' }],
    ['not a job’s holder after a noun that is also a job', 'The patch came from developer Ammar Askar last week.', { 'Ammar Askar': 'person' }],
    ['a business word after a name the tagger cut short', 'This feature is part of SiliconANGLE Media’s ongoing coverage of enterprise AI.', { 'SiliconANGLE Media': 'company' }],
    ['not a letter after a business noun', 'Total shares to be offered N / A Shrs offered by company N / A Shrs outstanding after ipo N / A', {}],
    ['not a research centre', 'The study was run at the Pennington Biomedical Research Center last year.', { 'Pennington Biomedical Research Center': 'organization' }],
    ['a lab named as a business', 'He worked at Bell Labs for a decade.', { 'Bell Labs': 'company' }],
    ['a publisher', 'Valuing the company at $6.6 billion, as reported by MarketScreener.', { MarketScreener: 'company' }],
    ['a publisher news comes from', 'This was echoed in recent news from SD Times, which reviewed 2025.', { 'SD Times': 'company' }],
    ['a news outlet written with its "The"', 'This article originally appeared on The Atlantic.', { Atlantic: 'company' }],
    ['not an ocean', 'He sailed across the Atlantic in June.', { Atlantic: 'location' }],
    ['the maker of a product', 'This budget model from Breville packs in exciting technology.', { Breville: 'company' }],
    ['the maker of drinks', 'Hot and cold coffees by Lavazza are available.', { Lavazza: 'company' }],
    ['the owner of a named product', 'A VentureBeat article on Zencoder’s Zenflow tool explains it.', { VentureBeat: 'company', Zencoder: 'company' }],
    ['an owner and what it owns in one tagged span', 'He read a report on Mistral’s Devstral 2 model.', { Mistral: 'company' }],
    ['not the person after a clause that named a company', 'Matt worked at a moving company, and then the owner Matt set out on his own.', { Matt: 'person' }],
    ['not the place a company was founded in', 'She founded her own company in Cambridge in 1976.', { Cambridge: 'location' }],
    ['the company a stake is held in', 'The fund bought a stake in Zenlytic last year.', { Zenlytic: 'company' }],
    ['not the short form of a term written in lower case', 'Watches use photoplethysmography (PPG): light reflected back from the skin.', {}],
    ['a name and its short form in brackets', 'The company, Advanced Micro Devices (AMD), said so.', { 'Advanced Micro Devices': 'company', AMD: 'company' }],
    ['not a possessive or demonstrative before a legal form', 'Start My LLC today and file the papers.', {}],
    ['not the pronoun I', 'Here they are. Below, I share the essays, and I explain why they matter.', {}],
    ['not an article before a legal form', 'What is a limited liability company? An LLC is an unincorporated business.', {}],
    ['a possessive that is part of a known name', 'He robbed a string of McDonald’s on the coast.', { 'McDonald’s': 'company' }],
    ['known chipmakers and carmakers of today', 'Shares of TSMC and Foxconn rose, while Nio fell.', { TSMC: 'company', Foxconn: 'company', Nio: 'company' }],
    ['legal forms of several countries', 'Axel Springer SE, Equinor ASA, TJX Cos. and Kalinga Bay Terminals Pvt Ltd reported results.', { 'Axel Springer': 'company', Equinor: 'company', TJX: 'company', 'Kalinga Bay Terminals': 'company' }],
    ['a known name whose legal form is part of it', 'Dow Jones and News Corp sued the startup.', { 'Dow Jones': 'company', 'News Corp': 'company' }],
    ['known names opening in lower case', 'Rivals including Elon Musk’s xAI are watching. Buyers on eBay paid more.', { 'Elon Musk': 'person', xAI: 'company', eBay: 'company' }],
    ['a sentence’s first word the text describes as a business', 'Prices fell. Rapidus, a government-backed venture, aims to mass-produce chips.', { Rapidus: 'company' }],
    ['a description that goes on after its head', 'Hanwei Auto, a Hefei-based startup backed by local government funds, cut prices.', { 'Hanwei Auto': 'company' }],
    ['a body the text describes with "the"', 'The cuts drew a response from Verdi, the German services union, which represents workers.', { Verdi: 'organization' }],
    ['not a person described as an investor', 'It is named after Warren E. Buffett, the billionaire investor, who complained that he paid less.', { 'Warren E. Buffett': 'person' }],
    [
      'a name before a title only a business gives and its holder',
      'Ledgerline co-founder Priyanka Desai told Reuters. Korvant CEO Jane Doe agreed. Brightline founder Sam Lee did too, as did Velora chief executive Tom Hart.',
      { Ledgerline: 'company', 'Priyanka Desai': 'person', Reuters: 'company', Korvant: 'company', 'Jane Doe': 'person', Brightline: 'company', 'Sam Lee': 'person', Velora: 'company', 'Tom Hart': 'person' },
    ],
    ['not a body before a title states have too', 'Velora President Tom Hart said the vote would wait.', { 'Tom Hart': 'person' }],
    [
      'a place’s name as a first name, with a role after it, and a known company near a speaker',
      'The round was led by Andreessen Horowitz. Jordan Whitfield, a general partner at Andreessen Horowitz who will join the board, said the startup had grown fast.',
      { 'Andreessen Horowitz': 'company', 'Jordan Whitfield': 'person' },
    ],
    [
      'pieces of a name the tagger cut before its legal form',
      'Britain awarded capacity, with developer Harwich Offshore Wind Ltd among the winners. A spokesperson for the Wisconsin Economic Development Corp. said so.',
      { Britain: 'location', 'Harwich Offshore Wind': 'company', 'Wisconsin Economic Development': 'company' },
    ],
    ['business words of drugmakers and miners', 'It licensed the drug from Daejin Pharmaceutical and built it at Samsung Biologics. Zambia’s government said on Monday that the mine owner, Mopani Copper Mines, must pay royalties.', { 'Daejin Pharmaceutical': 'company', 'Samsung Biologics': 'company', Zambia: 'location', 'Mopani Copper Mines': 'company' }],
    ['a short sentence of names is no title-case heading', 'He works for Mopani Copper Mines in Zambia.', { 'Mopani Copper Mines': 'company', Zambia: 'location' }],
    ['examples after plural businesses', 'It sells its beef to restaurant distributors such as Sysco, the company said.', { Sysco: 'company' }],
    ['a list of employers', 'Local employers including Schneider National, Georgia-Pacific and Kwik Trip have openings.', { 'Schneider National': 'company', 'Georgia-Pacific': 'company', 'Kwik Trip': 'company' }],
    ['a known company’s full name with "International"', 'Shares in LVMH rose, while Hermès International SCA slipped. Funds managed by Fidelity International bought the shares.', { LVMH: 'company', 'Hermès International SCA': 'company', 'Fidelity International': 'company' }],
    ['partners’ names before a legal form read alone, and names joined by ampersands before one', 'Stephens Inc. is serving as financial advisor and King & Spalding LLP as legal counsel. Rivals have had a tougher year: Sweden’s H & M Hennes & Mauritz AB has cut prices.', { Stephens: 'company', 'King & Spalding': 'company', Sweden: 'location', 'H & M Hennes & Mauritz AB': 'company' }],
    ['a business’s name the tagger cut in two people’s', 'The round had participation from existing investor North Pier Capital.', { 'North Pier Capital': 'company' }],
    ['a firm of consultants', 'Environmental testing by Terracon Consultants found contamination.', { 'Terracon Consultants': 'company' }],
    ['two businesses joined by "and", one named with an owner’s possessive', "Next door, Kettle & Crumb Bakery and Hank's Bakery had posted signs.", { 'Kettle & Crumb Bakery': 'company', "Hank's Bakery": 'company' }],
    ['a business named with an owner of two words the tagger read as a person, the first an ordinary word', "It is a cost passed on by its distributor, Southern Glazer's Wine & Spirits. Others struggle.", { "Southern Glazer's Wine & Spirits": 'company' }],
    ['a shop’s name opening a sentence with an unknown word, which the tagger left out', 'Others are still struggling. Bitterroot Bagel Works, two doors down from the brewery, closed for good.', { 'Bitterroot Bagel Works': 'company' }],
    [
      'a business’s name joined by "and" to ordinary words and a legal form, though the text writes its first part alone, but not a known company’s name before "and"',
      'Adani Ports and Special Economic Zone Ltd said on Wednesday it would buy a stake. Adani Ports shares rose. Analysts said Google and Meta Platforms Inc. would gain.',
      { 'Adani Ports and Special Economic Zone': 'company', Google: 'company', 'Meta Platforms': 'company' },
    ],
    ['a shop named with its owner’s possessive beside its owner named in full', "At Schuler's Market, owner Tom Schuler has started cutting back.", { "Schuler's Market": 'company', 'Tom Schuler': 'person' }],
    [
      'a shop named with its owner’s possessive after "and", which the tagger read as one name with the business before it',
      "Next door, Kettle & Crumb Bakery and Hank's Hardware had posted signs in their windows.",
      { 'Kettle & Crumb Bakery': 'company', "Hank's Hardware": 'company' },
    ],
    ['a mortgage lender', 'Rates at Rocket Mortgage rose. Trump Mortgage failed in 2007.', { 'Rocket Mortgage': 'company', 'Trump Mortgage': 'company' }],
    [
      'a business word after one word the tagger read as a person’s name',
      'Buyers are noticing. Tanya Whitlock and her husband, Derek, bought a four-bedroom house in Buckeye from Castellan Homes in March after more than a year of searching. The builder paid $18,000 toward their closing costs and bought down their rate through its own lender, Castellan Home Mortgage.\n\nMortgage lenders see the trend in their own numbers. Wells Fargo, once the country\'s largest mortgage lender, has pulled back sharply from the business, but rivals including Rocket Mortgage and United Wholesale Mortgage say builder-paid buydowns are a growing share of their purchase loans.',
      { 'Tanya Whitlock': 'person', Derek: 'person', Buckeye: 'location', 'Castellan Homes': 'company', 'Castellan Home Mortgage': 'company', 'Wells Fargo': 'company', 'Rocket Mortgage': 'company', 'United Wholesale Mortgage': 'company' },
    ],
    ['a business’s description set off by commas, with an owner’s possessive written apart', "Evergy, the state's largest utility, won approval for a smaller increase last year.", { Evergy: 'company' }],
    ['a grocery', "Maria Castañeda, who owns La Estrella Market, a grocery popular with the plant's workers, said sales fell.", { 'Maria Castañeda': 'person', 'La Estrella Market': 'company' }],
    ['a brand in lower case before a business’s description', 'SAN FRANCISCO — tinyloop, a start-up that makes software for shops, raised $48 million. Buyers get free access to pagewell, a subscription service that bundles magazines. A typical team is a guru, a designer, a developer and a tester.', { 'SAN FRANCISCO': 'location', tinyloop: 'company', pagewell: 'company' }],
    [
      'news outlets that report what follows, or interviewed someone',
      'Les Echos reported last month that the group was in talks. The mayor said so in an interview with the Stuttgarter Zeitung. When conducting an interview with Human Resources staff, be brief. In an interview with A. D. Sui, the author said the book was late.',
      { 'Les Echos': 'company', 'Stuttgarter Zeitung': 'company', 'A. D. Sui': 'person' },
    ],
    ['business words running on after a name the tagger cut short', 'Katherine Ibe, a telecoms analyst at Pennant Telecoms Research, said the referral was no surprise.', { 'Katherine Ibe': 'person', 'Pennant Telecoms Research': 'company' }],
    [
      'a title-case headline with a possessive and a figure',
      "Watchdog Opens In-Depth Probe Into Northwave's £1.4bn Takeover of Fibrelink\n\nLONDON — Britain's competition regulator has opened an investigation into the proposed takeover of rival network Fibrelink by Northwave, a broadband provider.",
      { Northwave: 'company', Fibrelink: 'company', LONDON: 'location', Britain: 'location' },
    ],
    [
      'a list of places after a plural of places, which ends with the name after its "and"',
      'The referral was no surprise given the overlap in towns such as Darlington, Falkirk and Wakefield. As the race turns south, to states such as Massachusetts and Colorado, Hillary Clinton sees the issue as a way to win.',
      { Darlington: 'location', Falkirk: 'location', Wakefield: 'location', Massachusetts: 'location', Colorado: 'location', 'Hillary Clinton': 'person' },
    ],
    [
      'a ministry of a list of portfolios',
      "The Department for Science, Innovation and Technology said it did not comment. Japan's Ministry of Economy, Trade and Industry said so too.",
      { 'Department for Science, Innovation and Technology': 'organization', Japan: 'location', 'Ministry of Economy, Trade and Industry': 'organization' },
    ],
    ['a business that is privately held', 'The purchase follows similar moves by LVMH and Kering. Chanel, which is privately held, has bought dozens of its suppliers.', { LVMH: 'company', Kering: 'company', Chanel: 'company' }],
    ['a mortgage giant named like a person', 'The average rate on a 30-year fixed mortgage was 6.9% this week, Freddie Mac said.', { 'Freddie Mac': 'company' }],
    [
      'a Romance place name the tagger cut at its particle',
      "The yard, in Angra dos Reis, was one of dozens. Its president, Marcelo Antunes Reis, signed. The metalworkers' union in Angra dos Reis said the order could create jobs.",
      { 'Angra dos Reis': 'location', 'Marcelo Antunes Reis': 'person' },
    ],
    ['a list of examples after a comma', 'Several big retailers, including Gap and Block, said sales fell.', { Gap: 'company', Block: 'company' }],
    ['a list after a label of businesses and its colon', 'The lowest-rated rental car companies: Dollar, Fox Rent A Car and Payless.', { Dollar: 'company', 'Fox Rent A Car': 'company', Payless: 'company' }],
    ['not a list after a label of what serves businesses', 'Certifications for small businesses: ASBC, CMC and PMP.', { CMC: 'organization', PMP: 'organization' }],
    ['an appositive of an owner’s business', 'The parts came from Vantor Dynamics, Boeing’s main supplier, last year. Shoppers went to Hy-Vee, Sam’s Club and other grocery stores.', { 'Vantor Dynamics': 'company', Boeing: 'company', 'Hy-Vee': 'company', 'Sam’s Club': 'company' }],
    [
      'an ordinary word opening a sentence, set off by a business’s description; not an adverb',
      'Profits rose. Block, the payments company led by Jack Dorsey, has stuck with it. Meanwhile, the company based in Ohio, which makes cars, declined to comment. Overnight, the firm in Texas reported losses, and more.',
      { Block: 'company', 'Jack Dorsey': 'person', Ohio: 'location', Texas: 'location' },
    ],
    ['a listed place of several words, which the tagger cut', 'Underdog Conservative Claudia Tenney Beats Establishment in New York Primary.\n\nTabby offers a pay-later option in the United Arab Emirates.', { 'New York': 'location', 'United Arab Emirates': 'location' }],
    ['a listed place the tagger cut that opens a longer name', 'The Hong Kong Monetary Authority relaxed mortgage rules for buyers.', { 'Hong Kong Monetary Authority': 'organization' }],
    ['two names around "and", the head of the first opening the second', 'Lenders including Hang Seng Bank and Bank of East Asia have tightened.', { 'Hang Seng Bank': 'company', 'Bank of East Asia': 'company' }],
    ['a “person” ending in a known company’s name', 'Restructurings rose sharply last year, according to data from credit bureau Serasa Experian. A.P. Moller-Maersk has told customers to expect delays.', { 'Serasa Experian': 'company', 'A.P. Moller-Maersk': 'company' }],
    ['the words of a list before "and other <businesses>", ordinary or not', 'At checkout on Amazon, Best Buy, Gap and thousands of other retailers, shoppers are offered loans.', { Amazon: 'company', 'Best Buy': 'company', Gap: 'company' }],
    ['a name after a kind of service only a business runs', 'The clubs signed a deal, with streaming service DAZN winning a package. The NHS runs a health service.', { DAZN: 'company', NHS: 'organization' }],
    ['a name in capitals opening a paragraph before its description, no dateline', 'DAZN, the London-based streaming service backed by Len Blavatnik, paid more.\n\nWASHINGTON, Jan. 5 (Reuters) - Prices rose.', { DAZN: 'company', 'Len Blavatnik': 'person', WASHINGTON: 'location', Reuters: 'company' }],
    ['what runs a business', 'The deal puts it ahead of the Medirite pharmacies run by Shoprite.', { Shoprite: 'company' }],
    ['an owner’s name inside its compound adjective, in a list', 'In the UK, operators such as Sky, Vodafone and BT-owned EE have said they expect it.', { UK: 'location', Sky: 'company', Vodafone: 'company', BT: 'company', EE: 'company' }],
    [
      'owners’ names inside compound adjectives, and what they own',
      'Walmart-owned Massmart has closed stores. SAB, the AB InBev-owned brewer, raised prices. It faces Trendyol Go, the arm of Alibaba-backed e-commerce firm Trendyol. Family-owned Italian restaurants are closing. State-owned Codelco, which hands its profits to the state, said it would comment.',
      { Walmart: 'company', Massmart: 'company', SAB: 'company', 'AB InBev': 'company', 'Trendyol Go': 'company', Alibaba: 'company', Trendyol: 'company', Codelco: 'organization' },
    ],
    ['two capitalised words joined by a lower-case "n"', 'Pick n Pay Stores Ltd said on Monday that sales rose.', { 'Pick n Pay Stores': 'company' }],
    ['names ending in an industry’s word', 'Three yards, Remontowa Shipbuilding of Poland and the Dutch group Damen Shipyards, bid. SSE Renewables and Hollis Lumber grew. Baltic Crest Forwarding and Playfly Sports lost. Liquidators Gordon Brothers and Park Associates were hired.', { 'Remontowa Shipbuilding': 'company', Poland: 'location', 'Damen Shipyards': 'company', 'SSE Renewables': 'company', 'Hollis Lumber': 'company', 'Baltic Crest Forwarding': 'company', 'Playfly Sports': 'company', 'Gordon Brothers': 'company', 'Park Associates': 'company' }],
    ['a part of a listed place', 'Stripes, the chain of convenience stores across South Texas, is owned by 7-Eleven Inc. Storms hit Northern California.', { Stripes: 'company', 'South Texas': 'location', '7-Eleven': 'company', 'Northern California': 'location' }],
    ['no adverb opening the sentence in the name after it', 'The show was loud. Meanwhile Rihanna said she would tour in May. Besides Goldman Sachs, two banks advised the board.', { Rihanna: 'person', 'Goldman Sachs': 'company' }],
    ['ordinary words before a country’s name, a body’s', '“Prices are up,” said Dairy Australia. Michael Jordan said he would play.', { 'Dairy Australia': 'organization', 'Michael Jordan': 'person' }],
    ['a business that also owns, and a name between "the" and a business’s head', 'Ahold Delhaize, which also owns the Albert Heijn supermarket chain, said so.', { 'Ahold Delhaize': 'company', 'Albert Heijn': 'company' }],
    ['not a place’s name before a chain of islands', 'Boats fish as far as Attu Island at the far western edge of the Aleutian Islands chain.', { 'Attu Island': 'location', 'Aleutian Islands': 'location' }],
    ['not a name before a phone bank', 'Hillary Clinton spoke in Iowa. Jane Major volunteers at the Clinton phone bank.', { 'Hillary Clinton': 'person', Iowa: 'location', 'Jane Major': 'person' }],
    ['a joint venture between two', 'Large solar projects are coming. MTerra Solar, a joint venture between Meralco’s power unit and a partner, will build it.', { 'MTerra Solar': 'company', Meralco: 'company' }],
    ['examples of neobanks', 'It competes with neobanks such as Chime for younger customers.', { Chime: 'company' }],
    ['a publication’s name the tagger cut before its head; not a review someone wrote', 'A piece from MIT Technology Review notes that AI coding fails. Read our full LearnWorlds Review for details.', { 'MIT Technology Review': 'company', LearnWorlds: 'organization' }],
    ['a brand opening in lower case at a sentence’s start', 'Travel companies are also trying. easyJet said it had put half a million seats on sale.', { easyJet: 'company' }],
    ['names after a trade’s houses', 'Smaller firms, including the French trading houses Touton and Sucden, have had to pay higher premiums.', { Touton: 'company', Sucden: 'company' }],
    ['a supplier’s name inside a compound adjective', 'Two chains lead the market, with German discounter Aldi, Metcash-supplied IGA stores and Costco making up the rest.', { Aldi: 'company', Metcash: 'company', IGA: 'company', Costco: 'company' }],
    ['partners’ names joined by commas and an ampersand, with a legal form or not', 'The seller, represented by Cravath, Swaine & Moore, declined to comment. The lenders hired Paul, Weiss, Rifkind, Wharton & Garrison LLP.', { 'Cravath, Swaine & Moore': 'company', 'Paul, Weiss, Rifkind, Wharton & Garrison': 'company' }],
    ['a name ending in "Electric"', 'The field is crowded. Agratas is building a cell plant in Gujarat, Ola Electric has begun producing cells at its Krishnagiri gigafactory, and others are expanding.', { Gujarat: 'location', 'Ola Electric': 'company', Krishnagiri: 'location' }],
    ['a brand’s joined or inner-capital spelling beside a company', 'Freight forwarders were busy. Kuehne+Nagel and DHL both told clients to book early. Customers of ScottishPower and EDF saw bills rise.', { 'Kuehne+Nagel': 'company', DHL: 'company', ScottishPower: 'company', EDF: 'company' }],
    [
      'who sells data, not a body or a survey',
      'Asking prices rose 1.1%, according to figures published on Monday by Rightmove. Data from Dealogic shows that IPOs fell. Farm exports slowed, according to data from the USDA.',
      { Rightmove: 'company', Dealogic: 'company', USDA: 'organization' },
    ],
    [
      'an ordinary word after a preposition, before a business’s description',
      'Last year they added online ordering through Toast, the restaurant software company, and frozen tamales. The plant will close, the company said on Thursday, the latest supplier to retrench.',
      { Toast: 'company' },
    ],
    ['the last two names of a list, after a comma', 'The big housebuilders report soon. Persimmon plc, Taylor Wimpey and Barratt Redrow have all said that reservations slowed.', { Persimmon: 'company', 'Taylor Wimpey': 'company', 'Barratt Redrow': 'company' }],
    ['every example after a plural of businesses', 'Employers face higher bills from April. Chains including Marks & Spencer, Next and Primark have already warned that they may raise prices.', { 'Marks & Spencer': 'company', Next: 'company', Primark: 'company' }],
    ['where executives come from', 'She noted that procurement executives from Aramark had testified. Executives from Ohio attended.', { Aramark: 'company', Ohio: 'location' }],
    [
      'a list the sentence calls businesses, names like people’s or not',
      'The administrators were in talks with clients. Willmott Dixon, Kier Group and Morgan Sindall are among the contractors understood to be in talks. Emma Thompson is among the actors.',
      { 'Willmott Dixon': 'company', 'Kier Group': 'company', 'Morgan Sindall': 'company', 'Emma Thompson': 'person' },
    ],
    ['a business speaking of itself', 'At Docker, we understand that trust is earned. At Binariks, our engineers ship weekly.', { Docker: 'company', Binariks: 'company' }],
    [
      'a speaker the text once names with a legal form',
      'The grinders, Cargill, Barry Callebaut AG and Olam, have been competing.\n\nBarry Callebaut, the world’s largest maker of bulk chocolate, said last month that volumes fell. “Demand is weak,” said Tom Reyes, a trader. It expects a rebound, Barry Callebaut said.',
      { Cargill: 'company', 'Barry Callebaut': 'company', Olam: 'company', 'Tom Reyes': 'person' },
    ],
    ['an employer before a chief commercial officer', '“We will fly more,” said Virgin Australia chief commercial officer Declan Rourke.', { 'Virgin Australia': 'company', 'Declan Rourke': 'person' }],
    [
      'a lower-case brand before a legal form, or with a figure among examples of businesses',
      'SAN FRANCISCO — deepHarbor Inc., a two-year-old startup, raised $180 million. It competes with supply-chain software firms, including project44 and Flexport. Donors, including billionaire Tom Steyer, gave.',
      { 'SAN FRANCISCO': 'location', deepHarbor: 'company', project44: 'company', Flexport: 'company', 'Tom Steyer': 'person' },
    ],
    ['a business’s word in French', 'In Zurich, Compagnie Financière Richemont, the owner of Cartier, climbed 2.9%. Maison Aubert said sales rose.', { Zurich: 'location', 'Compagnie Financière Richemont': 'company', Cartier: 'company', 'Maison Aubert': 'company' }],
    ['a trust bank, not a trust', 'Washington Trust Bank said loans rose. The Pew Charitable Trusts said so too.', { 'Washington Trust Bank': 'company', 'Pew Charitable Trusts': 'organization' }],
    [
      'a shop named after its owner, with a possessive inside its name',
      "Hank's Hardware on Main Street closed last month, and shoppers went to Duvall's Watch & Clock Repair instead. Rosa Villarreal opened Villarreal's Fuel & Tacos in 2019.",
      { "Hank's Hardware": 'company', 'Main Street': 'location', "Duvall's Watch & Clock Repair": 'company', 'Rosa Villarreal': 'person', "Villarreal's Fuel & Tacos": 'company' },
    ],
    [
      'not a person’s possessive before a business of another name, nor a ranking’s',
      "Marc Lasry's Avenue Capital Group grew, and Lasry's fund did too. Clutch's Top Marketing Company list is out.",
      { 'Marc Lasry': 'person', 'Avenue Capital Group': 'company', Clutch: 'organization', 'Top Marketing Company': 'company' },
    ],
    [
      'makers of games, not sporting games',
      'Stonemaier Games published the game in 2019, and Chip Theory Games followed. Athletes left for the Olympic Games and the Asian Games.',
      { 'Stonemaier Games': 'company', 'Chip Theory Games': 'company' },
    ],
    ['not a question’s or an answer’s label', 'Q. How long does it take?\n\nA. Appinventiv delivers a pilot in six weeks. At Appinventiv, we build apps.', { Appinventiv: 'company' }],
    ['not two places joined by an ampersand', 'Contact our experts at Howell-Chase Heating & Air Conditioning in Southeastern South Carolina & Northeastern Georgia today.', { 'Howell-Chase': 'company', 'Southeastern South Carolina & Northeastern Georgia': 'location' }],
    ['no show', 'I listen to the Lex Fridman Podcast and the All-In Podcast every week, and Spotify pays for both.', { Spotify: 'company' }],
    ['a property business', 'Emaar Properties said profit rose on record sales.', { 'Emaar Properties': 'company' }],
    ['a leasing business', 'The airline’s main aircraft lessor, Tasman Aircraft Leasing, moved to repossess four jets.', { 'Tasman Aircraft Leasing': 'company' }],
    ['well-known brands the tagger reads as places or misses', 'Routers from Netgear and TP-Link sold out, and Garmin and Logitech raised prices.', { Netgear: 'company', 'TP-Link': 'company', Garmin: 'company', Logitech: 'company' }],
    ['more well-known brands the tagger reads as people or places', 'We flew Jetstar and paid with Afterpay. Rimac and Bugatti merged. She ordered from Wingstop and Popeyes.', { Jetstar: 'company', Afterpay: 'company', Rimac: 'company', Bugatti: 'company', Wingstop: 'company', Popeyes: 'company' }],
    ['well-known platforms the tagger reads as places or misses', 'She sold prints on Fiverr and Etsy, then moved to Upwork. Kickstarter and Indiegogo took a cut.', { Fiverr: 'company', Etsy: 'company', Upwork: 'company', Kickstarter: 'company', Indiegogo: 'company' }],
    ['well-known law firms and banks the tagger misses or mistypes', 'The deal was advised by Skadden and Freshfields, with financing from Maybank and CIMB.', { Skadden: 'company', Freshfields: 'company', Maybank: 'company', CIMB: 'company' }],
    ['Britain’s well-known shops and chains', 'Shoppers at Currys and Argos spent less, and Greggs and Whitbread cut jobs.', { Currys: 'company', Argos: 'company', Greggs: 'company', Whitbread: 'company' }],
    ['groups of Africa the tagger misses or mistypes', 'Shoppers at Shoprite and Pick n Pay paid more, while Sasol and Vodacom cut jobs.', { Shoprite: 'company', 'Pick n Pay': 'company', Sasol: 'company', Vodacom: 'company' }],
    ['a known name opening a longer name with "of"', 'Shares of Gold Fields of South Africa rose on Monday, and Gold Fields said costs fell.', { 'Gold Fields of South Africa': 'company', 'Gold Fields': 'company' }],
    ['makers of software the tagger reads as places or bodies', 'We moved payroll from Paychex to BambooHR, and track visits with Hotjar and Mixpanel.', { Paychex: 'company', BambooHR: 'company', Hotjar: 'company', Mixpanel: 'company' }],
    ['not a sentence’s opening verb after a colon', 'My advice:\n\n- If you want the simplest setup: Choose Podia.\n- If you want power: Choose Kajabi.', { Podia: 'company', Kajabi: 'company' }],
    ['makers of clothes and shoes the tagger reads as places', 'Shoppers at Abercrombie & Fitch and Urban Outfitters spent more, and Birkenstock and Moncler raised prices.', { 'Abercrombie & Fitch': 'company', 'Urban Outfitters': 'company', Birkenstock: 'company', Moncler: 'company' }],
    ['a known company written as its web address, and websites the tagger misses', 'Buy it at Amazon.com or Walmart.com, book on Booking.com, or ask on Quora and Craigslist.', { Amazon: 'company', Walmart: 'company', 'Booking.com': 'company', Quora: 'company', Craigslist: 'company' }],
    ['makers of rockets and metals the tagger reads as places or misses', 'Launches by Rocket Lab and Arianespace rose, and Nucor and Alcoa raised prices.', { 'Rocket Lab': 'company', Arianespace: 'company', Nucor: 'company', Alcoa: 'company' }],
    ['schools and lenders online the tagger reads as places or bodies', 'Students moved from Skillshare to Codecademy and DataCamp, and paid with Sezzle.', { Skillshare: 'company', Codecademy: 'company', DataCamp: 'company', Sezzle: 'company' }],
    ['crypto exchanges and game studios the tagger reads as places or people', 'Trading moved from Bitstamp to OKX and Bybit, while Rockstar Games and Supercell hired.', { Bitstamp: 'company', OKX: 'company', Bybit: 'company', 'Rockstar Games': 'company', Supercell: 'company' }],
    ['airlines, hotels and restaurant chains the tagger reads as places or misses', 'We flew Vueling and Icelandair, stayed at Belmond, and ate at Whataburger and Wagamama.', { Vueling: 'company', Icelandair: 'company', Belmond: 'company', Whataburger: 'company', Wagamama: 'company' }],
    ['news outlets the tagger reads as people or bodies', 'The story was first reported by Caixin and Haaretz, then by Newsmax and the Daily Beast.', { Caixin: 'company', Haaretz: 'company', Newsmax: 'company', 'Daily Beast': 'company' }],
    ['a business of innovations', 'Anker Innovations keeps undercutting everyone on price.', { 'Anker Innovations': 'company' }],
    ['a name to be acquired', 'The city’s largest employer, Spirit AeroSystems, agreed last year to be acquired by Boeing.', { 'Spirit AeroSystems': 'company', Boeing: 'company' }],
    ['examples of businesses after a phrase of time', 'The group has bought stakes in several struggling brands in recent years, including FatFace, Joules and Reiss.', { FatFace: 'company', Joules: 'company', Reiss: 'company' }],
    ['a list before "and other" businesses', 'The beef was sold at Hy-Vee, Sam’s Club and other grocery stores in 14 states.', { 'Hy-Vee': 'company', 'Sam’s Club': 'company' }],
    ['a name right after a trade', 'Most of the concentrate is sold to commodity trader Trafigura, which did not respond.', { Trafigura: 'company' }],
    ['a newspaper’s masthead', 'The memo was reviewed by The Denver Post. The Korea Economic Daily first reported the deal.', { 'Denver Post': 'company', 'Korea Economic Daily': 'company' }],
    ['a plural business word after a given name', 'Gannett Co., the largest U.S. newspaper chain, and Lee Enterprises have both trimmed staff.', { Gannett: 'company', 'U.S.': 'location', 'Lee Enterprises': 'company' }],
    ['names right after plural businesses', 'Rival exchanges Coinbase Global Inc and Kraken saw deposits jump.', { 'Coinbase Global': 'company', Kraken: 'company' }],
    ['a list across a stock ticker, which is no name', 'Rival exchanges Coinbase Global Inc (COIN.O) and Kraken saw deposits jump. Shares of Acme Corp (NYSE: ACME) fell.', { 'Coinbase Global': 'company', Kraken: 'company', Acme: 'company' }],
    ['a rival studio', 'He expected rival Toei Animation, the studio behind the series, to strike a deal.', { 'Toei Animation': 'company' }],
    ['not a person after a body', 'Customers Maria Lopez and Jane Roe said they would wait.', { 'Maria Lopez': 'person', 'Jane Roe': 'person' }],
    ['a word nobody named, joined to a company by "and"', 'Klarna expanded in Britain. Revolut and Monzo have also launched products.', { Klarna: 'company', Britain: 'location', Revolut: 'company', Monzo: 'company' }],
    ['not a product joined to a company', 'Usage grew fast. OpenAI and ChatGPT were in the news.', { OpenAI: 'company' }],
    ['a name ending in a legal form keeps its first word at a sentence’s start', 'Grid connections remain a bottleneck. National Grid plc, which must link the projects, said so.', { 'National Grid': 'company' }],
    ['the outlet a source told, with "the"', 'It was a deal, Village President Ron Helgeson told the Press-Gazette on Monday. She told the I.R.S. nothing.', { 'Ron Helgeson': 'person', 'Press-Gazette': 'company', 'I.R.S.': 'organization' }],
    ['a name right after the kind of business it is, read as a person by the tagger', 'The former officer of collapsed crypto exchange Vaultra told a Manhattan jury on Tuesday that its founder lied.', { Vaultra: 'company', Manhattan: 'location' }],
    ['not where a business is listed', 'The royalty hit Toronto-listed Tamarack Minerals hard, according to the Chamber of Mines of Zambia, an industry group.', { 'Tamarack Minerals': 'company', 'Chamber of Mines of Zambia': 'organization' }],
    ['a known body of several words the tagger cuts', 'The Centers for Disease Control and Prevention said illnesses began in late August.', { 'Centers for Disease Control and Prevention': 'organization' }],
    ['a body "of" two things the tagger cut at "and"', 'The Ministry of Housing and Urban-Rural Development said in March that funds would flow.', { 'Ministry of Housing and Urban-Rural Development': 'organization' }],
    ['a firm before its analyst', 'Shares fell 2%. Jarden analyst Priyanka Menon said the chain had been slow to cut prices.', { Jarden: 'company', 'Priyanka Menon': 'person' }],
    ['a chain two words before its name', 'Nearly 3,000 jobs are at risk after the department store chain Hartley & Finch collapsed into administration.', { 'Hartley & Finch': 'company' }],
    ['a consortium is a body', 'The British Retail Consortium said retailers faced higher costs.', { 'British Retail Consortium': 'organization' }],
    ['a person’s name before a legal form names a business', 'Loblaw, which is controlled by George Weston Ltd., raised prices.', { Loblaw: 'company', 'George Weston': 'company' }],
    ['two names opening with known companies, joined by "and"', 'The biggest grocers, including Walmart Canada and Costco Wholesale, have signed on.', { 'Walmart Canada': 'company', 'Costco Wholesale': 'company' }],
    ['an investor’s name with an industry word, speaking for itself', 'Claudia Berger called for a review. Deka Investment, another top-10 shareholder, said it backed the plan.', { 'Claudia Berger': 'person', 'Deka Investment': 'company' }],
    ['two names joined by an ampersand', 'It hired Pemberton & Lyle, the report said. Pemberton & Lyle declined to comment.', { 'Pemberton & Lyle': 'company' }],
    ['a firm’s name the tagger cut at a spaced ampersand', 'The buyer was advised by law firm Simpson Thacher & Bartlett, people familiar with the deal said.', { 'Simpson Thacher & Bartlett': 'company' }],
    ['a known maker’s name after another word names a dealer', 'The group owns Kowalski Ford and Ozark Chevrolet Buick GMC in Springfield.', { 'Kowalski Ford': 'company', 'Ozark Chevrolet Buick GMC': 'company', Springfield: 'location' }],
    ['a given name of any language before a surname the tagger read as a business', 'The trips were paid for by Harlan Crow, a Texas real estate developer.', { 'Harlan Crow': 'person', Texas: 'location' }],
    ['a known maker’s name after a given name of any language names a person', 'Work with designers such as Leanne Ford, Sarah Brown and Bobby Berk.', { 'Leanne Ford': 'person', 'Sarah Brown': 'person', 'Bobby Berk': 'person' }],
    ['a legal form inside a name keeps its first word at a sentence’s start', 'Premiums rose. Life Insurance Corporation of India raised its stake.', { 'Life Insurance Corporation of India': 'company' }],
    ['not a currency', 'The bank raised Rs 500 crore from investors on Monday.', {}],
    ['what owns a business’s unit', 'Quanta Computer has poured money into Texas, while Tarvell and its server-making unit Norwyn have expanded.', { 'Quanta Computer': 'company', Texas: 'location', Tarvell: 'company', Norwyn: 'company' }],
    ['a business’s name run on by words names another of its businesses, not a person', 'The retailer Harbor Barn opened a store. Harbor Barn, Harbor Barn Kids and Harbor Barn Teen offer free design help.', { 'Harbor Barn': 'company', 'Harbor Barn Kids': 'company', 'Harbor Barn Teen': 'company' }],
    ['a name ending in a business word among people’s names', 'Thanks to Cecilia Daza, Chris Simpkins, Colophon Foundry, Dalton Maag and Damien Correll.', { 'Cecilia Daza': 'person', 'Chris Simpkins': 'person', 'Colophon Foundry': 'company', 'Dalton Maag': 'person', 'Damien Correll': 'person' }],
    ['a name right before "brand" or "foundry", not a nationality', 'The board is also sold under the Boardwyn brand. Shoppers like the French brand. Google tasked the Universal Thirst foundry with it, after a Parisian foundry.', { Boardwyn: 'company', Google: 'company', 'Universal Thirst': 'company' }],
    ['what a business partners with', 'The company also partnered with Quandrix for a joint hackathon, and signed a partnership with Velmora, Tessaly and Orvane.', { Quandrix: 'company', Velmora: 'company', Tessaly: 'company', Orvane: 'company' }],
    ['a name before a code for a discount', 'I tried Mealora last spring.\n\nMealora Promo Code – click here to apply it. Use the Crumbwell discount code at checkout.', { Mealora: 'company', Crumbwell: 'company' }],
    ['the first example of a business', 'A successful gaming company like Ludorix generates 50 terabytes a day. Brands like Strivon offer training machines.', { Ludorix: 'company', Strivon: 'company' }],
    ['what counts its customers or its sales', 'Readers are moving. Lettrly has 35 million active subscriptions. Postvane sent 28 billion emails in 2025. Lagos has 15 million residents.', { Lettrly: 'company', Postvane: 'company', Lagos: 'location' }],
    ['not a lawmaker’s party and state', 'Rep. Jason Chaffetz, R-Utah, and Rep. Hank Johnson (D-Ga.) spoke.', { 'Jason Chaffetz': 'person', 'Hank Johnson': 'person' }],
    ['a name over an abbreviation’s dot', 'Paramount and Warner Bros. Discovery reported losses on streaming.', { Paramount: 'company', 'Warner Bros. Discovery': 'company' }],
    ['a club’s region code in brackets, not a party or a dateline', 'Results: Mladost (BJ) 2 Buducnost (V) 0. Governor Roy Cooper (D) said so, WASHINGTON (AP) reported.', { 'Mladost (BJ)': 'organization', 'Buducnost (V)': 'organization', 'Roy Cooper': 'person', WASHINGTON: 'location', AP: 'company' }],
    ['not a name’s own initials in brackets', 'The United Nations (UN) met on Monday.', { 'United Nations': 'organization', UN: 'organization' }],
    ['not a stock index named after a business', 'The Dow Jones industrial average fell 1%, and the Nikkei index rose.', {}],
    ['not a law or an index named with business words', 'The Fair Pharmacy Access Act would cap fees. The PHLX Semiconductor Index fell 2%.', {}],
    ['a department named for an industry is a body', 'The Department for Energy Security and Net Zero said bills would fall.', { 'Department for Energy Security and Net Zero': 'organization' }],
    ['the buyer in "acquired by"', 'Its technology was later acquired by Velocast, which kept the brand.', { Velocast: 'company' }],
    ['a name with "and" inside, after a business one', 'Its shippers include regional grocer Hartwell Foods and Tate and Lowry Packaging, a box maker.', { 'Hartwell Foods': 'company', 'Tate and Lowry Packaging': 'company' }],
    ['a short name in capitals joined to a company by "and"', 'Brokers such as C.H. Robinson and RXO have also poured money into automation.', { 'C.H. Robinson': 'company', RXO: 'company' }],
    ['legal forms of the Gulf and Indonesia', 'Air Arabia PJSC sold bonds on Monday, and PT Vale Indonesia Tbk supplied ore.', { 'Air Arabia': 'company', 'Vale Indonesia': 'company' }],
    ['a committee of two things the tagger cut at "and"', 'Members of the House Energy and Commerce Committee said so.', { 'House Energy and Commerce Committee': 'organization' }],
    ['a body the text calls a nonprofit, before its head', 'Nebraska Appleseed, a nonprofit advocacy group, said it had set up a hotline for families.', { 'Nebraska Appleseed': 'organization' }],
    ['not where a business is based', 'It bought the stake from Singapore-based Northvale Logistics for $478 million.', { 'Northvale Logistics': 'company' }],
    ['a legal form in lower case', 'The airline will study the plans, and Jet2 plc declined to comment.', { Jet2: 'company' }],
    [
      'a legal form after a comma, of one word or three',
      'Acme Widgets, Inc. won the contract, and Operadora Portuaria Costa Azul, S.A.B. de C.V., lost it.',
      { 'Acme Widgets': 'company', 'Operadora Portuaria Costa Azul': 'company' },
    ],
    ['an employer named after a trade that also names people, after a role and "at"', '“Consumers are noticing,” said Sarah Whitcombe, a cocoa analyst at London broker Marex. Barnaby Quill, a retail analyst at stockbroker Hartley Dunmore, agreed.', { 'Sarah Whitcombe': 'person', London: 'location', Marex: 'company', 'Barnaby Quill': 'person', 'Hartley Dunmore': 'company' }],
    ['a legal form after a comma, the tagger having read only the name’s last word', 'Philips Oral Healthcare, LLC sells toothbrushes to dentists.', { 'Philips Oral Healthcare': 'company' }],
    [
      'a registered name joined by a foreign "and", the legal form inside the name or after it',
      'Banco de Bogotá is part of the Grupo Aval Acciones y Valores SA conglomerate. The firm, formally D-Market Elektronik Hizmetler ve Ticaret AŞ, grew.',
      { 'Banco de Bogotá': 'company', 'Grupo Aval Acciones y Valores': 'company', 'D-Market Elektronik Hizmetler ve Ticaret': 'company' },
    ],
    [
      'a corporation of ordinary words and the country it serves, but not a brand’s of its country',
      'The National Grid Corp. of the Philippines, in which State Grid Corp. of China holds a stake, was fined. Kia Motor Corp of South Korea said sales rose.',
      { 'National Grid Corp. of the Philippines': 'company', 'State Grid Corp. of China': 'company', 'Kia Motor': 'company', 'South Korea': 'location' },
    ],
    [
      'the employer before an analyst’s narrowed title',
      'Shares rose. Westpac senior economist Hannah Li warned that rates could rise. CommSec market analyst Tom Reddy said the result was priced in.',
      { Westpac: 'company', 'Hannah Li': 'person', CommSec: 'company', 'Tom Reddy': 'person' },
    ],
    [
      'examples of operators, a plural that names people too',
      'Larger operators such as Durham School Services run buses. CIA contract operators Tyrone Woods and Glen Doherty died.',
      { 'Durham School Services': 'company', CIA: 'organization', 'Tyrone Woods': 'person', 'Glen Doherty': 'person' },
    ],
    [
      'a gallery or a foundation named after a person, which is no person',
      'The show moved from Emma Mason Gallery to the Stanley Spencer Gallery in Cookham, and the Martin Parr Foundation lent prints.',
      { 'Emma Mason Gallery': 'organization', 'Stanley Spencer Gallery': 'organization', Cookham: 'location', 'Martin Parr Foundation': 'organization' },
    ],
    [
      'a fund manager, a dairy or a partnership named by its trade after a name word, but not a body, a term nor a pact',
      'The round was led by Tiger Global Management. The Bureau of Land Management objected. Bega Cheese and the John Lewis Partnership supply Brookside Dairy, which backed the Trans-Pacific Partnership.',
      {
        'Tiger Global Management': 'company',
        'Bureau of Land Management': 'organization',
        'Bega Cheese': 'company',
        'John Lewis Partnership': 'company',
        'Brookside Dairy': 'company',
      },
    ],
    ['a railroad and an energy firm named by their trade', 'The line was built by the Missouri Pacific Railroad. Chappal Energies bought the field.', { 'Missouri Pacific Railroad': 'company', 'Chappal Energies': 'company' }],
    [
      'a country’s central bank, whatever words stand around "Central Bank", as no business',
      'The Saudi Central Bank has introduced measures, and Bank Negara Malaysia received 1,240 complaints. Maybank said it would comply.',
      { 'Central Bank': 'organization', 'Bank Negara Malaysia': 'organization', Maybank: 'company' },
    ],
    [
      'a river or a sea, even after a business noun, as a place',
      'It is a problem for anyone downstream of a company that treated the Mississippi River like a drain. Ships crossed the South China Sea.',
      { 'Mississippi River': 'location', 'South China Sea': 'location' },
    ],
    [
      'a state’s division for an industry, its place first or not, as a body',
      'The state Division of Insurance said it was monitoring the dispute. A spokesman for the Texas Division of Financial Institutions said insurers must comply.',
      { 'Division of Insurance': 'organization', 'Texas Division of Financial Institutions': 'organization' },
    ],
    [
      'a stock index named after a business, its figure and its word after it, or known by its name alone, as no business',
      "Japan's Nikkei 225 Stock Average rose and South Korea's Kospi fell. ASML topped London's FTSE 100 index.",
      { Japan: 'location', 'South Korea': 'location', ASML: 'company', London: 'location' },
    ],
    [
      'a known body’s arm in a country, and a name the text calls an industry body, as no business',
      'Tom Ellery, a campaigner at Greenpeace UK, said ministers should go further. Offshore Energies UK, the industry body, said the outage showed the need for a review.',
      { 'Tom Ellery': 'person', 'Greenpeace UK': 'organization', 'Energies UK': 'organization' },
    ],
    [
      'a company with a legal form written with a slash, and the short form the text uses after it',
      '(Bloomberg) -- Novo Nordisk A/S shares jumped the most in more than a year. Novo said it would file for approval.',
      { Bloomberg: 'company', 'Novo Nordisk': 'company' },
    ],
    ['a bank and a group named in Spanish', 'Banco de Bogotá, part of Grupo Aval, said the transfers rose.', { 'Banco de Bogotá': 'company', 'Grupo Aval': 'company' }],
  ])('types names: %s', (_case, text, expected) => {
    const types: Record<string, string> = {};
    for (const entity of analyzeText(text).entities) types[entity.canonical] = entity.type;
    expect(types).toEqual(expected);
  });

  it('does not take a site’s sections joined by an ampersand for a firm', () => {
    const text = 'Sorry you did not like this.\n\nPolitics & Government\n\nArts & Entertainment\n\nThe show went on, and Marks & Spencer cut prices.';
    expect(companyMentions(text)).toEqual({ 'Marks & Spencer': ['Marks & Spencer'] });
  });

  it('does not take an adverb opening a sentence, and what the text says after it, for a company', () => {
    const text = 'Buyers should avoid a firm that installs software and disappears. Additionally, a company claiming to do everything may lack the skills.';
    expect(companyMentions(text)).toEqual({});
  });

  it('does not take a job’s title in capitals after "a" for a company', () => {
    const text = 'The venue pairs each couple with a Catering Coordinator, who manages the logistics. Become a Software Engineer with this course, or a Certified Financial Planner.';
    expect(analyzeText(text).entities).toEqual([]);
  });

  it('does not take ordinary words joined by an ampersand for a firm or a person, but names so joined for a firm', () => {
    const text = 'Pages 108-112 list Cam Locks & Lock Cores and Round & Square Bend U-Bolts.\n\nThe app sits in the Health & Fitness charts. Hellman & Friedman bought it.';
    const entities = analyzeText(text).entities;
    expect(entities.filter((entity) => entity.type === 'company' || entity.type === 'person').map((entity) => entity.canonical)).toEqual(['Hellman & Friedman']);
  });

  it('reads a known company styled in capitals in running text as the company, but not an ordinary word stressed, nor a capitals headline’s parts', () => {
    const text = 'We ran the kernels on a single NVIDIA H200 GPU, as NVIDIA recommends. The POLITICO newsletter covered it. Pick a TARGET date, then ship.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['NVIDIA', 'POLITICO']);
    expect(Object.keys(companyMentions('HANWHA OCEAN, HD HYUNDAI RIDE NAVY REPAIR WAVE\n\nShares of shipbuilders rose on Thursday.'))).not.toContain('HYUNDAI');
  });

  it('leaves a heading’s ordinary words out of a name the text writes in its running text', () => {
    const text = 'My favorite travel insurance company is Squaremouth Insurance, a web platform. I chose it last year for this trip.\n\nWhy I Chose Squaremouth Insurance\n\nSquaremouth Insurance compares plans.';
    expect(companyMentions(text)).toEqual({ 'Squaremouth Insurance': ['Squaremouth Insurance', 'Squaremouth Insurance', 'Squaremouth Insurance'] });
  });

  it('reads a name described as one "who" did something as a person’s, not a business’s, whatever the description’s head', () => {
    const text = 'Gene Whitfield, a retired mail carrier who has eaten breakfast at the diner for years, said he would miss it. "It was our kitchen," Whitfield said.';
    const analysis = analyzeText(text);
    expect(analysis.entities.filter((entity) => entity.type === 'company')).toEqual([]);
    expect(analysis.people.filter((person) => person.quoted).map((person) => person.name)).toEqual(['Whitfield']);
  });

  it('reads a business’s name of two words before its chief’s title whole, not its last word alone', () => {
    const text = '"The volumes are there," Envíos Relámpago Chief Executive Emiliano Ibarra said. The deal was led by Northern Lakes, with Fox Valley CEO Paul Stenberg serving as president.';
    const analysis = analyzeText(text);
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Envíos Relámpago', 'Fox Valley']);
    expect(analysis.people.filter((person) => person.quoted).map((person) => person.name)).toEqual(['Emiliano Ibarra']);
  });

  it('reads a city of the world’s list before a business’s plant or firm as no business', () => {
    const text = 'Panasonic Energy President Sato Aiko said the Fukuoka plant would employ about 1,200 people. A partner at the Düsseldorf law firm Brandauer Kessler said the deal was fair.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Brandauer Kessler', 'Panasonic']);
  });

  it('reads a name opening with a figure before a legal form the tagger read alone ("7-Eleven Inc.")', () => {
    expect(companyMentions('The chain is owned by 7-Eleven Inc., whose Japanese parent fended off a bid.')).toEqual({ '7-Eleven': ['7-Eleven Inc.'] });
  });

  it('reads legal forms of Central and Eastern Europe, Egypt and Brazil, in either case ("a.s.", "s.r.o.", "UAB", "SAE", "Ltda.")', () => {
    const text = 'A third participant, Czech-based Morava Seal a.s., escaped a fine. Payments ran through a subsidiary in Lithuania, Quillpay Baltic UAB, and Hengrun Energy Europe s.r.o., the filing showed, and the mill, owned by Delta Grain Mills SAE, stayed open.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Delta Grain Mills', 'Hengrun Energy Europe', 'Morava Seal', 'Quillpay Baltic']);
    expect(Object.keys(companyMentions('Smaller packers are squeezed. Frigorífico Pantanal Ltda., a family-owned slaughterhouse, said it was ready.'))).toEqual(['Frigorífico Pantanal']);
  });

  it('reads a known company’s national arm, the country written in English or in its own language, as a company', () => {
    const text = 'Santander Brasil declined to comment. Sales at Nestle India rose, while Walmart México cut prices.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Nestle India', 'Santander Brasil', 'Walmart México']);
  });

  it('reads what owns a business’s arm, unit or subsidiary as a business, but not a body’s political arm', () => {
    const text = 'Etiqa, the insurance arm of Maybank, said it had waived fees. Sinn Fein, the political arm of the IRA, said nothing.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Etiqa', 'Maybank']);
  });

  it('reads who sells or manufactures goods as a business', () => {
    const text = 'Rival drugs, sold by Boehringer Ingelheim and Pfizer, are already approved; the pumps are manufactured by Kessler Ingram in Ohio.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Boehringer Ingelheim', 'Kessler Ingram', 'Pfizer']);
  });

  it('reads a US state, a Canadian province or an Australian state as a place, even beside companies', () => {
    const text = 'The letters went to pharmacies, including SlimRx Direct LLC of Scottsdale, Arizona, and Lone Star Compounding Pharmacy in Houston. Texas and Queensland regulators declined to comment.';
    const analysis = analyzeText(text);
    const typeOf = (name: string): string | undefined => analysis.entities.find((entity) => entity.canonical === name)?.type;
    expect([typeOf('Arizona'), typeOf('Texas'), typeOf('Queensland')]).toEqual(['location', 'location', 'location']);
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Lone Star Compounding Pharmacy', 'SlimRx Direct']);
  });

  it('reads a city’s name alone as no person and no company, whatever stands around it', () => {
    const text = 'Marco Rubio said he would now root for North Carolina since Jeb chose Denver. “Denver,” Chris Christie answered. A depot near Mumbai, owned by Tata Motors, was shut.';
    const analysis = analyzeText(text);
    expect(analysis.people.map((person) => person.name)).toEqual(['Marco Rubio', 'Chris Christie']);
    expect(Object.keys(companyMentions(text))).toEqual(['Tata Motors']);
  });

  it('reads an unknown name opening a sentence that the text calls a consultancy, an issuer or a supplier as a company', () => {
    const text = 'Drewry, the London-based maritime consultancy, said rates would fall. Tether, the issuer of the largest stablecoin, said it would comply.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Drewry', 'Tether']);
  });

  it('reads a name the tagger left alone before a stock ticker as a company ("Snap-on (SNA.N)")', () => {
    expect(Object.keys(companyMentions('Snap-on (SNA.N) rose 2.9% after the toolmaker posted results.'))).toEqual(['Snap-on']);
  });

  it('reads a people’s adjective before its noun as no name ("Safaricom’s Ethiopian unit", "Qatari investors")', () => {
    const text = 'Safaricom’s Ethiopian unit said it had passed 10 million users. Printemps, which is owned by Qatari investors, opened a store. Its vice president for North American operations spoke.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Printemps', 'Safaricom']);
  });

  it('reads a firm of partners’ names joined by commas and an ampersand as one firm, but not a person and a firm’s role', () => {
    const text = 'The board rejected an approach from private equity firm Clayton, Dubilier & Rice. Lawyers at Wachtell, Lipton, Rosen & Katz advised. “It will continue,” said Tasha Greene, Crumb & Co.’s chief operating officer.';
    expect(Object.keys(companyMentions(text))).toEqual(['Clayton, Dubilier & Rice', 'Wachtell, Lipton, Rosen & Katz', 'Crumb']);
    expect(analyzeText(text).people.map((person) => person.name)).toEqual(['Tasha Greene']);
  });

  it('reads the owner of an analyst’s title in an appositive as a business ("…, Xeneta’s senior shipping analyst.")', () => {
    const text = 'Rates are falling, said Ingrid Halvorsen, Xeneta’s senior shipping analyst. She said spot rates fell.';
    expect(Object.keys(companyMentions(text))).toEqual(['Xeneta']);
    expect(analyzeText(text).people.map((person) => person.name)).toEqual(['Ingrid Halvorsen']);
  });

  it('reads a name after "its supplier," and one "which sells" things as businesses', () => {
    const text = 'Boeing agreed to buy back its main fuselage supplier, Spirit AeroSystems, after years of problems. Howden Joinery, which sells kitchens to builders, rose.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Boeing', 'Howden Joinery', 'Spirit AeroSystems']);
  });

  it('reads "<name>, maker of …" and "<name> Homes" as businesses, and a name in quotation marks after "branded" as none', () => {
    const text = 'Hermès International, maker of the Birkin handbag, said sales rose. Tridel and Mattamy Homes have delayed launches. The chain launched a strategy branded ‘Brighter Homes’.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Hermès International', 'Mattamy Homes', 'Tridel']);
  });

  it('reads a compound adjective ending in "-based" as no name ("Shares of the San Francisco-based company")', () => {
    expect(analyzeText('Shares of the San Francisco-based company fell 7% in afternoon trading.').entities).toEqual([]);
  });

  it('leaves a plural of businesses opening the sentence out of the name after it, legal form or not ("Rivals Salzgitter AG")', () => {
    expect(companyMentions('Rivals Salzgitter AG and ArcelorMittal have also cut production.')).toEqual({ Salzgitter: ['Salzgitter AG'], ArcelorMittal: ['ArcelorMittal'] });
  });

  it('drops both words of a Malaysian private company’s legal form from its name ("Sdn Bhd")', () => {
    expect(Object.keys(companyMentions('Shares rose after Petroliam Nasional Sdn Bhd said it would expand.'))).toEqual(['Petroliam Nasional']);
  });

  it('does not take a sum or a count written short for a company named so', () => {
    expect(companyMentions('The fund has about $3M in assets, ~3M members, and 3M makes tape.')).toEqual({ '3M': ['3M'] });
    expect(companyMentions('Cambia Health Solutions\n\nNon-Profit\n\n~3M\n\n4')).toEqual({});
  });

  it('reads a name written with either apostrophe as one', () => {
    expect(companyMentions("Dick's Sporting Goods said sales rose. Shoppers went to Dick’s Sporting Goods.")).toEqual({ "Dick's Sporting Goods": ["Dick's Sporting Goods", 'Dick’s Sporting Goods'] });
  });

  it('keeps a known company apart from its product named before it, not from a longer known name of its own', () => {
    const product = companyMentions('The Google Home app controls it. The camera has face recognition, which Google calls Familiar Faces.');
    expect(product).toHaveProperty('Google', ['Google']);
    const longer = companyMentions('Rivals such as CVS Health keep growing. Last year CVS bought a chain of clinics.');
    expect(Object.keys(longer)).toEqual(['CVS Health']);
  });

  it('reads no names in the entries of a list of references, and reads them in the prose around it', () => {
    const text = [
      'General Motors sponsored a review of exercise and depression, Cochrane said.',
      '30.Cooney GM, Dwan K, Greig CA, Lawlor DA, Mead GE. Exercise for depression. Cochrane Database Syst Rev. 2013;2013:CD004366. doi: 10.1002/14651858.CD004366.pub6. [PubMed] [Google Scholar]',
    ].join('\n\n');
    const entities = analyzeText(text).entities;
    expect(entities.every((entity) => entity.end < text.indexOf('30.'))).toBe(true);
    expect(entities.map((entity) => entity.text)).toContain('General Motors');
  });

  it('takes no name holding "or" for a person’s', () => {
    const text = 'Pick a gentle paste like Tom’s of Maine Fluoride-Free Toothpaste or Hello Sensitivity Relief Fluoride Toothpaste instead.';
    expect(analyzeText(text).people.map((person) => person.name).filter((name) => name.includes(' or '))).toEqual([]);
  });

  it('does not take a state’s postal code after a city for a legal form', () => {
    expect(companyMentions('The firm moved from Las Vegas, NV to Denver, CO last year.')).toEqual({});
  });

  it.each([
    ['a lower-case word left after a sentence’s first word', 'Best for Creative Brands: Squarespace, for photographers.', /^\p{Ll}/u],
    ['a comma inside a name', 'Start browsing our Wedding Ideas, Real Weddings, and Pinterest as well as wedding blogs.', /,/],
    ['a slash inside a name', 'Hire the DJ/Entertainment for your ceremony and the cocktail hour.', /\//],
  ])('never makes a name of %s', (_case, text, pattern) => {
    expect(analyzeText(text).entities.filter((entity) => pattern.test(entity.text))).toEqual([]);
  });

  it('keeps an honorific in a name in quotation marks, a flower’s or a work’s, and finds no person there', () => {
    const text = 'Plant hybrids that bloom on new wood. Think \'Jackmanii\', \'Polish Spirit\', \'Madame Julia Correvon\' – absolute stunners.';
    expect(analyzeText(text).people.filter((person) => person.name.includes('Correvon'))).toEqual([]);
  });

  it('reads a list whose numbers stand in paragraphs of their own as numbered, and a brand written in lower case as a heading', () => {
    const text = [
      'Ahead are our top picks for the best online interior design services.',
      '1', 'Havenly', 'Havenly pairs you with a designer.',
      '2', 'Pottery Barn', 'Its design crew helps with the rooms.',
      '3', 'IKEA', 'The planners are free.',
      '4', 'Stucco', 'It charges by the room.',
      '5', 'roomLift', 'It is a more personable option.',
      '6', 'Wayfair', 'Its designers are free too.',
    ].join('\n\n');
    expect(companyMentions(text)).toMatchObject({ Stucco: ['Stucco'], roomLift: ['roomLift'] });
  });

  it('takes the headings of a list without numbers that the text introduces as businesses, each written again, for companies', () => {
    const text = [
      'These are the shops we love most in the neighborhood.',
      'Saint Pasta', 'Saint Pasta makes fresh noodles every day.',
      'Nail Snob', 'Nail Snob paints nails until late.',
      'Kanfuela Kaffé', 'Kanfuela Kaffé roasts its own beans.',
    ].join('\n\n');
    expect(analyzeText(text).entities.map((entity) => [entity.canonical, entity.type])).toEqual([
      ['Saint Pasta', 'company'], ['Saint Pasta', 'company'], ['Nail Snob', 'company'], ['Nail Snob', 'company'], ['Kanfuela Kaffé', 'company'], ['Kanfuela Kaffé', 'company'],
    ]);
  });

  it('takes the headings of a numbered list the text introduces as businesses for companies', () => {
    const text = [
      'We have worn slow fashion for a decade: these are our favorite brands for plus size clothing.',
      '1. Brindle Lane', 'Budget friendly', 'Brindle Lane makes dresses in sizes up to 6X.',
      '2. Loupette', 'Linen shirts and trousers, made in Portugal.',
      '3. Quillory', 'The shop is woman owned.',
      '4. Warp + Weft', 'The denim comes in 14 sizes.',
      '5. Girlfriend Collective', 'The leggings are made of recycled bottles.',
    ].join('\n\n');
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Brindle Lane', 'Girlfriend Collective', 'Loupette', 'Quillory', 'Warp + Weft']);
  });

  it('takes the name before a numbered heading’s subtitle, not a label or a sentence after a colon', () => {
    const text = [
      'These are the top shoe companies in the world.',
      '1. Nike: The Innovator of Athletic Footwear', 'Nike leads the market.',
      '2. Puma: Bold and Affordable', 'Puma is a well-established name.',
      '3. Vans: The Urban Trendsetter', 'It is known for skate shoes.',
      '4. Lacoste: Classic and Elegant', 'It makes polos.',
      'How to choose:', '1. Comfort: Try the shoes on in the afternoon, when your feet are largest.',
    ].join('\n\n');
    const companies = companyMentions(text);
    expect(Object.keys(companies).sort()).toEqual(['Lacoste', 'Nike', 'Puma', 'Vans']);
    // (And wherever else the text writes it.)
    expect(companies['Puma']).toEqual(['Puma', 'Puma']);
  });

  it.each([
    ['events', 'Trade shows help businesses meet buyers. Here are the events to attend.', ['Great Plains Franchise Expo', 'Harbor Design Summit', 'Midtown Retail Show']],
    ['known companies’ products', 'Machine learning helps companies. These are the tools to try.', ['Amazon SageMaker', 'Microsoft Azure ML Studio', 'Google Vertex AI']],
  ])('does not take the headings of a numbered list of %s for companies', (_case, introduction, headings) => {
    const text = [introduction, ...headings.flatMap((heading, index) => [`${index + 1}. ${heading}`, 'It runs every year.'])].join('\n\n');
    expect(Object.keys(companyMentions(text)).filter((name) => name.includes(' '))).toEqual([]);
  });

  it('reads no name in a web address’s path, and finds none there again', () => {
    const text = 'Photo credit: ©iStock.com/Peshkova. Code is at github.com/OpenAI/Whisper. OpenAI said so, and Acme Corp sells on Amazon.com/AcmeStore.';
    const names = analyzeText(text).entities.map((entity) => `${entity.text}@${entity.start}`);
    expect(names).toEqual([`OpenAI@${text.indexOf('OpenAI said')}`, `Acme Corp@${text.indexOf('Acme Corp')}`, `Amazon.com@${text.indexOf('Amazon.com')}`]);
  });

  it('does not take a heading’s title case for a company when the text writes its words in lower case', () => {
    const text = 'Start browsing our Wedding Ideas, Real Weddings, and Pinterest as well as wedding blogs with real weddings and ideas.';
    expect(companyMentions(text)).toEqual({ Pinterest: ['Pinterest'] });
  });

  it.each([
    ['a function word capitalised inside it', 'He bought it from Gadgets For Every Budget last week.'],
    ['words joined by an ampersand that the text writes in lower case', 'Email Marketing & Automation – Capture leads and send email with marketing automation.'],
    ['a ranking’s heading', 'The Best Web Design Platforms by Clay The web design platform you choose matters.'],
    ['a topic’s heading', 'Apps help people shop.\n\nTypes of Mobile Apps\n\nThey come in three kinds.\n\nFuture of Real-Time Analytics\n\nIt will get faster.'],
    ['ordinary words of today’s pages, outside running text', 'Effective Short-Form Video Production\n\nRecommended Software and Apps\n\nProfessional short-form video needs good tools.'],
    ['ordinary words of today’s pages joined by an ampersand', 'Plans and prices\n\nDesign Flexibility & Scalability\n\nA great design grows with you.\n\n1. AI & Automation\n\nThe robots are fine.'],
  ])('does not take a heading for a name: %s', (_case, text) => {
    expect(analyzeText(text).entities.filter((entity) => entity.type === 'company' || entity.text.includes(' '))).toEqual([]);
  });

  it('ends a name with business words after an ampersand', () => {
    const text = '4. Liberty Moving\n\nTotal Reviews: 255\n\nLiberty Moving & Storage was founded nearly 8 decades ago when Michael Federico started a moving company.';
    expect(companyMentions(text)).toEqual({ 'Liberty Moving': ['Liberty Moving'], 'Liberty Moving & Storage': ['Liberty Moving & Storage'] });
  });

  it('joins two names the tagger cut apart where it read them as the opening of one name elsewhere', () => {
    const text = 'Drivers who work for Golden Valley Pupil Transportation Inc. went on strike.\n\nGolden Valley’s general manager said talks failed.';
    expect(analyzeText(text).entities.map((entity) => [entity.text, entity.type, entity.canonical])).toEqual([
      ['Golden Valley Pupil Transportation Inc.', 'company', 'Golden Valley Pupil Transportation'],
      ['Golden Valley', 'company', 'Golden Valley Pupil Transportation'],
    ]);
  });

  it('takes no name ending in a place’s head word for a person', () => {
    const text = 'Its cars are common in Hanoi and Ho Chi Minh City. He surfed at Huntington Beach, then walked across Pershing Square to Kingly Street.';
    expect(analyzeText(text).entities.filter((entity) => entity.type === 'person')).toEqual([]);
  });

  it('takes no plural of capital initials for a name', () => {
    expect(analyzeText('Most VPNs we tested were fast, and the APIs of both SDKs changed. CEOs of PACs met.').entities).toEqual([]);
  });

  it('does not take business words alone for a name', () => {
    // A list item's heading, then the name in full: the tagger splits "Storage" off the name.
    const text = '4. Liberty Moving\n\nTotal Reviews: 255\n\nLiberty Moving & Storage was founded nearly 8 decades ago when Michael Federico started a moving company.';
    expect(analyzeText(text).entities.map((entity) => entity.canonical)).not.toContain('Storage');
  });

  it.each([
    ['a business named with its possessive', 'Moody’s Investors Service cut the rating. Moody’s said the outlook was negative.', 'Moody’s'],
    ['not an owner known by itself and its body', 'She worked at MIT’s Lorenz Center. MIT’s students joined her.', 'MIT'],
    ['a business named with a possessive written apart, as in CoNLL’s text', "Moody 's Investors Service cut the rating on Tuesday . Moody 's said the outlook was negative .", "Moody 's"],
  ])('keeps the possessive of %s', (_case, text, shortName) => {
    const second = text.slice(text.indexOf('. ') + 2);
    const mention = analyzeText(text).entities.find((entity) => entity.start === text.indexOf(second));
    expect(mention?.text).toBe(shortName);
  });

  it('does not take a device’s parts or features in capitals for companies', () => {
    const text = 'Amazon, Walmart and Best Buy sell kits with an NVR, a DVR or PoE cameras. Each has an HDMI port, UHD video and a SIM slot.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Amazon', 'Best Buy', 'Walmart']);
  });

  it('does not take ordinary words in capitals or a lone legal form for companies', () => {
    const found = companyMentions('The TV and the CPU were made by Sony Corp. The store opens at 8 AM. Remain Co. will hold the shares; Co. is short for company.');
    expect(Object.keys(found).sort()).toEqual(['Remain', 'Sony']);
  });

  it('does not take an author’s initials in a list of references for a legal form, and keeps a legal form elsewhere', () => {
    expect(companyMentions('Tinker L, Howard BV, Lloyd-Jones D, Van Horn L. Diet quality. Ding EL, Chiuve SE, Hu FB. Trends in diet.')).toEqual({});
    expect(Object.keys(companyMentions('The deal was signed by Philips BV, Airbus SE and Bayer AG on Monday.'))).toEqual(['Philips', 'Airbus', 'Bayer']);
  });

  it('does not take courses of study named with business words for companies', () => {
    const text = 'Our Applied Data Analytics Bachelor’s Degree is new. He holds a Bachelor of Science in Finance and Marketing. Try the Instagram Marketing Bootcamp.';
    expect(companyMentions(text)).toEqual({});
  });

  it('does not take a list of kinds for companies, and keeps a list of brands named with ordinary words', () => {
    const kinds = companyMentions(
      'Flightpath is an agency in New York.\n\nIndustries Served: Automotive, eCommerce, Entertainment, Food & Drink, Gaming, Non-Profit, Retail, Sports, Technology, Travel\n\nCase Studies: View all case studies.',
    );
    expect(Object.keys(kinds).filter((name) => name !== 'Flightpath')).toEqual([]);
    const brands = companyMentions('Their impressive clientele includes brands like Hulu, KidzBop, Pilot, and Famous Footwear.');
    expect(Object.keys(brands)).toEqual(expect.arrayContaining(['Hulu', 'Pilot', 'Famous Footwear']));
  });

  it('reads the other headings of a list whose entries write their heading again, a third of them companies, as companies', () => {
    const text =
      'The HR firms we rated.\n\nBambee\n\nBambee is an HR platform for small businesses.\n\nADP\n\nADP serves a million clients.\n\nInsperity\n\nInsperity offers payroll services.\n\nDeloitte\n\nDeloitte advises large firms.\n\nHelios HR\n\nBased in Virginia, Helios HR has consultants there.\n\nJumpstart HR\n\nJumpstart HR works with startups.\n\nPatrick Clarke\n\nPatrick Clarke wrote this guide.\n\nInstagram and Facebook\n\nInstagram and Facebook carry their ads.';
    const found = Object.keys(companyMentions(text));
    expect(found).toEqual(expect.arrayContaining(['ADP', 'Helios HR', 'Jumpstart HR']));
    expect(found).not.toContain('Patrick Clarke');
    expect(found).not.toContain('Instagram and Facebook');
  });

  it('reads the other headings of a numbered list, half of whose headings are companies, as companies', () => {
    const text =
      'The best movers in the city, ranked.\n\n1. Metropolis Moving\n\nMetropolis Moving is a moving company in Brooklyn.\n\n2. Liberty Moving & Storage\n\nLiberty Moving & Storage Inc. has served the city since 1990.\n\n3. Men on the Move\n\nMen on the Move has moved families around the east coast since 1985.\n\n4. Rob the Mover\n\nThe team at Rob the Mover is small.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Liberty Moving & Storage', 'Men on the Move', 'Metropolis Moving', 'Rob the Mover']);
    const tips = 'Moving tips.\n\n1. Start Early\n\nBook a mover early.\n\n2. Pack Smart\n\nLabel every box.\n\n3. Hire Metropolis Moving\n\nThey are good.';
    expect(Object.keys(companyMentions(tips))).not.toContain('Start Early');
  });

  it('ends a name the tagger ran on at a word or a bracket no name holds', () => {
    // The tagger, reading these whole articles, runs "Springfield Area Chamber of Commerce named Dale Kowalski" and
    // "Target (TGT" on as names.
    const articles = readFileSync(new URL('../../scripts/eval/news-text/development.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; text: string });
    const namesIn = (id: string): string[] => analyzeText(articles.find((entry) => entry.id === id)!.text).entities.map((entity) => entity.text);
    const chamber = namesIn('h-9');
    expect(chamber).toEqual(expect.arrayContaining(['Springfield Area Chamber of Commerce', 'Dale Kowalski']));
    expect(chamber.filter((name) => / named /.test(name))).toEqual([]);
    expect(namesIn('a-3').filter((name) => name.includes('('))).toEqual([]);
  });

  it('takes an ordinary word in capitals for no name, wherever it stands', () => {
    const text = 'AI has moved out of the IT department. AI’s rising importance shows: many FTSE 100 companies now have a Chief AI Officer.';
    expect(Object.keys(companyMentions(text))).not.toContain('AI');
  });

  it('does not take the trade’s acronyms for companies', () => {
    const found = companyMentions('Merger and acquisition (M&A) deals rose in October. For all P&C lines, Chubb grew; its R&D budget and PBM services did too.');
    expect(Object.keys(found)).toEqual(['Chubb']);
  });

  it('reads a word that opens product names and is written alone too as the maker, and the products as no companies', () => {
    const text =
      'Our pick for the best overall is the new Acer Nitro 16, a fast machine. Every iteration of the Acer Nitro keeps getting better. Acer did include an Ethernet port with this device.\n\nThe Asus ROG Zephyrus G14 is lighter. Asus also left its keyboard unchanged.';
    const found = companyMentions(text);
    expect(found.Acer).toEqual(['Acer', 'Acer', 'Acer']);
    expect(found.Asus).toEqual(['Asus', 'Asus']);
    expect(Object.keys(found).filter((name) => name.includes(' '))).toEqual([]);
  });

  it('keeps a business’s arm in a place and a product after another maker’s name as they are', () => {
    const arm = companyMentions('Woolworths NZ raised prices on Monday. Woolworths said costs rose. Woolworths NZ stores will stay open.');
    expect(Object.keys(arm)).not.toContain('NZ');
    expect(Object.keys(arm)).toContain('Woolworths NZ');
    const after = companyMentions('The MSI Sword 15 is our budget pick. The Sword 15 routinely hit 60 fps, and Sword owners liked it.');
    expect(Object.keys(after)).not.toContain('Sword');
  });

  it('reads a known company’s name before a model of its products as the company, and the model as no name', () => {
    const text =
      'Processor: AMD Ryzen 5 7640HS\n\nWe also tried the Panasonic Lumix S5 II. Its Lumix line has phase-detect focus.\n\nExamples: Tesla Model 3 and Model Y, Hyundai Ioniq 5, Kia EV6.';
    const analysis = analyzeText(text);
    const names = (type: string): string[] => [...new Set(analysis.entities.filter((entity) => entity.type === type).map((entity) => entity.canonical))];
    expect(names('company').sort()).toEqual(['AMD', 'Hyundai', 'Kia', 'Panasonic', 'Tesla']);
    expect(analysis.entities.filter((entity) => /Ryzen|Lumix|Model|Ioniq/.test(entity.text))).toEqual([]);
    expect(analysis.people).toEqual([]);
  });

  it('reads a name after a known company’s name and a model’s figure as the rest of the model’s name, no company or person', () => {
    const analysis = analyzeText('The airline ordered 20 Boeing 737 MAX jets. I shoot with the Canon 5D Mark IV, and she flies the Airbus A350 XWB.');
    expect([...new Set(analysis.entities.map((entity) => `${entity.type}:${entity.canonical}`))].sort()).toEqual(['company:Airbus', 'company:Boeing', 'company:Canon']);
    expect(analysis.people).toEqual([]);
  });

  it('keeps a known company’s name with a word after it and no model’s mark whole: a unit or a business of its own', () => {
    const found = Object.keys(
      companyMentions(
        'Bloomberg Intelligence analyst Owen Pratt wrote in a note that margins held. Vodafone Idea raised tariffs, while Optum Rx gained. Delta Crest Petroleum shut a pipeline, and Delta Crest said repairs would take a week.',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['Bloomberg Intelligence', 'Delta Crest Petroleum']));
    for (const maker of ['Bloomberg', 'Vodafone', 'Optum', 'Delta']) expect(found).not.toContain(maker);
  });

  it('reads investors named in a funding round as companies, and the round’s letter as no name', () => {
    const found = companyMentions('Andreessen Horowitz led the Series B, and Index Ventures and Kleiner Perkins joined. General Catalyst and General Atlantic put in the rest.');
    expect(Object.keys(found).sort()).toEqual(['Andreessen Horowitz', 'General Atlantic', 'General Catalyst', 'Index Ventures', 'Kleiner Perkins']);
  });

  it('takes the capitalised words the tagger left before a name ending in a business word into the name', () => {
    const found = companyMentions('The facility is led by Saudi National Bank and First Abu Dhabi Bank. Shares of Trans World Airlines fell. Israel announced the expansion of Jewish West Bank settlements.');
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['Saudi National Bank', 'First Abu Dhabi Bank', 'Trans World Airlines']));
    expect(Object.keys(found)).not.toContain('West Bank');
  });

  it('joins a name the tagger cut at "and" when the right part is ordinary words and a legal form, or at a Romance particle, not two known companies', () => {
    const analysis = analyzeText(
      'The group changed its name from Nippon Telegraph and Telephone Corp. last year. Shares of Alphabet and Microsoft Corp. fell. Kenya Power and Lighting Company Plc passes fuel costs on. State-controlled Banco do Brasil SA was flat. DuPont de Nemours Inc. agreed to pay.',
    );
    const companies = analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.text);
    expect(companies).toEqual(['Nippon Telegraph and Telephone Corp.', 'Alphabet', 'Microsoft Corp.', 'Kenya Power and Lighting Company Plc', 'Banco do Brasil SA', 'DuPont de Nemours Inc.']);
    expect(analysis.people).toEqual([]);
  });

  it('reads a name of letters and a number where a source tells or is cited as a news outlet, and a model’s name as none', () => {
    const analysis = analyzeText('In a statement emailed to NBC4 late Monday, the owners said the diner would close. The mayor told ABC15 the measure would hurt. The airline flies Boeing 737 jets to the G20 summit.');
    const companies = analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.canonical);
    expect(companies).toEqual(expect.arrayContaining(['NBC4', 'ABC15']));
    expect(companies).not.toContain('G20');
    expect(analysis.quotes.find((quote) => quote.text.includes('hurt'))?.text).toBe('the measure would hurt');
  });

  it('reads no person in a name with a word opening with a prefix and a hyphen', () => {
    const analysis = analyzeText('Lawmakers debated the Trans-Pacific Partnership on Monday. Multi-Factor Authentication is now required. In a brief statement, Tri-County said the closure was final.');
    expect(analysis.people.map((person) => person.name)).toEqual([]);
  });

  it('reads "A/S" as a legal form, not a letter "S" as a business', () => {
    const analysis = analyzeText('Shares in Halvorsen Pharma A/S more than halved on Monday.');
    const companies = analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.canonical);
    expect(companies).toEqual(['Halvorsen Pharma']);
  });

  it('reads a name given a kind of place as a place ("the city of Ulsan", "Aichi prefecture"), not a business named after its town', () => {
    const analysis = analyzeText('Workers struck at the main plant in the industrial city of Ulsan. Parts came from a supplier in Japan’s Aichi prefecture. Shares of Antofagasta Plc fell. Protests spread in the city of Antofagasta.');
    const typeOf = (name: string): string | undefined => analysis.entities.find((entity) => entity.canonical === name)?.type;
    expect([typeOf('Ulsan'), typeOf('Aichi'), typeOf('Antofagasta')]).toEqual(['location', 'location', 'company']);
  });

  it('leaves where a business is registered or who owns it out of its name', () => {
    const found = companyMentions('Corvair, which is owned by the Luxembourg-registered Halden Aviation Group SE, flies to Spain. A Trump-owned hotel and a state-controlled bank were named.');
    expect(Object.keys(found)).toContain('Halden Aviation Group');
    expect(Object.keys(found).filter((name) => /-(?:registered|owned|controlled)/.test(name))).toEqual([]);
  });

  it('reads a name right after a noun for a union, a charity or a watchdog as a body’s, no person’s or business’s', () => {
    const analysis = analyzeText('The shopworkers’ union Usdaw said staff had been left in the dark. Usdaw’s national officer, Karen Whitby, said the union would seek meetings. The passenger watchdog Transport Focus said fares were too high.');
    const typeOf = (name: string): string | undefined => analysis.entities.find((entity) => entity.canonical === name)?.type;
    expect([typeOf('Usdaw'), typeOf('Transport Focus')]).toEqual(['organization', 'organization']);
    expect(analysis.people.map((person) => person.name)).toEqual(['Karen Whitby']);
  });

  it('reads a news outlet where the text says it reported first, or a daily, or a paper a fact is according to', () => {
    const found = Object.keys(
      companyMentions(
        'The complaint cites memos first reported by the Williamsport Sun-Gazette. The Daily Nonpareil first reported the closing. The city will pay $2 million, according to the Tulsa World. Its chief executive told Italian daily Il Sole that sales rose.',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['Williamsport Sun-Gazette', 'Daily Nonpareil', 'Tulsa World', 'Il Sole']));
  });

  it('takes no person a fact was first reported by, nor a body a fact is according to, for a company', () => {
    const found = Object.keys(
      companyMentions('The fact was first reported by Christopher Heath, a TV reporter. The figure is up 3%, according to the Pew Research Center. Jobs grew, according to the Bureau of Labor Statistics. The RNC, in its daily media summary Monday, sent a note.'),
    );
    expect(found).toEqual([]);
  });

  it('reads the examples after businesses of more trades, a manager of money and a far employer as companies', () => {
    const found = Object.keys(
      companyMentions(
        'The suit is led by two small game studios, Brassbound Games and Tidewater Interactive. The chain was squeezed by discounters such as B&M. Chatham Asset Management took control of the paper. According to Henrik Salo, head of European financials research at Kepler Cheuvreux, savings are likely.',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['Brassbound Games', 'Tidewater Interactive', 'B&M', 'Chatham Asset Management', 'Kepler Cheuvreux']));
  });

  it('reads a place’s name and "Tech" as a university’s, where a role is held', () => {
    const analysis = analyzeText('This tip is by Rick Clark, director of undergraduate admissions at Georgia Tech.');
    expect(analysis.entities.find((entity) => entity.canonical === 'Georgia Tech')?.type).toBe('organization');
  });

  it('reads the first words of a business’s name that ends in a legal form as the business, written after it', () => {
    const analysis = analyzeText('The land is next to homes planned by Saguaro Ridge Communities LLC.\n\nSaguaro Ridge said in a statement that it had no position on the bill.');
    expect(analysis.entities.filter((entity) => entity.text === 'Saguaro Ridge').map((entity) => [entity.type, entity.canonical])).toEqual([['company', 'Saguaro Ridge Communities']]);
    expect(analysis.people).toEqual([]);
  });

  it('reads a name the text calls "the … app" or "the … platform" as the business behind it', () => {
    const analysis = analyzeText('Kinnect, the group-chat social app that became a hit with teenagers, is cutting staff. Kinnect will move to London. Pike praised Loopline, the photo-sharing platform, on Tuesday.');
    expect(analysis.entities.filter((entity) => entity.type === 'company').map((entity) => entity.text)).toEqual(['Kinnect', 'Kinnect', 'Loopline']);
  });

  it('reads a name the text calls one of some businesses as a business', () => {
    const found = Object.keys(companyMentions('The deal was backed by Harlequin, one of the largest publishers of romance novels. Ironically, one of the biggest lenders stayed out.'));
    expect(found).toEqual(['Harlequin']);
  });

  it('takes a public-interest group for no company, whatever business words its name holds', () => {
    const found = companyMentions('Diane Brown, executive director of the Arizona Public Interest Research Group, said the decision would hurt families. APS, a unit of Pinnacle West Capital Corp., disagreed.');
    expect(Object.keys(found)).not.toContain('Arizona Public Interest Research Group');
    expect(Object.keys(found)).toContain('Pinnacle West Capital');
  });

  it('cuts ordinary words after the possessive of a name the text writes alone too', () => {
    const text = 'Kovra - Top Video Resolution\n\nKovra sells cameras with a cloud plan.\n\nKovra’s Features\n\nShoppers like Sam’s Club and the Alzheimer’s Association.';
    const names = companyMentions(text);
    expect(names['Kovra']).toHaveLength(3);
    expect(Object.keys(names)).not.toContain('Kovra’s Features');
  });

  it('reads a name in capitals heading a list’s entry before a dash as no dateline', () => {
    const text = 'Our picks.\n\nKVX - Most Complete Security System with Cameras\n\nKVX cameras are sold with a monitoring plan.\n\nTOKYO — Prices rose.';
    const types = new Map(analyzeText(text).entities.map((entity) => [entity.text, entity.type]));
    expect(types.get('KVX')).not.toBe('location');
    expect(types.get('TOKYO')).toBe('location');
  });

  it('reads a run of one-name paragraphs, a third of whose names are companies, as a list of companies', () => {
    const text =
      'The largest insurers in the country, by members.\n\nUnitedHealthcare\n\nKaiser Permanente\n\nHumana\n\nCVS Health (Aetna)\n\nFlorida Blue (GuideWell)\n\nCareSource\n\nPremera Blue Cross\n\nEach of them sells plans in several states.';
    const found = Object.keys(companyMentions(text));
    expect(found).toEqual(expect.arrayContaining(['Florida Blue', 'CareSource', 'Premera Blue Cross']));
  });

  it('keeps a list’s name of ordinary words, or a given name, that ends like two of its companies’ names', () => {
    const text =
      'The largest insurers in the country, by members.\n\nUnitedHealthcare\n\nElevance Health\n\nHumana\n\nCVS Health\n\nMolina Healthcare\n\nOscar Health\n\nBright Health\n\nEach of them sells bright plans for health in several states.';
    const found = Object.keys(companyMentions(text));
    expect(found).toEqual(expect.arrayContaining(['Elevance Health', 'CVS Health', 'Oscar Health', 'Bright Health']));
    expect(found).not.toContain('Oscar');
    // (A name ending like only one other is no sign: "Digital Marketing" beside "Moz Marketing".)
    const services = 'Our favourite agencies, by clients.\n\nMoz Marketing\n\nHubSpot\n\nSemrush\n\nAhrefs\n\nDigital Marketing\n\nEach of them does digital marketing well.';
    expect(Object.keys(companyMentions(services))).not.toContain('Digital Marketing');
  });

  it('reads what the text says a name is, up to a participle after the head noun', () => {
    expect(Object.keys(companyMentions('Inspired by the greats, Loup is a brand combining New York City ethics with Parisian style.'))).toEqual(['Loup']);
  });

  it('keeps a two-word name holding a ranking’s word', () => {
    expect(Object.keys(companyMentions('Ratings agency AM Best affirmed the insurer’s rating on Monday.'))).toContain('AM Best');
  });

  it('reads an item of a list a sentence opens as a name, whatever ordinary words it is made of', () => {
    const found = companyMentions('You can buy the pieces from retailers such as West Elm, Nordstrom, Crate & Barrel, Wayfair, and Serena & Lily.');
    expect(Object.keys(found)).toContain('Crate & Barrel');
  });

  it('does not take a ranking named after a business for the business', () => {
    const found = companyMentions('The agency works with Fortune 500 companies and with startups. Clients include Boeing and Delta Air Lines.');
    expect(Object.keys(found)).not.toContain('Fortune');
    expect(Object.keys(found)).toContain('Boeing');
  });

  it('reads any business’s head after a superlative of size in a description set off by commas as a business’s', () => {
    const found = companyMentions("Sun Hung Kai Properties, the city's largest developer by market value, has cut prices. Smith, the developer of the app, said it works.");
    expect(Object.keys(found)).toEqual(['Sun Hung Kai Properties']);
  });

  it('reads a brand opening with one or two lower-case letters, or of the "easy" family, as a name; not code, a known product or glued words', () => {
    const found = companyMentions('Pay rose less than at rivals such as Jet2 and easyJet. Delivery apps such as iFood and Rappi grew. Files sync with iCloud, and eCommerce grew.');
    expect(Object.keys(found).sort()).toEqual(['Jet2', 'Rappi', 'easyJet', 'iFood']);
    const code = analyzeText('Call useState to add state, then onClick runs. He saidOpens the door.');
    expect(code.entities).toEqual([]);
  });

  it('joins a name the tagger cut before the business words that end it, read as a name of their own', () => {
    const tokenized = tokenize('Virgin Australia is owned partly by Qatar Airways, a Gulf carrier.');
    const at = (word: string): number => tokenized.tokens.findIndex((token) => token.text === word);
    const spans = mendCutNames(tokenized, [{ kind: 'LOC', first: at('Qatar'), end: at('Qatar') + 1 }, { kind: 'ORG', first: at('Airways'), end: at('Airways') + 2 }], learnedLexicon());
    expect(spans).toEqual([{ kind: 'ORG', first: at('Qatar'), end: at('Airways') + 2 }]);
  });

  it('takes a round figure after a known company for a count, not a ranking, where a measure follows it', () => {
    const found = companyMentions('With wages up and Walmart 20 minutes away, the shop is barely breaking even.');
    expect(Object.keys(found)).toEqual(['Walmart']);
  });

  it('does not take a widely used product for its maker', () => {
    const found = companyMentions('Lots of companies make Android phones, among them Samsung, Motorola and Google. Android apps are built with Kotlin.');
    expect(Object.keys(found)).not.toContain('Android');
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['Samsung', 'Motorola', 'Google']));
  });

  it('takes no legal form alone after "The" for a name', () => {
    const found = companyMentions('The Legal Services Corporation funds legal aid. The Corporation currently provides funding to 130 programs.');
    expect(Object.keys(found)).not.toContain('The');
  });

  it('joins a name the tagger cut before a particle it read as a person’s, when the rest ends in a business word', () => {
    const found = companyMentions('Strong alternatives include Colonial Van Lines, United Van Lines, American Van Lines, and Mayzlin for different budgets.');
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['United Van Lines', 'American Van Lines']));
    expect(Object.keys(found)).not.toContain('American');
  });

  it('takes an ordinary word capitalised only where every word is for no name', () => {
    const text = 'Products are picked by our editors. Why Trust Us?\n\nEditor’s Note, December 19, 2025: We’ve added shoes from Hoka and Brooks to this list.';
    expect(analyzeText(text).entities.map((entity) => entity.text)).not.toContain('Editor');
  });

  it('reads a brand written in lower case even where a sentence starts as a company, once the text says it is a business', () => {
    const text = 'Freight-matching startup haulr has raised $48 million.\n\nhaulr says its software is used by 1,200 carriers. The company spokesperson said more hires would follow.';
    const found = companyMentions(text);
    expect(found.haulr).toEqual(['haulr', 'haulr']);
    expect(Object.keys(found)).not.toContain('spokesperson');
  });

  it('reads a name that is owned by another as a business', () => {
    const found = companyMentions('Retailers have faced such scrutiny before.\n\nPrimark, owned by Associated British Foods, said it would review its suppliers.');
    expect(Object.keys(found)).toContain('Primark');
  });

  it('reads a one-word source after "according to", taken for a place, as a publisher', () => {
    const text = 'Longrise has been in talks about its stalled projects in Guangdong province, according to Caixin. Longrise did not respond to a request for comment.';
    expect(Object.keys(companyMentions(text))).toContain('Caixin');
  });

  it('reads a name the tagger left alone after a noun for a news outlet as the outlet', () => {
    const text = '“We have been here before, and Marion came back,” Holloway told Indianapolis television station WTHR.';
    expect(Object.keys(companyMentions(text))).toContain('WTHR');
  });

  it('takes a study or a ranking named after its maker for no company', () => {
    const text = 'According to the J.D. Power 2025 North America Rental Car Satisfaction Study, Enterprise Rent-A-Car topped the charts for 2025.';
    expect(Object.keys(companyMentions(text)).filter((name) => name.endsWith('Study'))).toEqual([]);
  });

  it('takes the unit of a body that is no known business for no company', () => {
    const text = 'Lena Okafor, president of the Guild’s Pueblo unit and a courts reporter, said the cuts were deep.';
    expect(Object.keys(companyMentions(text))).not.toContain('Pueblo');
  });

  it('takes a legal form written out for no company', () => {
    const text = 'Forming an LLC in New York takes a few steps.\n\nLimited Liability Company owners file articles of organization with the state.';
    expect(Object.keys(companyMentions(text))).toEqual([]);
  });
  it('reads an unknown name that heads a list entry and opens its paragraph as a company', () => {
    const text =
      'Deals worth a look this week.\n\nVaultwise\n\nVaultwise is an enterprise-grade self-hosted password manager for teams. It runs on your servers.\n\n2\n\nRoomfolio\n\nRoomfolio asks you to fill out a style quiz before a designer calls.';
    expect(Object.keys(companyMentions(text)).sort()).toEqual(['Roomfolio', 'Vaultwise']);
  });

  it('takes no place, body, letter or menu of words heading a list entry for a company', () => {
    const text =
      'Where to go next.\n\n4. Okuhara\n\nOkuhara is the northernmost island of the chain, popular in winter.\n\n5. Brightwater Academy\n\nBrightwater Academy teaches sailing to children.\n\nR\n\nR is a language for statistics and graphics.\n\nStyle\n\nAa\n\nAa\n\nAa';
    expect(companyMentions(text)).toEqual({});
  });

  it('does not complete a list of companies with a body’s name among its headings', () => {
    const text =
      'Where to learn to code.\n\n1. Codeloom\n\nCodeloom is an online learning platform with paid courses.\n\n2. Lakeview Academy\n\nLakeview Academy offers evening classes.\n\n3. Brightpath\n\nBrightpath is a startup selling video courses.\n\n4. Tutorly\n\nTutorly is a tutoring company based in Ohio.';
    const found = Object.keys(companyMentions(text));
    expect(found).toEqual(expect.arrayContaining(['Codeloom', 'Brightpath', 'Tutorly']));
    expect(found).not.toContain('Lakeview Academy');
  });
});

describe('sentence openers', () => {
  it('keeps a preposition or an imperative opening the sentence out of the name after it', () => {
    const text = 'Unlike PostgreSQL, DuckDB runs inside the process. The Lumora startup grew fast. Unlike Lumora, its rivals shrank. Despite Brexit, trade held up.';
    const names = analyzeText(text).entities.map((entity) => entity.text);
    expect(names.filter((name) => /^(?:Unlike|Despite)\b/.test(name))).toEqual([]);
  });
});

describe('names that no business has', () => {
  it('reads a law, an index or a forum as no company, whatever business words are in it', () => {
    const text =
      'Pharmacies backed the Fair Pharmacy Access Act, which the chain said would cap fees. Chipmakers led the PHLX Semiconductor Index lower, and traders at Telecom Users Forum sold. The Telecom Users Forum, a consumer group, said prices rose.';
    const companies = analyzeText(text).entities.filter((entity) => entity.type === 'company').map((entity) => entity.canonical);
    expect(companies.filter((name) => /(?:Act|Index|Forum)$/.test(name))).toEqual([]);
  });
});

describe('names joined by a preposition', () => {
  it('reads a name the tagger ran over "from", "with" or "by" as two, whatever follows', () => {
    const text = 'You can earn a Social Media Marketing Certification from Noble Desktop.\n\nThe AI for Organizational Leaders by Microsoft course is short.';
    const names = analyzeText(text).entities.map((entity) => entity.canonical);
    expect(names.filter((name) => / (?:from|with|by) /.test(name))).toEqual([]);
    expect(names).toContain('Microsoft');
  });

  it('keeps a body whose name holds "in" whole', () => {
    const text = 'Diplomats said on Monday that the Organization for Security and Cooperation in Europe would meet.';
    expect(analyzeText(text).entities.map((entity) => entity.canonical)).toContain('Organization for Security and Cooperation in Europe');
  });

  it('reads the work done in a credit line before "by" as no name', () => {
    const text = 'Profits rose at the bank, its chief executive said on Tuesday.\n\nReporting by Jane Doe; Writing by Ken Lee; Editing by Martin Greaves';
    const analysis = analyzeText(text);
    expect(analysis.entities.map((entity) => entity.canonical).filter((name) => /^(?:Reporting|Writing|Editing)$/.test(name))).toEqual([]);
    expect(analysis.people.map((person) => person.name)).toEqual(['Jane Doe', 'Ken Lee', 'Martin Greaves']);
  });
});

describe('people named by one word', () => {
  it('reads a word written often alone, never speaking, owning or titled, as no person', () => {
    const text = [
      'Discover the top shoe brands with Fastarz and save on shipping.',
      'Fastarz, known as the best website to buy shoes, makes shopping easy. With Fastarz, you can buy from Turkish sites.',
      'Fastarz handles payments for you. Consolidating your purchases, Fastarz helps you save. Shop with Fastarz today.',
    ].join('\n\n');
    expect(analyzeText(text).people.map((person) => person.name)).toEqual([]);
  });

  it('still reads one who speaks, owns something or is called by a given name as a person', () => {
    const speaking = 'Rubio spoke first. Rubio won Iowa. Rubio lost Ohio. Rubio left. Rubio said he would stay in the race.';
    expect(analyzeText(speaking).people.map((person) => person.name)).toEqual(['Rubio']);
    const called = 'At home, Isabelle plays piano. Later, Isabelle reads. Then Isabelle sings. Her mother watches Isabelle closely. We asked Isabelle about school.';
    expect(analyzeText(called).people.map((person) => person.name)).toEqual(['Isabelle']);
  });
});
