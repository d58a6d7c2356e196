// Hand-written word lists: company suffixes, organisation heads, places, titles and context cues.
// They are general knowledge about news English, not about any one article.

const set = (words: string): Set<string> => new Set(words.split('|'));

/** Legal forms as the shipped tagger was trained with them (see TRAINED_NAME_LISTS). */
const TRAINED_LEGAL_FORMS =
  'inc|inc.|corp|corp.|corporation|co|co.|ltd|ltd.|limited|llc|plc|ag|sa|s.a.|nv|n.v.|bv|gmbh|kk|k.k.|spa|s.p.a.|ab|asa|oyj|se|holdings|group|incorporated';

/**
 * Legal forms of Central and Eastern Europe, Finland, Russia, Egypt, Malaysia and Brazil ("Morava Seal a.s.", "Quillpay
 * Baltic UAB") and of partnerships ("King & Spalding LLP"), which end names and are dropped from their canonical forms.
 */
const MORE_LEGAL_FORMS = 'a.s.|s.r.o.|uab|sae|kft|zrt|d.o.o.|oy|ooo|pao|sdn|sdn.|bhd.|ltda|ltda.|llp';

/** Legal-form and group suffixes that end company names ("KDDI Corp", "Siemens AG", "Morava Seal a.s.", "Quillpay Baltic UAB"). */
export const COMPANY_SUFFIXES = set(
  `${TRAINED_LEGAL_FORMS}|company|cos|cos.|pvt|pjsc|jsc|ojsc|cjsc|tbk|bhd|berhad|aş|a.ş.|srl|s.r.l.|sarl|s.l.|s.a.s.|pty|pte|s.a.b.|c.v.|${MORE_LEGAL_FORMS}`,
);

/** Legal forms of a corporation, which a business's name may run on after with the country it serves ("Corp. of India"). */
export const CORPORATION_FORMS = set('corp|corp.|corporation|co|co.|company');

/** Suffixes dropped from the canonical name ("KDDI Corp" -> "KDDI"); "Group" and "Holdings" stay. */
export const DROPPED_SUFFIXES = set(`inc|inc.|corp|corp.|corporation|co|co.|cos|cos.|ltd|ltd.|limited|llc|plc|ag|sa|s.a.|se|asa|oyj|pvt|pte|pty|pjsc|jsc|ojsc|cjsc|tbk|bhd|berhad|aş|a.ş.|nv|n.v.|bv|gmbh|kk|k.k.|spa|s.p.a.|incorporated|s.a.b.|c.v.|${MORE_LEGAL_FORMS}`);

/** Business words as the shipped tagger was trained with them (see TRAINED_NAME_LISTS). */
const TRAINED_BUSINESS_WORDS =
  'airlines|airways|motors|motor|telecom|telecommunications|communications|technologies|technology|systems|pharmaceuticals|pharma|energy|petroleum|oil|capital|partners|securities|insurance|media|entertainment|electronics|industries|enterprises|bank|bancorp|financial|investments|airline|mobile|wireless|networks|semiconductor|software|labs|studios|pictures|records|foods|brewery|motorcycles|steel|chemicals|mining|logistics|shipping|retail|stores|hotels|resorts|ventures';

/** Words inside a name that make it a business. */
export const COMPANY_NAME_WORDS = set(
  `${TRAINED_BUSINESS_WORDS}|telecoms|movers|moving|storage|fitness|marketing|creative|research|consulting|consultancy|consultants|analytics|advisors|advisers|brokerage|` +
    // Industries ("Lenox Healthcare", "Daejin Pharmaceutical", "Mopani Copper Mines").
    'chemical|metals|materials|cement|plastics|freight|casino|casinos|healthcare|realty|construction|hospitality|apparel|manufacturing|automotive|aerospace|biotech|therapeutics|studios|labs|pharmaceutical|biologics|biosciences|biopharma|automobile|meats|minerals|mines|appliances|toys|semiconductors|animation|advisory|supermarkets|wholesale|mart|investment|homes|mortgage|' +
    // ("Meta Platforms", "Daeil Plant Engineering", "SSE Renewables", "Damen Shipyards", "Hollis Lumber", "TNT Sports", "Gordon Brothers", "Park Associates".)
    'platforms|engineering|renewables|shipbuilding|shipyards|lumber|pharmacies|forwarding|sports|brothers|associates|' +
    // Shops and trades: the heads of a small business's name ("Sweet Crumb Bakery", "Stumptown Coffee Roasters").
    'bakery|bakeries|cafe|café|coffee|roasters|foundry|grill|bistro|pizzeria|diner|deli|brewing|distillery|winery|donuts|doughnuts|bagels|burgers|salon|boutique|bookstore|pharmacy|jewelers|jewellers|florist|plumbing|roofing|landscaping|builders|realtors|cosmetics|outfitters|rentals|catering|' +
    // Publishers ("Beacon Press", "Chronicle Books", "Workman Publishing").
    'press|books|publishing|publishers|' +
    // Carriers ("United Van Lines", "Norwegian Cruise Line").
    'lines|' +
    // More trades ("Celebrity Cruises", "Medical Mutual of Ohio").
    'cruises|mutual|trucking|beverages|textiles|robotics|restaurants|leasing|innovations|' +
    // Banks and groups in Spanish, Portuguese, French and Italian ("Banco de Bogotá", "Grupo Aval", "Groupe Casino").
    'banco|banca|banque|grupo|groupe|gruppo|compagnie|compañía|companhia|società|sociedad|maison',
);

/** Whether a lower-case word is a legal form or a business word: the words that make a name a business's ("Motor", "Corp"). */
export function isBusinessWord(lower: string): boolean {
  return COMPANY_NAME_WORDS.has(lower) || COMPANY_SUFFIXES.has(lower);
}

/** Words inside a name that make it a non-business organisation. */
export const ORGANIZATION_NAME_WORDS = set(
  'ministry|government|party|university|college|school|academy|commission|council|committee|parliament|congress|senate|assembly|court|agency|department|office|bureau|union|association|federation|league|institute|institution|foundation|police|army|navy|forces|force|nations|organisation|organization|club|fc|reserve|fund|authority|board|church|movement|front|alliance|coalition|tribunal|cabinet|administration|secretariat|delegation|embassy|consulate|museum|hospital|society|trust|team|squad|brigade|guard|republicans|democrats|conservatives|socialists|greens',
);

/** Known organisations as the shipped tagger was trained with them (see TRAINED_NAME_LISTS). */
const TRAINED_KNOWN_ORGANIZATIONS =
  'EPA|IRS|CDC|DHS|DOJ|UN|U.N.|EU|E.U.|NATO|IMF|WHO|WTO|OPEC|FBI|CIA|NSA|NASA|SEC|FDA|FCC|FTC|ECB|OECD|IOC|FIFA|UEFA|ASEAN|G7|G8|G20|NHS|Pentagon|Kremlin|Congress|Senate|Parliament|White House|Fed|Federal Reserve|Hamas|Hezbollah|Taliban|Interpol|Europol|Red Cross|Greenpeace|Amnesty International|World Bank|Bundesbank|Bank of England|Bank of Japan|European Commission|European Union|United Nations|Supreme Court|Labour|Tories|GOP|PLO|ANC|IAEA|UNICEF|UNESCO|WFP|DOJ|DHS|EPA|IRS|CDC|ITC|MOFCOM|NPC|CCP|KMT|LDP';

/** Organisations known by acronym or short name that are not businesses. */
export const KNOWN_ORGANIZATIONS = set(
  `${TRAINED_KNOWN_ORGANIZATIONS}|Harvard|Yale|Stanford|Princeton|MIT|Caltech|UCLA|NYU|Georgetown|Cornell|Dartmouth|ACLU|ATF|DEA|NIH|NOAA|FEMA|NLRB|Wikipedia|FSF|` +
    // Central banks and public lenders: banks by name, not businesses.
    'European Central Bank|People’s Bank of China|People\'s Bank of China|Reserve Bank of India|Reserve Bank of Australia|Swiss National Bank|Bank of Canada|Bank of Korea|Bank of France|Asian Development Bank|European Investment Bank|Bank for International Settlements|Inter-American Development Bank|African Development Bank|Asian Infrastructure Investment Bank|New Development Bank|' +
    // Regulators and public bodies business news names most.
    'Financial Conduct Authority|FCA|Prudential Regulation Authority|Competition and Markets Authority|CMA|BaFin|Federal Trade Commission|Securities and Exchange Commission|Commodity Futures Trading Commission|CFTC|FINRA|Federal Deposit Insurance Corporation|FDIC|Consumer Financial Protection Bureau|CFPB|Office of the Comptroller of the Currency|Federal Aviation Administration|FAA|National Highway Traffic Safety Administration|NHTSA|Department of Justice|Justice Department|Treasury Department|Commerce Department|HM Treasury|Bureau of Industry and Security|CPSC|Consumer Product Safety Commission|NTSB|OSHA|EEOC|FERC|Ofwat|Ofgem|Ofcom|ACCC|Ministry of Commerce|Ministry of Finance|METI|OPEC+|Organization of the Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries|' +
    'Centers for Disease Control and Prevention|Food and Drug Administration|Environmental Protection Agency|Federal Bureau of Investigation|Department of Agriculture|Agriculture Department|Department of Homeland Security|Department of Defense|Department of Energy|Department of Labor|Labor Department|Internal Revenue Service|National Labor Relations Board|Food Safety and Inspection Service',
);

/** News agencies and commercial broadcasters: businesses, though often cited like sources. */
export const MEDIA_COMPANIES = set(
  'Reuters|Bloomberg|AFP|AP|Associated Press|Agence France-Presse|Dow Jones|Xinhua|Kyodo|Yonhap|Interfax|TASS|ANSA|EFE|dpa|CNN|CNBC|Fox News|NBC|CBS|ABC|Sky News|Nikkei|Nikkei Asia|Jiji|Yonhap News Agency|Anadolu|Press Trust of India|Canadian Press|The Canadian Press|' +
    'New York Times|The New York Times|Washington Post|The Washington Post|Wall Street Journal|The Wall Street Journal|Financial Times|The Financial Times|Los Angeles Times|Chicago Tribune|Boston Globe|USA Today|Globe and Mail|The Globe and Mail|Toronto Star|' +
    'The Guardian|The Times|The Telegraph|Daily Mail|The Independent|The Economist|Der Spiegel|Le Monde|Le Figaro|El País|Al Jazeera|South China Morning Post|The Atlantic|The New Yorker|Newsweek|Forbes|' +
    'Politico|Axios|BuzzFeed|BuzzFeed News|Vox|HuffPost|Slate|Salon|The Hill|Business Insider|TechCrunch|The Verge|Wired|Ars Technica|Engadget|Gizmodo|Mashable|CNET|ZDNet|VentureBeat|Macworld|PCMag|The Information|Variety|The Hollywood Reporter|TMZ|Yahoo News|Yahoo Finance|MarketWatch|Barron’s|Barron\'s|Morning Consult|Hackaday|Heise|Heise Online|Semafor|Puck',
);

/**
 * Well-known companies, written as news writes them: names a reader knows as businesses although the
 * entity tagger (learned from 1996 news) does not, or reads them as people or places ("Dropbox",
 * "Zeiss"). General knowledge, like the lists above; the long tail is left to the tagger and the rules.
 */
export const KNOWN_COMPANY_NAMES = set(
  'Alphabet|Google|Meta|Facebook|Instagram|WhatsApp|Amazon|Amazon Web Services|AWS|Apple|Microsoft|Netflix|Nvidia|Intel|AMD|IBM|Oracle|Cisco|Qualcomm|Broadcom|Dell|HP|Hewlett-Packard|Adobe|Salesforce|SAP|Dropbox|Slack|Zoom|Uber|Lyft|Airbnb|DoorDash|Spotify|Snapchat|Pinterest|Reddit|Twitter|X Corp|TikTok|ByteDance|Tencent|Alibaba|Baidu|JD.com|Xiaomi|Huawei|ZTE|Lenovo|Samsung|LG|Sony|Panasonic|Toshiba|Hitachi|Fujitsu|Nintendo|Canon|Nikon|Zeiss|Siemens|Philips|Bosch|Ericsson|Nokia|Yandex|Red Hat|Canonical|SUSE|Mozilla|Tumblr|AOL|Yahoo|eBay|PayPal|Stripe|Shopify|Etsy|Wayfair|Walmart|Costco|Kroger|Home Depot|Best Buy|IKEA|Tesco|Carrefour|Aldi|Lidl|Starbucks|McDonald’s|McDonald\'s|Burger King|KFC|Chipotle|Coca-Cola|PepsiCo|Nestlé|Nestle|Unilever|Procter & Gamble|Johnson & Johnson|Pfizer|Moderna|Merck|Eli Lilly|Novo Nordisk|AstraZeneca|GSK|Sanofi|Novartis|Roche|Bayer|AbbVie|Amgen|Gilead|' +
    'OpenAI|Anthropic|Mistral|Mistral AI|DeepMind|Google DeepMind|Hugging Face|Stability AI|Perplexity|Cohere|xAI|Andreessen Horowitz|Sequoia|SoftBank|Y Combinator|' +
    // Investors that news of funding rounds names most ('General Catalyst' is no general).
    'Sequoia Capital|Accel|General Catalyst|General Atlantic|Tiger Global|Index Ventures|Lightspeed Venture Partners|Kleiner Perkins|Insight Partners|Thrive Capital|Founders Fund|Greylock|Coatue|Khosla Ventures|Bessemer Venture Partners|Union Square Ventures|a16z|' +
    'Tesla|SpaceX|General Motors|GM|Ford|Toyota|Honda|Nissan|Volkswagen|BMW|Mercedes-Benz|Stellantis|Hyundai|Kia|Renault|Volvo|Rivian|BYD|Boeing|Airbus|Lockheed Martin|Raytheon|Northrop Grumman|General Electric|GE|Caterpillar|3M|Honeywell|' +
    'JPMorgan|JPMorgan Chase|Goldman Sachs|Morgan Stanley|Citigroup|Citi|Bank of America|Wells Fargo|HSBC|Barclays|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Santander|BlackRock|Vanguard|Fidelity|Berkshire Hathaway|Visa|Mastercard|American Express|' +
    'ExxonMobil|Exxon|Chevron|Shell|BP|TotalEnergies|Saudi Aramco|Aramco|Gazprom|Rosneft|' +
    'AT&T|Verizon|T-Mobile|Comcast|Vodafone|Deutsche Telekom|Telefónica|BT|NTT|NTT Docomo|KDDI|SoftBank Group|China Mobile|' +
    'Disney|Warner Bros|Warner Bros. Discovery|Paramount|Sony Pictures|Hulu|HBO|Roku|' +
    'FedEx|UPS|DHL|Maersk|Delta Air Lines|United Airlines|American Airlines|Southwest Airlines|Lufthansa|Ryanair|Emirates|' +
    'Deloitte|PwC|EY|KPMG|McKinsey|Accenture|Boston Consulting Group|Con Edison|Toys R Us|Toys ‘R’ Us|' +
    // More of the firms business news names most (no name that is also an ordinary word, a person's or a place's).
    'Moody’s|Moody\'s|Marks and Spencer|M&S|Fitch Ratings|S&P Global|Standard & Poor’s|Standard & Poor\'s|Nomura|Mizuho|MUFG|Mitsubishi UFJ|SMBC|Sumitomo Mitsui|Commerzbank|Société Générale|Societe Generale|Standard Chartered|Lloyds Banking Group|NatWest|UniCredit|Intesa Sanpaolo|BBVA|Macquarie|Charles Schwab|Blackstone|KKR|Carlyle|Allianz|AXA|MetLife|AIG|Munich Re|Swiss Re|Ant Group|Klarna|Revolut|Coinbase|Binance|Robinhood|FTX|' +
    'TSMC|Samsung Electronics|SK Hynix|LG Electronics|Foxconn|Hon Hai|Micron|Texas Instruments|ASML|Infineon|STMicroelectronics|NXP|MediaTek|SMIC|Applied Materials|Lam Research|Palantir|ServiceNow|Atlassian|Twilio|Cloudflare|Okta|CrowdStrike|Palo Alto Networks|Fortinet|Databricks|Scale AI|Midjourney|Canva|Figma|Temu|Shein|Pinduoduo|Meituan|NetEase|Kuaishou|Rakuten|Naver|Kakao|Infosys|Wipro|Tata Consultancy Services|HCLTech|Reliance Industries|Adani Group|Tata Motors|Tata Group|Larsen & Toubro|' +
    'Porsche|Audi|Ferrari|Lucid|Nio|XPeng|Li Auto|Geely|Polestar|Great Wall Motor|SAIC|Subaru|Mazda|Suzuki|Denso|Bridgestone|Jaguar Land Rover|' +
    'Eni|Equinor|Repsol|ConocoPhillips|Petrobras|PetroChina|Sinopec|CNOOC|Orsted|Ørsted|Vestas|Siemens Gamesa|Iberdrola|Enel|EDF|Engie|RWE|E.ON|NextEra|Glencore|Rio Tinto|BHP|Anglo American|ArcelorMittal|Nippon Steel|U.S. Steel|' +
    'Walgreens|CVS|L’Oréal|L\'Oréal|LVMH|Kering|Hermès|Gucci|Prada|Nike|Adidas|H&M|Inditex|Uniqlo|Fast Retailing|Sainsbury’s|Sainsbury\'s|Asda|Morrisons|Marks & Spencer|Waitrose|Ocado|Macy’s|Macy\'s|Nordstrom|Dollar General|Tyson Foods|Kraft Heinz|Mondelez|Danone|Heineken|AB InBev|Anheuser-Busch|Diageo|Hershey|' +
    'Universal Music Group|Warner Music|Electronic Arts|Activision Blizzard|Ubisoft|Epic Games|Take-Two|' +
    'Bristol Myers Squibb|Regeneron|Biogen|Takeda|Daiichi Sankyo|Astellas|BioNTech|UnitedHealth|Medtronic|Thermo Fisher|' +
    'ABB|Schneider Electric|Mitsubishi Heavy Industries|Komatsu|Embraer|Bombardier|Rolls-Royce|BAE Systems|Thales|Safran|CMA CGM|Union Pacific|Air France|KLM|Air France-KLM|El Al|British Airways|Qantas|Cathay Pacific|Singapore Airlines|All Nippon Airways|Japan Airlines|Korean Air|IndiGo|easyJet|Wizz Air|JetBlue|Alaska Airlines|Air Canada|' +
    'Telstra|Reliance Jio|Bharti Airtel|Airtel|SK Telecom|Singtel|Swisscom|Telenor|Charter Communications|Dish Network|EchoStar|' +
    'Houlihan Lokey|Lazard|Evercore|Rothschild & Co|Moelis|Jefferies|Bernstein|Morningstar|FactSet|LSEG|London Stock Exchange Group|Refinitiv|S&P Global Ratings|Equinix|Marvell|Uniper|Vonovia|Zeekr|Leapmotor|Xpeng|Rite Aid|Sysco|Trafigura|Vitol|Gunvor|Cargill|Mandiant|Mattel|Hasbro|Metcash|Coles Group|Woolworths Group|Wesfarmers|Loblaw|Sobeys|Country Garden|Evergrande|China Evergrande|Vanke|China Vanke|Longfor|Sunac|' +
    'Chevrolet|Buick|GMC|Cadillac|Chrysler|Lexus|Acura|CVS Health|Cigna|Express Scripts|Optum|Centrica|Thoma Bravo|Permira|Hellman & Friedman|SK Hynix|SK hynix|Lotte|Walt Disney Co|Homebase|River Island|' +
    // Insurers, banks, retailers, consumer brands and platforms known by name the world over.
    'State Farm|Liberty Mutual|Fannie Mae|Freddie Mac|GEICO|Geico|USAA|Chubb|Aflac|Kaiser Permanente|Blue Cross Blue Shield|Elevance Health|Koch Industries|Publix|Ikea|IKEA|P&G|Pizza Hut|Yum Brands|Albertsons|Whole Foods|John Deere|Philip Morris|Altria|British American Tobacco|Hyatt|Booking.com|Tripadvisor|Royal Caribbean|Enterprise Rent-A-Car|Avis Budget Group|' +
    'Monzo|SoFi|Capital One|Synchrony|TD Bank|RBC|Scotiabank|BMO|CIBC|ABN Amro|Nordea|Danske Bank|CaixaBank|Crédit Agricole|Natixis|Generali|Aviva|Legal & General|Manulife|Sun Life|Zurich Insurance|Ping An|ICBC|Bank of China|China Construction Bank|Agricultural Bank of China|Sberbank|VTB|' +
    'Lukoil|Novatek|Rosatom|Aeroflot|Tata Group|Tata Sons|Tata Steel|HCLTech|Adani Group|Mahindra|Bajaj Auto|Maruti Suzuki|HDFC Bank|ICICI Bank|Paytm|Flipkart|Zomato|Swiggy|Gojek|Shopee|Lazada|Coupang|Mercado Libre|Nubank|Rappi|Naspers|Prosus|Safaricom|Jumia|Dangote Group|' +
    // Consumer brands the world over: electronics, the home, cars, travel, food and drink, shops, publishing.
    'Acer|Asus|ASUS|Logitech|Razer|Garmin|Fitbit|GoPro|Sonos|JBL|Sennheiser|Anker|Oppo|OnePlus|Motorola|Netgear|NETGEAR|TP-Link|Linksys|Ubiquiti|Wyze|Ecobee|SimpliSafe|ADT|Vivint|iRobot|Electrolux|Miele|Haier|Frigidaire|KitchenAid|Breville|Cuisinart|Keurig|Nespresso|Fujifilm|GoDaddy|Squarespace|Wix|AliExpress|Chewy|Zappos|Newegg|Office Depot|Dick\'s Sporting Goods|REI|Lululemon|Under Armour|Reebok|New Balance|Skechers|Crocs|Zara|Sephora|Ulta Beauty|Estée Lauder|Glossier|Peloton|Hertz|Avis|Expedia|Priceline|Marriott|IHG|Accor|Wyndham|McDonald\'s|Taco Bell|Krispy Kreme|Pepsi|Heinz|General Mills|Anheuser-Busch InBev|Carlsberg|Pernod Ricard|Red Bull|HelloFresh|Instacart|Grubhub|Deliveroo|Just Eat|Uber Eats|Waymo|Jeep|Dodge|Land Rover|Fiat|Alfa Romeo|Maserati|Lamborghini|Aston Martin|Harley-Davidson|Ducati|Yamaha|Kawasaki|Peugeot|Citroën|Škoda|VinFast|Telus|MSNBC|Substack|Beehiiv|Condé Nast|Hearst|Gannett|Penguin Random House|HarperCollins|Simon & Schuster|Wirecutter|Vogue|' +
    // Software, payments, shops, fashion (not houses named after their founders, who are named too), travel, restaurants, telecoms, health and Asian makers and platforms.
    'Zendesk|Airtable|Afterpay|Brex|Rippling|Xero|Freshworks|Klaviyo|Semrush|Ahrefs|Hootsuite|Sprout Social|Grammarly|Duolingo|Udemy|Roblox|Sega|Bandai Namco|Square Enix|Capcom|Confluent|Vercel|DigitalOcean|Heroku|Akamai|Fastly|Datadog|Dynatrace|New Relic|Zscaler|SentinelOne|Proofpoint|Kaspersky|McAfee|Avast|Bitdefender|ExpressVPN|Surfshark|1Password|LastPass|Dashlane|Bitwarden|Yubico|Trezor|Adyen|Worldpay|Fiserv|N26|PhonePe|Razorpay|Flutterwave|Paystack|Ahold Delhaize|Auchan|Woolworths|7-Eleven|FamilyMart|Primark|Boohoo|ASOS|Zalando|Farfetch|Burberry|Louis Vuitton|Balenciaga|Rolex|Swatch|Ray-Ban|EssilorLuxottica|Luxottica|Warby Parker|Allbirds|Everlane|Vrbo|Booking Holdings|Agoda|Trip.com|Skyscanner|Ritz-Carlton|Norwegian Cruise Line|WestJet|Turkish Airlines|Qatar Airways|Etihad|AirAsia|Jetstar|Conagra|JBS|Bunge|Olam|Wilmar|Dunkin’|Dunkin\'|Tim Hortons|Costa Coffee|Pret A Manger|Nando’s|Nando\'s|Five Guys|Shake Shack|In-N-Out|Wingstop|Papa John’s|Papa John\'s|Little Caesars|Jollibee|Sweetgreen|Panera Bread|Chick-fil-A|Popeyes|Arby’s|Arby\'s|Denny’s|Denny\'s|IHOP|Applebee’s|Applebee\'s|Olive Garden|Red Lobster|Bugatti|Rimac|Liberty Global|Altice|MTN|Jio|Globe Telecom|Axiata|Ooredoo|Etisalat|América Móvil|America Movil|Telecom Italia|KPN|Proximus|Telia|Optus|TPG Telecom|Bell Canada|J&J|Teva|Viatris|Boston Scientific|Stryker|Siemens Healthineers|GE HealthCare|McKesson|Cardinal Health|Cencora|HCA Healthcare|Molina Healthcare|Oscar Health|Teladoc|Hims & Hers|23andMe|Epson|Ricoh|Kyocera|Realme|Tecno|Infinix|Transsion|Midea|Hisense|TCL|DJI|CATL|Chery|NIO|Bilibili|Weibo|Xiaohongshu|Ctrip|Lufax|Sea Limited|Tokopedia|Bukalapak|Traveloka|Mercari|Muji|Nitori|Shiseido|Unicharm|Kirin|Suntory|Ajinomoto|Yakult|' +
    // Web and software tools, AI, storage, marketplaces, property, personal finance, health apps, travel, home and
    // sleep, meal kits, audio, cameras and computer parts.
    'Hostinger|Bluehost|SiteGround|WP Engine|Kinsta|Cloudways|Namecheap|Webflow|Automattic|Elementor|Yoast|Copy.ai|Writesonic|ElevenLabs|Synthesia|Otter.ai|Calendly|Typeform|SurveyMonkey|Qualtrics|ZoomInfo|Clearbit|Pipedrive|Monday.com|ClickUp|Smartsheet|Wrike|Evernote|Replit|Codeium|Tabnine|JetBrains|VMware|Nutanix|NetApp|Pure Storage|Western Digital|Lexar|Synology|QNAP|Supermicro|SiFive|Cerebras|Groq|SambaNova|CoreWeave|Character.AI|Weaviate|LangChain|LlamaIndex|SimilarWeb|Constant Contact|ActiveCampaign|ConvertKit|Kickstarter|Indiegogo|GoFundMe|Eventbrite|Glassdoor|ZipRecruiter|Upwork|Fiverr|Toptal|TaskRabbit|HomeAdvisor|Houzz|Zillow|Redfin|Realtor.com|Opendoor|Keller Williams|RE/MAX|Coldwell Banker|Century 21|Rocket Mortgage|Quicken Loans|NerdWallet|Credit Karma|Equifax|FICO|Bankrate|E*Trade|TD Ameritrade|Interactive Brokers|Wealthfront|Ally Bank|Ally Financial|WeightWatchers|Noom|One Medical|Zocdoc|GoodRx|Oura|Strava|MyFitnessPal|Headspace|BetterHelp|Talkspace|FlixBus|Amtrak|Eurostar|Turo|Getaround|Zipcar|Terminix|Orkin|Roto-Rooter|Tempur-Pedic|Sleep Number|Serta|Mattress Firm|Saatva|Tuft & Needle|Brooklinen|Blue Apron|Home Chef|Green Chef|EveryPlate|Sunbasket|Thrive Market|Imperfect Foods|Misfits Market|Shipt|Gopuff|Shure|Focusrite|Behringer|Korg|Steinway|Hasselblad|Insta360|Belkin|Mophie|OtterBox|Spigen|Native Union|Twelve South|Satechi|Elgato|Corsair|SteelSeries|HyperX|Turtle Beach|Alienware|MSI|ASRock|EVGA|Zotac|Noctua|NZXT|Cooler Master|Thermaltake|Fractal Design|Secretlab|Herman Miller|Steelcase|' +
    // Law firms, consultancies, research and polling firms, advertising groups, energy, mining, industry, banks and
    // insurers of every continent, private equity and funds, Indian, Japanese, Korean and Taiwanese groups, chipmakers.
    'Skadden|Latham & Watkins|Kirkland & Ellis|Sullivan & Cromwell|Clifford Chance|Linklaters|Freshfields|Allen & Overy|A&O Shearman|Baker McKenzie|DLA Piper|Davis Polk|Simpson Thacher|Bain & Company|Oliver Wyman|Roland Berger|Forrester|IDC|Counterpoint Research|Canalys|Omdia|Wood Mackenzie|Rystad Energy|BloombergNEF|Dealogic|PitchBook|Crunchbase|CB Insights|Preqin|Kantar|Ipsos|YouGov|Circana|NielsenIQ|Euromonitor|Mintel|Statista|WPP|Omnicom|Publicis|Interpublic|Dentsu|Havas|Schlumberger|SLB|Baker Hughes|Occidental|Marathon Petroleum|Valero|Phillips 66|Cheniere|Fortescue|Newmont|Barrick|Teck|Albemarle|SQM|Norilsk Nickel|Nornickel|Zijin Mining|Cameco|Orano|Kazatomprom|Parker Hannifin|Rockwell Automation|Fanuc|Yaskawa|KUKA|Mitsubishi Electric|Alstom|Wabtec|Cummins|CNH|AGCO|Kubota|Volvo Cars|Scania|Daimler Truck|Paccar|Navistar|Trane|Johnson Controls|Daikin|ANZ|Westpac|NAB|Commonwealth Bank|Commonwealth Bank of Australia|DBS|OCBC|UOB|Maybank|CIMB|Kotak Mahindra Bank|Axis Bank|SBI|State Bank of India|Bank Mandiri|BDO|Itaú Unibanco|Bradesco|Banorte|Sabadell|KBC|Erste|Raiffeisen|Standard Bank|Absa|FirstRand|Nedbank|Ecobank|Access Bank|Zenith Bank|Emirates NBD|First Abu Dhabi Bank|QNB|Al Rajhi Bank|Mashreq|Hannover Re|Aegon|NN Group|Apollo Global|TPG|EQT|CVC|Bain Capital|Warburg Pincus|Advent International|Silver Lake|Vista Equity|Two Sigma|Renaissance Technologies|Millennium Management|Elliott Management|Pershing Square|Temasek|TCS|Tech Mahindra|JSW|L&T|Hindustan Unilever|Ola Electric|Zepto|Byju’s|Byju\'s|PhysicsWallah|Nykaa|Meesho|Toyota Tsusho|Marubeni|Itochu|Hanwha|Doosan|Posco|POSCO|Shinsegae|Samsung SDI|LG Energy Solution|SK Innovation|Hyundai Motor|Pegatron|Quanta Computer|Wistron|Compal|Delta Electronics|UMC|GlobalFoundries|Wolfspeed|ON Semiconductor|onsemi|Analog Devices|Renesas|Rohm|Tokyo Electron|Advantest|Lasertec|KLA|Synopsys|Arm Holdings|' +
    // Europe's and America's large groups: industry, chemicals, food, utilities, housebuilders, shops, media, banks and asset managers.
    'Henkel|Deutsche Post|Merck KGaA|Fresenius|Beiersdorf|Rheinmetall|Thyssenkrupp|Covestro|Evonik|Heidelberg Materials|Dassault Systèmes|Bouygues|Veolia|Capgemini|Atos|Vivendi|Canal+|Sodexo|Pirelli|Campari|Lavazza|Mercadona|El Corte Inglés|Ferrovial|Richemont|Holcim|Lindt|Kone|Neste|Fortum|UPM|Stora Enso|Atlas Copco|Sandvik|SKF|Saab|Northvolt|Epiroc|Lloyds|Imperial Brands|Reckitt|Rightmove|Auto Trader|Whitbread|IAG|National Grid|SSE|Severn Trent|Thames Water|United Utilities|Taylor Wimpey|Barratt Redrow|Berkeley Group|Tate & Lyle|Associated British Foods|Compass Group|RELX|Informa|ITV|Channel 4|JD Sports|Frasers Group|Greggs|Currys|Argos|Halfords|Wetherspoon|Mitchells & Butlers|General Dynamics|CSX|Norfolk Southern|TJX|TJ Maxx|Dollar Tree|Illumina|Danaher|Intuitive Surgical|Edwards Lifesciences|Zoetis|Fox Corp|Fox Corporation|Snap Inc.|U.S. Bancorp|PNC|Truist|BNY Mellon|BNY|Northern Trust|T. Rowe Price|Franklin Templeton|Invesco|Marsh McLennan|Willis Towers Watson|WTW|Arthur J. Gallagher|' +
    // Groups of Africa, Latin America, the Middle East, South-East Asia, China, Japan, Korea, Australia and Canada.
    'Airtel Africa|Shoprite|Pick n Pay|Sasol|Eskom|Transnet|Sibanye-Stillwater|Gold Fields|AngloGold Ashanti|Harmony Gold|Impala Platinum|Implats|Anglo American Platinum|Amplats|Old Mutual|Sanlam|Capitec|Investec|Vodacom|MultiChoice|Ethiopian Airlines|Kenya Airways|EgyptAir|Royal Air Maroc|Attijariwafa|Orascom|Interswitch|OPay|Moniepoint|PalmPay|Chipper Cash|M-KOPA|Twiga Foods|Andela|Ambev|BRF|Magazine Luiza|Magalu|iFood|Cemex|Grupo Bimbo|FEMSA|Oxxo|Walmex|Grupo México|Pemex|Ecopetrol|Falabella|Cencosud|LATAM Airlines|Avianca|Aeroméxico|Copa Airlines|YPF|Globant|Despegar|Kavak|Totvs|PagSeguro|dLocal|SABIC|flydubai|Emaar|DP World|ADNOC|Careem|Talabat|Anghami|Turkcell|Koç Holding|Sabancı|Arçelik|Beko|Mobileye|Elbit Systems|Israel Aerospace Industries|Bezeq|GoTo|Garena|SM Investments|PLDT|Vingroup|Viettel|FPT|Vietjet|Thai Airways|Charoen Pokphand|Genting|Tenaga Nasional|Sime Darby|Astra International|Telkom Indonesia|Pertamina|Bank Central Asia|PDD Holdings|COSCO|China Telecom|China Unicom|Hua Hong|Cambricon|Moore Threads|Zhipu|Moonshot AI|DeepSeek|MiniMax|SenseTime|iFlytek|Anta|Luckin Coffee|Mixue|Pop Mart|Miniso|Dongfeng|FAW|Changan|Wuling|Seven & i|Seven & i Holdings|Nidec|TDK|Keyence|Shin-Etsu|Sumco|Kioxia|JAL|JR East|Nippon Life|Dai-ichi Life|Tokio Marine|Resona|LY Corp|Kadokawa|Konami|Asiana|HD Hyundai|Celltrion|Samsung Biologics|LG Chem|LG Display|Krafton|Nexon|NCSoft|Netmarble|HYBE|SM Entertainment|JYP|YG Entertainment|Baemin|Virgin Australia|Fonterra|Air New Zealand|Fletcher Building|Enbridge|TC Energy|Suncor|Canadian Natural|CN Rail|Canadian National|CPKC|Canadian Pacific Kansas City|Couche-Tard|Alimentation Couche-Tard|Thomson Reuters|Nutrien|Hydro One|Hydro-Québec|' +
    // Websites and marketplaces: forums, dating, photos, search, resale, classifieds, property.
    'Stack Overflow|Stack Exchange|Quora|Netscape|Craigslist|Nextdoor|Bumble|Match Group|OkCupid|Grindr|Flickr|Imgur|DuckDuckGo|ProtonMail|VK|B&H Photo|Adorama|Micro Center|Overstock|Zulily|Poshmark|Depop|Vinted|ThredUp|The RealReal|StockX|Grailed|OfferUp|Letgo|Gumtree|Zoopla|Idealista|' +
    // Insurers, travel insurers, schools and tutors, property and mortgages, carriers, car sellers, brokers and lenders,
    // telehealth, labs and gyms.
    'American Family Insurance|Erie Insurance|Mercury Insurance|Safeco|Esurance|Northwestern Mutual|New York Life|MassMutual|Lincoln Financial|Principal Financial|Transamerica|Mutual of Omaha|Ambetter|Allianz Travel|World Nomads|SafetyWing|Travelex|InsureMyTrip|Tin Leg|edX|McGraw Hill|Babbel|Skillshare|MasterClass|Codecademy|DataCamp|Outschool|Varsity Tutors|Wyzant|Tutor.com|Sylvan Learning|Huntington Learning Center|eXp Realty|Berkshire Hathaway HomeServices|Offerpad|Better.com|loanDepot|UWM|Mint Mobile|Cricket Wireless|Boost Mobile|US Cellular|Cox Communications|Frontier Communications|Lumen Technologies|Windstream|HughesNet|Carvana|Kelley Blue Book|M1 Finance|Public.com|Webull|eToro|Plus500|IG Group|Saxo Bank|Merrill Lynch|Ameriprise|LPL Financial|Stifel|Sezzle|Nurx|MDLive|Amwell|Oak Street Health|Cost Plus Drugs|Quest Diagnostics|LabCorp|Labcorp|MyHeritage|ClassPass|Planet Fitness|Orangetheory|F45|Anytime Fitness|Gold’s Gym|Gold\'s Gym|LA Fitness|Crunch Fitness|24 Hour Fitness|SoulCycle|CorePower Yoga|' +
    // AI labs and their suppliers, crypto exchanges and miners, game studios, film studios, music, tickets and cinemas.
    'Inflection AI|Adept AI|Together AI|Fireworks AI|Anyscale|Baseten|Lambda Labs|Nebius|Lightning AI|Weights & Biases|Surge AI|Snorkel AI|Anysphere|Suno|Udio|Pika Labs|HeyGen|Speechmatics|AssemblyAI|Deepgram|Rev.com|Sonantic|Aleph Alpha|Sakana AI|Liquid AI|Safe Superintelligence|Thinking Machines Lab|Skild AI|Bitstamp|Bitfinex|OKX|Bybit|KuCoin|Crypto.com|Gemini Trust|Chainalysis|ConsenSys|MetaMask|Uniswap Labs|OpenSea|Marathon Digital|Riot Platforms|Galaxy Digital|BlockFi|Terraform Labs|Riot Games|Bungie|Rockstar Games|CD Projekt|Paradox Interactive|Embracer|Supercell|Niantic|Scopely|Playtika|Unity Technologies|Lionsgate|A24|Legendary Entertainment|Skydance|Blumhouse|Pixar|DreamWorks|Lucasfilm|Marvel Studios|Warner Music Group|Sony Music|Live Nation|Ticketmaster|StubHub|SeatGeek|AMC Entertainment|Cinemark|IMAX|WME|' +
    // The makers of software the web's guides compare: HR and payroll, hiring, accounting, shops and payments, courses,
    // calls and support, CRM, video, AI media, SEO, media monitoring, e-mail, reviews and analytics (not their products).
    'BambooHR|Paychex|ADP|Paycom|Paylocity|Remote.com|Oyster HR|Justworks|TriNet|Workable|JazzHR|BreezyHR|SmartRecruiters|iCIMS|Jobvite|Bullhorn|CareerBuilder|FreshBooks|Wave Financial|Bill.com|Expensify|Navan|TravelPerk|Coupa|Tipalti|Bench Accounting|Pilot.com|SumUp|Zettle|BigCommerce|Volusion|PrestaShop|Ecwid|Gumroad|Teachable|Thinkific|Kajabi|Podia|Memberful|Circle.so|Mighty Networks|Webex|RingCentral|Dialpad|Aircall|Vonage|Sinch|MessageBird|Freshdesk|Help Scout|Gorgias|LiveChat|Tidio|Olark|Close.com|Keap|Infusionsoft|Insightly|SugarCRM|Attio|Nuclino|Tettra|Vidyard|Wistia|Descript|Riverside.fm|Restream|StreamYard|TechSmith|Lightworks|Blackmagic Design|InShot|Wondershare|Movavi|Animoto|Powtoon|Vyond|Biteable|Lumen5|InVideo|Pictory|Luma AI|Leonardo.ai|Ideogram|Krea|Anyword|Rytr|Frase|Clearscope|MarketMuse|Moz|Screaming Frog|Serpstat|Mangools|SE Ranking|Similarweb|Sprinklr|Brandwatch|Meltwater|Cision|Muck Rack|Prowly|Brand24|Talkwalker|Sendinblue|Brevo|MailerLite|Moosend|GetResponse|AWeber|Omnisend|Iterable|Braze|Customer.io|OneSignal|Yotpo|Okendo|Trustpilot|Bazaarvoice|PowerReviews|Reviews.io|Feefo|Birdeye|NiceJob|Grade.us|Yext|BrightLocal|Whitespark|Hotjar|Crazy Egg|FullStory|Mixpanel|Pendo|PostHog|RudderStack|mParticle|Optimizely|VWO|AB Tasty|Unbounce|Leadpages|Instapage|ClickFunnels|Kartra|Systeme.io|Thrive Themes|OptinMonster|Hello Bar|Wisepops|Sleeknote|' +
    // Companies of beauty, clothes, shoes, department stores, furniture, kitchens, babies, pets, audio and television (not a group's
    // brands, which a reader counts as its products: "Garnier" of L'Oréal, "Old Navy" of Gap).
    'Fenty Beauty|Rare Beauty|Coty|Tatcha|Sol de Janeiro|Bath & Body Works|Victoria’s Secret|Victoria\'s Secret|Abercrombie & Fitch|American Eagle|Urban Outfitters|Anthropologie|J.Crew|Madewell|Aritzia|The North Face|Columbia Sportswear|Arc’teryx|Arc\'teryx|Canada Goose|Moncler|Hoka|On Running|Brooks Running|Asics|Saucony|Dr. Martens|Timberland|UGG|Birkenstock|Steve Madden|Saks Fifth Avenue|Neiman Marcus|Bloomingdale’s|Bloomingdale\'s|JCPenney|Belk|Ross Stores|Big Lots|Bed Bath & Beyond|Crate & Barrel|Restoration Hardware|Ashley Furniture|Joybird|Lovesac|Le Creuset|Staub|All-Clad|OXO|SharkNinja|Vitamix|Blendtec|Hamilton Beach|Smeg|Traeger|Oxo|Owala|Graco|Chicco|UPPAbaby|Britax|Petco|BarkBox|Crunchyroll|SiriusXM|Scribd|Bose|Skullcandy|Jabra|Bang & Olufsen|Bowers & Wilkins|KEF|Klipsch|Polk Audio|Denon|Marantz|Onkyo|Vizio|' +
    // Car parts, chemicals, metals, farming, space, nuclear, charging, solar and wind, utilities, satellites, robots, self-driving
    // cars, freight and grocers.
    'ZF|ZF Friedrichshafen|Aptiv|Valeo|Forvia|Air Liquide|Linde|Nucor|JFE|Alcoa|Rusal|Norsk Hydro|Corteva|Syngenta|Anduril|Blue Origin|Rocket Lab|Relativity Space|Arianespace|United Launch Alliance|Planet Labs|NuScale|TerraPower|Oklo|ChargePoint|EVgo|Ionity|QuantumScape|First Solar|Sunrun|Enphase|SolarEdge|LONGi|JinkoSolar|Trina Solar|GE Vernova|Nordex|Duke Energy|Southern Company|Dominion Energy|PG&E|Edison International|Xcel Energy|Exelon|Constellation Energy|Vistra|NRG|Altice USA|Viasat|Eutelsat|OneWeb|AST SpaceMobile|Graphcore|Tenstorrent|Boston Dynamics|Figure AI|Agility Robotics|Unitree|Aurora Innovation|Zoox|Pony.ai|WeRide|Wayve|Kuehne+Nagel|DSV|DB Schenker|C.H. Robinson|XPO|J.B. Hunt|Old Dominion Freight Line|Evergreen Marine|COSCO Shipping|Flexport|Uber Freight|Ahold|Meijer|H-E-B|Wegmans|Dollarama|Loblaws|Empire Company|' +
    'News Corp|Mitsubishi UFJ Financial Group|Kohl’s|Kohl\'s|Sam’s Club|Sam\'s Club|Dillard’s|Dillard\'s|Trader Joe’s|Trader Joe\'s|Lowe’s|Lowe\'s|Domino’s|Domino\'s|Wendy’s|Wendy\'s|Sotheby’s|Sotheby\'s|Christie’s|Christie\'s|Kellogg’s|Kellogg\'s|Dick’s Sporting Goods|Dick\'s Sporting Goods',
);

/**
 * Countries as their own languages write them, in the names of businesses' national arms ("Santander Brasil",
 * "Walmart México"). Read by the rules, not by the tagger, which was trained without them.
 */
export const COUNTRIES_IN_THEIR_LANGUAGES = set('Brasil|México|España|Deutschland|Italia|Polska|Nederland|Österreich|Schweiz|Suisse|Sverige|Norge|Danmark|Suomi|Türkiye|Perú|Česko|România');

/**
 * States and provinces of the United States, Canada and Australia, less those that are as often a person's name
 * ("Washington", "Georgia", "Virginia", "Montana", "Indiana"). Read by the rules, not by the tagger, which was trained
 * without them.
 */
export const STATES_AND_PROVINCES = set(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|West Virginia|Wisconsin|Wyoming|' +
    'Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Ontario|Quebec|Saskatchewan|Prince Edward Island|' +
    'New South Wales|Queensland|South Australia|Tasmania|Western Australia|Northern Territory',
);

/** Countries, their usual short forms and a few regions: never a company. */
export const PLACES = set(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea|North Korea|South Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palau|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|South Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|United States|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Europe|Asia|Africa|Latin America|Middle East|Gulf|Beijing|Tokyo|Washington|London|Paris|Berlin|Moscow|Brussels|New York|Silicon Valley|Wall Street',
);

/** Lower-case words that, right before a name, say it is a business ("telcos NTT Docomo"). */
export const COMPANY_CUE_BEFORE = set(
  'analyst|analysts|economist|economists|strategist|strategists|company|companies|firm|firms|carrier|carriers|telco|telcos|operator|operators|maker|makers|manufacturer|manufacturers|giant|giants|retailer|retailers|rival|rivals|supplier|suppliers|vendor|vendors|conglomerate|broadcaster|airline|automaker|carmaker|chipmaker|lender|insurer|startup|start-up|brand|subsidiary|shares|stake|distributor|provider|providers|developer|publisher|outlet|agency|wire|newswire|bank|banks|insurers|lenders|airlines|platform|startups|start-ups|businesses|chains|studios|publishers|developers|brands|trader|traders|grocer|grocers|wholesaler|wholesalers|exporter|exporters|importer|importers|meatpacker|brewer|miner|miners|refiner|refiners|shipper|shippers|supermarket|supermarkets|exchange|exchanges|unit|studio|chain|acquired|newspaper|newspapers|tabloid|broadsheet',
);

/** Lower-case words that, right after a name, say it is a business ("Huawei equipment"). */
export const COMPANY_CUE_AFTER = set(
  'equipment|tech|technology|products|product|phones|handsets|smartphones|smartphone|devices|chips|shares|stock|stake|deal|deals|supplies|sells|sold|manufactures|ceo|cfo|coo|cto|executive|executives|chairman|founder|board|subsidiary|unit|customers|brand|stores|revenue|revenues|profit|profits|sales|earnings|employees|shareholders|investors|networks|subscribers|boss|inc|corp|ltd|plc|stock|gear|services|shareholder|factory|factories|plant|plants|headquarters|executives|magazine|newspaper|website|blog|brokerage|writer|writers|reporter|reporters|editor|editors|columnist',
);

/** Lower-case words that make the next capitalised words a person's name. */
export const PERSON_TITLES = set(
  'mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|prof|prof.|sir|dame|lord|lady|president|minister|secretary|senator|sen.|rep.|del.|representative|gov.|governor|mayor|ceo|cfo|chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|judge|justice|gen.|general|admiral|colonel|captain|pope|king|queen|prince|princess|coach|director|professor|lawyer|attorney|analyst|economist|officer|manager|founder|actor|actress|singer|author|premier|chancellor|ambassador|envoy|commissioner|chief|leader|head|deputy|vice|candidate|lawmaker|congressman|congresswoman|senator|strategist|executive|president-elect|emperor|sheikh|ayatollah|cardinal|bishop|rabbi|imam|detective|inspector|sergeant|officer|trader|investor|researcher|scientist|activist|aide|adviser|advisor|striker|midfielder|defender|goalkeeper|player|driver|rider|champion|veteran|wife|husband|son|daughter|brother|sister',
);

/**
 * Common English given names (and a few short forms news writes: "Ted", "Bernie", "Jeb"). A capitalised
 * word from this list opening a two-word name says the name is a person's, whatever its surname
 * ("Joe Scarborough", where "Scarborough" is also a town and a club). Read only when a name is already
 * a speaker, never by the tagger.
 */
export const GIVEN_NAMES = set(
  'Aaron|Abby|Abigail|Adam|Adrian|Adriana|Al|Alan|Albert|Alex|Alexander|Alexandra|Alexis|Alice|Alicia|Alison|Allison|Amanda|Amber|Amy|Andrea|Andrew|Andy|Angela|Anita|Ann|Anna|Anne|Annie|Anthony|Antonio|Arthur|Ashley|Barbara|Barry|Ben|Benjamin|Bernie|Beth|Betsy|Betty|Beverly|Bill|Billy|Blake|Bob|Bobby|Bonnie|Brad|Bradley|Brandon|Brenda|Brent|Brett|Brian|Brittany|Bruce|Bryan|Caitlin|Carl|Carla|Carlos|Carly|Carol|Caroline|Carolyn|Catherine|Cecile|Chad|Charles|Charlie|Chelsea|Cheryl|Chris|Christina|Christine|Christopher|Chuck|Cindy|Claire|Claudia|Clay|Cody|Colin|Connie|Corey|Courtney|Craig|Cynthia|Dale|Dan|Dana|Daniel|Danielle|Danny|Darrell|Dave|David|Debbie|Deborah|Debra|Denise|Dennis|Derek|Diana|Diane|Dianne|Dick|Don|Donald|Donna|Doris|Dorothy|Doug|Douglas|Dylan|Ed|Eddie|Edward|Elaine|Eleanor|Elijah|Elizabeth|Ellen|Emily|Emma|Eric|Erica|Erik|Erin|Ethan|Eugene|Eva|Evan|Frances|Frank|Fred|Gabriel|Gail|Gary|Geoff|Geoffrey|George|Gerald|Gina|Glenn|Gloria|Greg|Gregory|Hank|Hannah|Harold|Harry|Heather|Heidi|Helen|Henry|Holly|Howard|Hugh|Ian|Isaac|Jack|Jackie|Jacob|Jacqueline|Jake|James|Jamie|Jan|Jane|Janet|Janice|Jared|Jason|Jay|Jean|Jeanne|Jeb|Jeff|Jeffrey|Jenna|Jennifer|Jenny|Jeremy|Jerry|Jesse|Jessica|Jill|Jim|Jimmy|Joan|Joanne|Jodi|Joe|Joel|John|Johnny|Jon|Jonathan|Jose|Joseph|Josh|Joshua|Joyce|Juan|Judith|Judy|Julia|Julian|Julie|Justin|Karen|Kate|Katherine|Kathleen|Kathryn|Kathy|Katie|Kay|Keith|Kelly|Ken|Kenneth|Kevin|Kim|Kimberly|Kristen|Kyle|Larry|Laura|Lauren|Laurie|Lawrence|Leah|Lee|Leonard|Leslie|Linda|Lindsey|Lisa|Lloyd|Loretta|Lori|Louis|Louise|Lucy|Luis|Luke|Lynn|Madeleine|Maggie|Marc|Marcia|Marco|Margaret|Maria|Marie|Marilyn|Mario|Marion|Mark|Marsha|Martha|Martin|Marvin|Mary|Matt|Matthew|Maureen|Megan|Melanie|Melissa|Michael|Michele|Michelle|Mike|Mitch|Mitchell|Molly|Monica|Nancy|Natalie|Nathan|Neil|Nicholas|Nick|Nicole|Noah|Norman|Olivia|Pamela|Pat|Patricia|Patrick|Patty|Paul|Paula|Peggy|Penny|Pete|Peter|Phil|Philip|Phillip|Phyllis|Rachel|Ralph|Randy|Ray|Raymond|Rebecca|Rick|Ricky|Rob|Robert|Roberta|Robin|Rod|Roger|Ron|Ronald|Roy|Ruby|Russell|Ruth|Ryan|Sally|Sam|Samantha|Samuel|Sandra|Sandy|Sara|Sarah|Scott|Sean|Seth|Shannon|Sharon|Shawn|Sheila|Shirley|Stan|Stanley|Stephanie|Stephen|Steve|Steven|Stuart|Sue|Susan|Suzanne|Tammy|Tara|Ted|Teresa|Terry|Theresa|Thomas|Tiffany|Tim|Timothy|Tina|Todd|Tom|Tommy|Tony|Tracy|Travis|Trent|Trey|Troy|Tyler|Valerie|Vanessa|Vicki|Victor|Vincent|Walter|Wanda|Wayne|Wendy|William|Willie|Zachary|Zoe',
);

/** Days and months, lower-cased: capitalised, often before "'s" or a verb, never a name of a body or a person. */
export const CALENDAR_WORDS = set(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.',
);

/** Words written in capitals that are ordinary nouns (technologies, units, times of day), never names. */
export const COMMON_ACRONYMS = set(
  'Rs|Rs.|INR|USD|EUR|GBP|JPY|CNY|AM|PM|TV|PC|CPU|GPU|RAM|ROM|SSD|HDD|USB|HDR|HD|OS|VR|AR|AI|LED|LCD|OLED|API|PDF|URL|GPS|SMS|DNA|RNA|IR|UV|AC|DC|FAQ|ID|PIN|ATM|CCTV|DIY|ASAP|FYI|OK|LOL|CEO|CFO|COO|CTO|GDP|VAT|IPO|MP|MPs|PR|PhD|HIV|AIDS|COVID|4K|5G|4G|3G|LTE|Wi-Fi|WiFi|Bluetooth|NFC|DVD|CD|MP3|HTML|CSS|RSS|SEO|UI|UX|SUV|EV|EVs|RPM|MPH|KPH|XML|JSON|YAML|SQL|HTTP|HTTPS|DNS|VPN|IoT|ML|LLM|LLMs|NLP|GenAI|SaaS|PaaS|IaaS|B2B|B2C|SMB|SMBs|SME|SMEs|CRM|ERP|HR|HRIS|IT|KPI|KPIs|ROI|CTA|CRO|PPC|CPC|CPM|SERP|QA|HVAC|ESG|CSR|PPE|EHR|EHRs|EMR|IOPS|FAQs|DM|DMs|TL;DR|NFT|NFTs|OTA|OTAs|CV|CVs|PS|PPS|CPO|CMO|CIO|CISO|CHRO|VP|SVP|EVP|M&A|P&C|R&D|Q&A|P&L|F&B|PBM|PBMs|EBITDA|EPS|CAGR|ARR|MRR|AUM|DTC|D2C|YoY|DVR|DVRs|NVR|NVRs|PoE|HDMI|UHD|SIM|SIMs|eSIM',
);

/**
 * Platforms, programs, devices and languages so widely written that their names are taken for their makers'
 * ("Android phones", "Excel", "Python"): products, never companies. Their makers' names stay companies.
 */
export const PRODUCT_NAMES = set(
  'Android|iOS|iPadOS|macOS|watchOS|Windows|Linux|Ubuntu|Chrome|Chromebook|Chromebooks|Firefox|Safari|Gmail|Excel|PowerPoint|iPhone|iPhones|iPad|iPads|iMac|MacBook|AirPods|iCloud|iTunes|iPod|iPhoto|iMessage|iMovie|Kindle|Alexa|Siri|ChatGPT|Copilot|Photoshop|Lightroom|Python|JavaScript|TypeScript|Kotlin|PHP|Perl|COBOL|Fortran|Kubernetes|PlayStation|Xbox|Bluetooth',
);

/**
 * The lists above as the entity tagger reads them, as word classes (utils/nlp/lexicon.ts): as they were
 * when the shipped model was trained, so that `npm run train` gives back that very model. The rules read
 * the full lists; moving the words added since into the tagger's view takes a retraining and a new
 * measure of every figure.
 */
export const TRAINED_NAME_LISTS = {
  legalForms: set(TRAINED_LEGAL_FORMS),
  businessWords: set(TRAINED_BUSINESS_WORDS),
  knownOrganizations: set(TRAINED_KNOWN_ORGANIZATIONS),
} as const;
