/**
 * Words that make a capitalised word part of an organisation or a product rather than a person: firm words
 * and legal forms, brands and makers, teams and departments, bots and job titles.
 *
 * @module
 */

/** After a name, an assistant that is a program ("your virtual assistant", ", Beacon Health Plan's digital assistant"). */
export const BOT_AFTER = /,? {1,2}(?:(?:your|the|our|a) |(?:[A-Z][\w&.'-]* ){1,4})?(?:virtual|digital|automated|ai|voice) assistant\b/iy
/** A chat's label for a bot after its name ("Ava (bot): ..."). */
export const BOT_LABEL_AFTER = / ?\((?:bot|chatbot|virtual assistant|assistant|ai|ai assistant|automated)\)/iy
/** A town's police after its name ("Madison PD", "Austin Police"): no given name before them is a person's. */
export const POLICE_AFTER: ReadonlySet<string> = new Set(['pd', 'police'])
/** Organisations' words after a one-word name that announce a firm ("Greenleaf pharmacy"): a pharmacy, a practice, a bank, a firm. */
export const FIRM_AFTER = new Set([...POLICE_AFTER, 'pharmacy', 'chemist', 'surgery', 'practice', 'clinic', 'dental', 'dentistry', 'medical', 'hospital', 'bank', 'federal', 'credit', 'energy', 'taxis', 'cabs', 'motors', 'insurance', 'mortgages', 'utilities', 'water', 'council', 'school', 'academy', 'college', 'university', 'logistics', 'parcel', 'parcels', 'couriers', 'removals', 'plumbing', 'electrical', 'lettings', 'estates', 'homes', 'housing', 'payroll', 'staffing', 'recruitment', 'care', 'healthcare', 'consulting', 'solutions', 'travel', 'tours', 'holidays',
  // hospitals, specialist practices and a state's health programmes ("Mercy General", "Charlotte Orthopedic Group", "Georgia Medicaid"), school districts ("Tyler ISD")
  'general', 'health', 'orthopedic', 'orthopedics', 'orthopaedic', 'orthopaedics', 'pediatrics', 'paediatrics', 'dermatology', 'cardiology', 'radiology', 'oncology', 'urology', 'imaging', 'diagnostics', 'laboratory', 'laboratories', 'rehab', 'rehabilitation', 'physicians', 'medicaid', 'medicare', 'isd',
  // eye care's plans and chains ("Davis Vision", "Morgan Optical", "Jordan Eye Care")
  'vision', 'optical', 'optometry', 'eyecare', 'ophthalmology',
  // power companies ("Alabama Electric"; not "Power", a surname: "Samantha Power")
  'electric',
  // schools by their grade ("Lincoln Elementary", "Roosevelt Middle"), and the shops, kitchens and vets that ring
  // customers back ("Mario's Pizzeria", "Paws and Claws Vet", "Lotus Nails")
  'elementary', 'primary', 'pizza',
  // ... and nurseries, kindergartens and after-school care ("Bluegum Kindergarten", "Brightside OSHC", "Tiny Tots",
  // "Westbrook High": "High" after a word no one is given; "Amy High" stays a name)
  'kindergarten', 'kindy', 'childcare', 'nursery', 'preschool', 'montessori', 'oshc', 'daycare', 'creche', 'crèche', 'tots', 'high', 'pizzeria', 'deli', 'diner', 'cafe', 'café', 'bakery', 'bistro', 'restaurant', 'takeaway',
  'vet', 'vets', 'veterinary', 'kennel', 'kennels', 'salon', 'nails', 'spa', 'barbers', 'garage', 'autos', 'realty', 'properties'])
/** After a name: "from the Camden team", "from the north branch", "from your billing department". */
export const TEAM_AFTER = / {1,2}(?:from|in|on) (?:the |your |our )?(?:[\p{L}'-]+ ){0,2}(?:team|crew|branch|office|department|dept|desk|store|shop|depot|helpdesk)\b/iuy
/** The rest of a line, after a name, that names a team ("Customer Care", "Title & Escrow Closing Team"): up to four capitalised words, no comma. */
export const TEAM_LINE_REST = /^(?:[ \t]+(?:\p{Lu}[\p{L}'-]*|&)){0,4}[ \t]+(?:Team|Care|Support|Department|Dept\.?|Desk|Services|Operations|Centre|Center|Helpdesk|Helpline)[ \t]*(?:\r?\n|$)/u
/** A firm's department named right after the firm where a call opens ("hsbc customer care", "avis reservations"). */
export const FIRM_DEPARTMENTS = new Set(['customer', 'reservations', 'billing', 'support', 'services', 'service', 'care', 'rewards', 'disputes', 'preferred', 'international', 'payments', 'claims', 'bookings', 'sales', 'helpdesk', 'help', 'technical', 'tech', 'member', 'members', 'accounts', 'collections', 'baggage', 'loyalty', 'fraud', 'front'])
/** After a name: the department someone works in ("Olena in underwriting", "aditya from collections"). */
// ... or the bed a patient is in ("Riaan in bed 6", "joy in bed three", "Mrs Patel in bay two")
export const DEPARTMENT_AFTER = / {1,2}(?:(?:in|from) (?:the )?(?:underwriting|claims|billing|collections|accounts|accounting|payroll|finance|legal|compliance|sales|dispatch|procurement|hr|onboarding|fraud|disputes|escalations|retentions?|customer service|tech support|returns|reception|pharmacy|radiology|admissions)|in (?:bed|bay|cubicle) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)(?![\p{L}\p{N}]))/iuy
/** What a product's tier is called after its capitalised name ("the Unlimited Max plan"). */
export const PRODUCT_NOUNS = new Set(['plan', 'plans', 'tier', 'tiers', 'package', 'packages', 'bundle', 'bundles', 'subscription', 'edition'])
/**
 * Utilities', carriers' and lenders' words that end a firm's name in capitals ("Keystone Mutual",
 * "Vantel Mobile", "Cascade Electric", "Wellway Drugs"); lower-case, they follow people's names too
 * ("olga's mobile").
 */
export const FIRM_WORDS = new Set([
  'mutual', 'energy', 'mobile', 'wireless', 'telecom', 'broadband', 'internet', 'utilities', 'electric', 'drugs', 'savings',
  'lending', 'mortgage', 'realty', 'cable', 'healthcare', 'freight', 'outfitters', 'hypermarket', 'supermarket', 'motorsport',
  // banks, insurers, hotels, airlines, shops and services ("Northshore Credit Union", "Maple Suites", "Tri County Water")
  'credit', 'union', 'bank', 'bancorp', 'insurance', 'assurance', 'financial', 'federal', 'suites', 'hotel', 'hotels', 'resorts',
  'airlines', 'airways', 'pharmacy', 'clinic', 'electronics', 'systems', 'solutions', 'logistics', 'motors', 'auto', 'home',
  'water', 'gas', 'power', 'utility', 'technologies', 'software', 'networks', 'communications', 'holdings',
  // estate agents, lettings, removals and home services ("Belle Property", "Arthur Online", "Hartley Removals")
  'property', 'lettings', 'estates', 'removals', 'relocations', 'plumbing', 'roofing', 'electrical', 'heating', 'cleaning',
  'mowing', 'landscaping', 'locksmiths', 'glazing', 'plastering', 'flooring', 'joinery', 'builders', 'construction',
  // body shops, towing and car repairs ("Sterling Collision", "Sherwood Autobody", "Lakeside Towing")
  'collision', 'autobody', 'towing', 'automotive', 'restoration', 'tires', 'tyres',
  // garages, body shops and parts factors ("Kingsway Autocare", "Bosworth Bodyshop", "Northgate Motor Factors")
  'autocare', 'autocentre', 'autocenter', 'autos', 'bodyshop', 'bodyworks', 'coachworks', 'garage', 'garages', 'factors', 'motorworks',
  'contractors', 'surveyors', 'conveyancing', 'storage', 'homes', 'residential', 'online', 'lifts', 'elevators',
  // sports clubs' and charities' words ("Kenton Rovers", "Chase Park Juniors", "Seva Annapurna Trust", "Elm Tree Surgery")
  'rovers', 'wanderers', 'rangers', 'athletic', 'harriers', 'hotspur', 'albion', 'colts', 'juniors', 'trust', 'charity',
  'ministries', 'hospice', 'rescue', 'sanctuary', 'foodbank', 'surgery',
  // exchanges, fund houses and advisers ("London Stock Exchange", "Kestrel Investments", "Marlow Wealth")
  'exchange', 'investments', 'investing', 'wealth', 'securities', 'markets', 'pensions', 'advisers', 'advisors', 'brokers',
  // insurers and law firms ("Sun Life", "Foster & Webb LLP"), and tax offices ("Inland Revenue", "HM Revenue")
  'life', 'llp', 'revenue',
  // makers, studios and agencies ("Redkite Media", "Vantaa Metalworks", "Baltiq Foods")
  'media', 'metalworks', 'textiles', 'foods', 'labs', 'studios', 'consulting', 'ventures', 'industries', 'analytics',
  'robotics', 'pharma', 'biotech',
  // firms of a family or partners and makers of controls ("Lehman Brothers", "Warner Bros", "Johnson Controls", "Jefferson Health")
  'brothers', 'bros', 'controls', 'health', 'partners',
  // police forces and offices ("West Yorkshire Police", "Jacksonville Sheriff's Office", "Avon and Somerset Constabulary")
  'police', 'constabulary', 'sheriff', "sheriff's",
  // landlords, practices and a firm's alerts ("Oakridge Apartments", "Northside Medical", "Crestline Alert:")
  'apartments', 'apts', 'properties', 'medicine', 'medical', 'dental', 'alert', 'alerts', 'notifications', 'rx',
  // shops and app stores ("App Store", "Play Store", "Harlow Shop")
  'store', 'stores', 'shop',
  // esports teams and carriers ("Nightjar Esports", "Yurtiçi Kargo")
  'esports', 'gaming', 'kargo',
])
/** A firm word that is also a surname this frequent or more (rank) is a surname ("Samantha Power"). */
export const FIRM_WORD_SURNAME_RANK = 2000
/** Car makes: the capitalised word after one is its model ("Nissan Micra", "Kia Picanto"). */
export const CAR_MAKES = new Set([
  'ford', 'nissan', 'kia', 'vauxhall', 'skoda', 'škoda', 'renault', 'peugeot', 'citroen', 'citroën', 'fiat', 'volkswagen', 'audi',
  'mazda', 'subaru', 'suzuki', 'lexus', 'volvo', 'jeep', 'dacia', 'opel', 'seat', 'cupra', 'toyota', 'honda', 'hyundai',
  'tesla', 'porsche', 'ferrari', 'chevrolet', 'chevy', 'chrysler',
  'mitsubishi', 'maruti', 'tata', 'mahindra', 'isuzu', 'proton', 'perodua', 'geely', 'byd', 'chery', 'haval', 'lancia',
  'bmw', 'buick', 'cadillac', 'infiniti', 'acura', 'saab', 'daihatsu', 'ssangyong', 'lada', 'vw',
  'polestar', 'maserati', 'lamborghini', 'bugatti', 'rivian', 'vinfast', 'abarth', 'dodge', 'gmc', 'jaguar', 'alfa',
])
/** Tyre makers: the capitalised word after one is its tyre ("Michelin Pilot Sport", "Bridgestone Turanza"). */
export const TYRE_MAKES = new Set(['michelin', 'bridgestone', 'pirelli', 'goodyear', 'dunlop', 'hankook', 'firestone', 'falken', 'kumho', 'nokian', 'yokohama', 'toyo'])
/**
 * Firms known by one word, a name too or none at all, when that word stands alone ("Dell", "Hilton", "Ford";
 * "Safaricom", "Tesco": those that are no name stay firms even after a greeting or "by").
 */
/** Banks callers name as often as people, though the census has some as surnames ("contact Santander directly"). */
export const BANK_BRANDS: ReadonlySet<string> = new Set(['barclays', 'hsbc', 'santander', 'lloyds', 'natwest', 'halifax', 'monzo', 'revolut', 'starling', 'nationwide', 'citibank', 'scotiabank', 'rabobank', 'commerzbank', 'sparkasse', 'bbva', 'caixabank', 'unicredit', 'intesa', 'icici', 'hdfc', 'kotak', 'ocbc', 'uob'])
export const BRANDS = new Set([
  // Canada's debit network ("I already paid it by Interac")
  'interac',
  ...BANK_BRANDS,
  ...CAR_MAKES,
  'dell', 'hilton', 'marriott', 'disney', 'tesla', 'porsche', 'ferrari', 'chanel', 'dior', 'gucci', 'prada',
  'versace', 'armani', 'cartier', 'bosch', 'siemens', 'philips', 'honda', 'toyota', 'chrysler', 'dyson', 'kellogg',
  'heinz', 'hershey', 'colgate', 'gillette', 'boeing', 'nissan', 'hyundai', 'jabra', 'lenovo', 'samsung', 'logitech',
  'adidas', 'walmart', 'costco', 'kroger', 'tesco', 'sainsbury', 'asda', 'aldi', 'lidl', 'argos', 'evri', 'fedex',
  'barclays', 'hsbc', 'santander', 'lloyds', 'natwest', 'vodafone', 'verizon', 'comcast', 'xfinity', 'nestle', 'nestlé',
  'deloitte', 'kpmg', 'accenture', 'mckinsey', 'wendy', 'macy', 'kohl', 'lowe', 'chevrolet', 'chevy', 'lincoln', 'mercedes',
  // workplace tools a team's chat and minutes name
  'jira', 'grafana', 'kibana', 'datadog', 'okta', 'workday', 'pagerduty', 'splunk', 'servicenow', 'zendesk', 'hubspot', 'bamboohr',
  // telecoms, utilities, shops, marketplaces, delivery, rides and car hire that customers write to by name ("Hi Safaricom, ...")
  'safaricom', 'airtel', 'jio', 'digicel', 'maxis', 'celcom', 'singtel', 'starhub', 'telkom', 'vodacom', 'mtn', 'etisalat',
  'ooredoo', 'telstra', 'optus', 'movistar', 'zuku', 'meralco', 'eskom', 'octopus', 'ovo', 'telus', 'lyca', 'lebara', 'tmobile',
  'jumia', 'konga', 'flipkart', 'myntra', 'meesho', 'shopee', 'lazada', 'tokopedia', 'daraz', 'takealot', 'ebay', 'etsy',
  'zalando', 'temu', 'shein', 'aliexpress', 'alibaba', 'rakuten', 'mercadolibre', 'talabat', 'swiggy', 'zomato', 'deliveroo',
  'doordash', 'grubhub', 'instacart', 'glovo', 'rappi', 'ifood', 'gojek', 'careem', 'lyft', 'didi', 'rapido', 'uber', 'zoomcar',
  'europcar', 'sixt', 'localiza', 'avis', 'hertz', 'buchbinder', 'getir', 'wolt', 'foodpanda', 'ocado', 'waitrose', 'morrisons',
  'primark', 'currys', 'boots', 'ikea', 'decathlon', 'carrefour', 'auchan', 'mediamarkt', 'rewe', 'edeka', 'kaufland',
  // banks, insurers and health plans
  'hdfc', 'icici', 'kotak', 'maybank', 'cimb', 'gtbank', 'ecobank', 'absa', 'nedbank', 'capitec', 'monzo', 'revolut',
  'citibank', 'rabobank', 'bunq', 'commerzbank', 'sparkasse', 'bbva', 'caixabank', 'bankinter', 'desjardins', 'scotiabank',
  'westpac', 'commbank', 'ocbc', 'aetna', 'cigna', 'humana', 'bupa', 'allianz', 'aviva', 'philhealth', 'paypal', 'venmo',
  'mpesa', 'gcash', 'paytm', 'phonepe', 'klarna', 'afterpay', 'wise',
  // card schemes, and apps, games and stores that callers name ("Visa debit", "download Minecraft", "the Spotify family plan")
  'visa', 'mastercard', 'amex', 'maestro', 'discover',
  'spotify', 'netflix', 'minecraft', 'roblox', 'fortnite', 'tiktok', 'instagram', 'snapchat', 'youtube', 'twitch', 'discord',
  'playstation', 'xbox', 'nintendo', 'steam', 'hulu', 'crunchyroll', 'duolingo', 'whatsapp', 'facebook', 'linkedin',
  // estate agents, portals, removals, lifts, builders and energy firms that tenants and buyers name alone
  'savills', 'foxtons', 'chestertons', 'hamptons', 'winkworth', 'dexters', 'purplebricks', 'rightmove', 'zoopla', 'openrent',
  'spareroom', 'haart', 'connells', 'hunters', 'harcourts', 'realestate', 'zillow', 'redfin', 'trulia', 'corcoran',
  'weichert', 'remax', 'seeff', 'rawson', 'jawitz', 'lisney', 'funda', 'pararius', 'immoscout', 'idealista', 'propertyfinder',
  'bayut', 'dubizzle', 'propertyguru', 'magicbricks', 'nobroker', 'pickfords', 'stuttaford', 'bekins', 'mayflower', 'kone',
  'schindler', 'thyssenkrupp', 'lendlease', 'persimmon', 'bellway', 'redrow', 'vattenfall', 'eneco', 'essent', 'engie', 'edf', 'eon',
  'iberdrola', 'enel', 'endesa', 'ausgrid', 'agl', 'enbridge', 'dewa', 'addc', 'ewa', 'kahramaa',
  // American utilities and loyalty schemes customers name alone ("Pepco Pay by Text", "SkyMiles 1953308101")
  'pepco', 'comed', 'xcel', 'entergy', 'coned', 'ameren', 'evergy', 'eversource', 'spectrum', 'skymiles', 'mileageplus', 'aadvantage',
  'bonvoy', 'aeroplan', 'trueblue', 'copart', 'turbotax', 'taxact', 'taxslayer', 'hrblock', 'quicken',
  // tyre makers, garage and dealer chains and motoring clubs that drivers name alone
  ...TYRE_MAKES, 'halfords', 'lookers', 'pendragon', 'inchcape', 'sytner', 'stoneacre', 'autoglass', 'safelite', 'carglass', 'midas', 'meineke', 'norauto',
  'euromaster', 'adac', 'nrma', 'racv', 'racq', 'kwikfit',
  // fund houses, platforms, exchanges and credit agencies savers and traders name alone
  'schroders', 'fundsmith', 'invesco', 'blackrock', 'nutmeg', 'moneybox', 'freetrade', 'etoro', 'coinbase', 'binance',
  'bitstamp', 'experian', 'equifax', 'transunion', 'clearscore', 'intrum', 'rathbones', 'coutts', 'prudential', 'zerodha',
  'groww', 'upstox', 'robinhood', 'wealthsimple', 'questrade', 'stake', 'superhero', 'raiz', 'australiansuper', 'hostplus',
  // charities known by one word that is no name
  'caritas', 'oxfam', 'unicef', 'rspca', 'nspcc', 'rnli', 'mencap', 'sightsavers', 'spca', 'peta', 'tearfund', 'cafod', 'trocaire',
  // airlines
  'emirates', 'etihad', 'qantas', 'ryanair', 'easyjet', 'lufthansa', 'flydubai', 'jetblue', 'indigo', 'vistara', 'cebu',
  // law firms known by one name
  'freshfields', 'linklaters', 'skadden', 'dentons', 'ashurst', 'macfarlanes', 'fragomen', 'fieldfisher', 'shoosmiths',
])
/** What "Max" and "Min" bound when they abbreviate maximum and minimum ("Max liability", "Min order"). */
export const BOUNDED_QUANTITIES = new Set([
  'liability', 'order', 'orders', 'capacity', 'weight', 'load', 'speed', 'size', 'length', 'limit', 'amount', 'value', 'temp',
  'temperature', 'price', 'quantity', 'qty', 'stay', 'occupancy', 'height', 'width', 'users', 'guests', 'payout', 'coverage',
  'spend', 'balance', 'deposit', 'withdrawal', 'file', 'upload', 'age', 'term', 'duration', 'retries', 'attempts', 'pressure',
  'bonus', 'points', 'miles', 'nights', 'discount', 'credit', 'benefit', 'benefits', 'copay', 'reimbursement', 'dose', 'dosage', 'refills', 'purchase',
])
/**
 * Voice assistants and software named like people: alone, whatever cue stands before them ("Hey Siri",
 * "I asked Alexa to reorder it", "she says Excel crashes"), they are a device or a program. With a
 * surname after them, or announced as a name ("this is Alexa from billing"), they are a person.
 */
export const ASSISTANT_NAMES = new Set(['alexa', 'siri', 'cortana', 'bixby', 'excel', 'powerpoint', 'sharepoint', 'onedrive', 'kubernetes', 'photoshop', 'quickbooks'])
/** Nouns that end a job's title ("Grant Writer", "Bill Collector", "Scrum Master", "Mark Scheme Moderator"). */
export const JOB_NOUNS = new Set(['writer', 'collector', 'master', 'manager', 'officer', 'director', 'coordinator', 'administrator', 'assistant', 'executive', 'analyst', 'developer', 'designer', 'consultant', 'specialist', 'clerk', 'supervisor', 'operative', 'technician', 'controller', 'accountant', 'recruiter', 'moderator', 'scheme'])
/** Ranks before an academic or a manager's title ("Associate Dean"). */
export const RANK_WORDS = new Set(['associate', 'assistant', 'deputy', 'vice', 'acting', 'interim', 'executive'])
/** Words of seniority before a job's title ("Junior Grant Writer"). */
export const SENIORITIES = new Set([...RANK_WORDS, 'junior', 'senior'])
/** Hotel chains: the capitalised words after one name the hotel ("the Marriott Regina", "Hyatt Regency Dallas"). */
export const HOTEL_BRANDS = new Set(['marriott', 'hilton', 'hyatt', 'sheraton', 'wyndham', 'radisson', 'westin', 'novotel', 'travelodge', 'ritz', 'fairmont', 'intercontinental'])
/** Fields that name an organisation ("Carrier: ...", "Retailer: ..."): their value is no person. */
export const ORG_LABELS = new Set([
  'retailer', 'carrier', 'vendor', 'company', 'employer', 'bank', 'merchant', 'supplier', 'manufacturer', 'brand',
  'store', 'courier', 'airline', 'insurer', 'provider', 'lender', 'shop', 'organisation', 'organization', 'firm',
  'university', 'school', 'hospital', 'hotel', 'venue', 'location', 'warehouse', 'city', 'town', 'destination',
  'origin', 'region', 'site', 'branch', 'office',
  // what a vehicle's, a device's or a campus's field holds ("Vehicle: Holden Commodore", "Model: Arris SURFboard", "Campus: Darwin")
  'vehicle', 'car', 'make', 'model', 'device', 'router', 'modem', 'handset', 'product', 'campus', 'hall', 'residence',
  'building', 'repairer', 'garage', 'network', 'programme', 'program', 'course', 'scholarship', 'tariff', 'plan',
  'college', 'country', 'state', 'county', 'suburb',
])
/** Firms and brands named after people, said in full ("Wells Fargo", "Charles Schwab", "Mercedes Benz"). */
export const PERSON_NAMED_FIRMS = new Set([
  'john lewis', 'royal mail', 'estée lauder', 'best buy', 'dolce gabbana', 'paul smith', 'ted lasso', 'jack daniel',
  'marie curie', 'dr martens', 'david lloyd', 'robert half', 'jackson hewitt', 'johns hopkins', 'king charles',
  'wells fargo', 'charles schwab', 'morgan stanley', 'edward jones', 'goldman sachs', 'merrill lynch', 'raymond james',
  'mercedes benz', 'harley davidson', 'calvin klein', 'ralph lauren', 'tommy hilfiger', 'louis vuitton', 'hugo boss',
  'michael kors', 'kate spade', 'tory burch', 'ted baker', 'john deere', 'jack daniels', 'estee lauder', 'ernst young',
  'grant thornton', 'john hancock', 'dean witter', 'smith barney', 'paine webber', 'lloyds banking', 'marks spencer',
  'hewlett packard', 'simon schuster', 'ben jerry', 'walt disney', 'procter gamble', 'dow jones', 'dolce gabbana',
  'abercrombie fitch', 'barnes noble', 'black decker', 'smith wesson', 'rolls royce', 'sherwin williams',
  'baker hughes', 'booz allen', 'arthur andersen', 'warner bros', 'johnson johnson', 'ralph lauren', 'tim hortons',
  'steve madden', 'dr pepper', 'hunter boots', 'brooks running', 'stone island', 'fred perry', 'ben sherman',
  'jimmy choo', 'vera wang', 'tom ford', 'marc jacobs', 'kenneth cole', 'eddie bauer', 'lane bryant', 'betty crocker', 'sara lee',
  'duncan hines', 'papa john', 'bob evans', 'tommy bahama', 'charles tyrwhitt', 'thomas cook', 'john frieda', 'paul mitchell',
  'ruth chris', 'victoria secret', 'tim horton', 'jenny craig', 'dave buster', 'mary kay',
  // fashion and beauty houses named after their founders
  'carolina herrera', 'charlotte tilbury', 'laura ashley', 'stella mccartney', 'jo malone', 'betsey johnson', 'bobbi brown',
  'christian dior', 'giorgio armani', 'christian louboutin', 'alexander mcqueen', 'karl lagerfeld', 'vivienne westwood',
  'elizabeth arden', 'helena rubinstein', 'max factor', 'anne klein', 'john varvatos', 'victoria beckham', 'levi strauss',
  'jack wills', 'jenny packham', 'charlotte russe',
  // law and accounting firms named after their founders (also joined by "&": "Allen & Overy", "Bird & Bird")
  'baker mckenzie', 'clifford chance', 'allen overy', 'herbert smith', 'smith freehills', 'irwin mitchell', 'kingsley napley',
  'lewis silkin', 'morgan lewis', 'jones day', 'latham watkins', 'kirkland ellis', 'sullivan cromwell', 'davis polk',
  'cleary gottlieb', 'simpson thacher', 'white case', 'norton rose', 'rose fulbright', 'hogan lovells', 'eversheds sutherland',
  'pinsent masons', 'addleshaw goddard', 'osborne clarke', 'taylor wessing', 'bird bird', 'farrer co', 'russell cooke',
  'weil gotshal', 'paul weiss', 'wachtell lipton', 'gibson dunn', 'sidley austin', 'ropes gray', 'mayer brown',
  'greenberg traurig', 'quinn emanuel', 'wilson sonsini', 'goodwin procter', 'baker botts', 'vinson elkins', 'king spalding',
  'travers smith', 'stephenson harwood', 'trowers hamlins', 'browne jacobson', 'leigh day', 'slater gordon', 'dla piper',
  'hodge jones', 'mishcon reya', 'burges salmon', 'walker morris', 'mills reeve', 'howard kennedy', 'charles russell',
  // estate agents, removals and home services named after people ("Bairstow Eves", "Barry Plant", "Mr Rooter")
  'bairstow eves', 'marsh parsons', 'knight frank', 'strutt parker', 'jackson stops', 'carter jonas', 'reeds rains',
  'kinleigh folkard', 'folkard hayward', 'harvey kalles', 'royal lepage', 'coldwell banker', 'keller williams',
  'douglas elliman', 'william raveis', 'howard hanna', 'baird warner', 'long foster', 'berkshire hathaway', 'barry plant',
  'ray white', 'raine horne', 'belle property', 'jellis craig', 'marshall white', 'biggin scott', 'nelson alexander',
  'laing simmons', 'pam golding', 'lew geffen', 'chas everitt', 'owen reilly', 'sherry fitzgerald', 'douglas newman',
  'savills residential', 'mr rooter', 'roto rooter', 'mr handyman', 'mr electric', 'mr sparky', 'van lines', 'atlas van',
  'arnold clark', 'kwik fit', 'evans halshaw', 'les schwab', 'pep boys', 'jiffy lube', 'discount tire', 'mr clutch',
  'bishops move', 'gentle giant', 'crown relocations', 'taylor wimpey', 'barratt homes', 'otis elevator', 'otis elevators', 'lurot brand', 'hamilton osborne', 'allsop',
  // fund houses, platforms and insurers named after people ("Baillie Gifford", "Hargreaves Lansdown", "AJ Bell")
  'baillie gifford', 'hargreaves lansdown', 'aj bell', 'parag parikh', 'scottish widows', 'royal london', 'legal general',
  'brewin dolphin', 'charles stanley', 'james hay', 'evelyn partners', 'cazenove capital', 'edward jones', 'franklin templeton',
  'janus henderson', 'morgan grenfell', 'rowe price', 'jp morgan', 'abrdn', 'st james', 'lloyd london',
  'carnegie mellon', 'russell speechlys', 'freeths', 'price waterhouse', 'bain company', 'boston consulting', 'rothschild co', 'aer lingus',
  // American firms, hospitals and airports named after people ("Lockheed Martin", "Kaiser Permanente", "Washington Dulles")
  'lockheed martin', 'northrop grumman', 'pratt whitney', 'eli lilly', 'bristol myers', 'myers squibb', 'thermo fisher',
  'johnson controls', 'marsh mclennan', 'cushman wakefield', 'jones lang', 'lang lasalle', 'crate barrel', 'williams sonoma',
  'bass pro', 'trader joe', 'jersey mike', 'jimmy john', 'benjamin moore', 'kelly services', 'allen edmonds', 'brooks brothers',
  'ann taylor', 'lands end', 'fred meyer', 'harris teeter', 'piggly wiggly', 'neiman marcus', 'lord taylor', 'sears roebuck',
  'montgomery ward', 'oscar mayer', 'marie callender', 'chuck cheese', 'long john', 'papa murphy', 'kelley blue', 'sallie mae',
  'fannie mae', 'freddie mac', 'liberty mutual', 'lincoln financial', 'jackson national', 'stifel nicolaus', 'piper sandler',
  'janney montgomery', 'stanley black', 'dick sporting', 'kaiser permanente', 'cedars sinai', 'mount sinai', 'henry ford',
  'dana farber', 'sloan kettering', 'baylor scott', 'beth israel', 'brigham women', 'md anderson', 'st jude',
  'washington dulles', 'reagan national', 'john wayne', 'hartsfield jackson', 'bob hope', 'louis armstrong', 'thurgood marshall',
  'will rogers', 'harry reid', 'george bush', 'john glenn', 'bill hobby', 'william hobby', 'pierre elliott', 'jean lesage',
  // health plans named as brands ("it's Blue Cross")
  'blue cross', 'blue shield', 'austin peay', 'jackson hewitt', 'liberty tax', 'con edison',
])

/** A firm's legal form after its name ("S.L.", "Ltda", "GmbH", "sp. z o.o."). */
export const LEGAL_FORM_AFTER = /^,?[ \t]+(?:Inc|Ltd|Ltda|LLC|LLP|PLC|plc|GmbH|AG|SAS|SARL|Pty|Corp|Oy|AB|Limited|S\.A\.?|S\.L\.?|S\.p\.A\.?|S\.r\.l\.?|B\.V\.?|N\.V\.?|sp\. z o\.o\.|SA|SL|BV|NV|SpA|Srl)(?![\p{L}\p{N}])/u
/** A firm's tail after a name: "Harrison & Co.", "Dawson and Sons", "Foster & Webb LLP" (the partner's name, then the legal form). */
export const FIRM_TAIL_AFTER = /^,?[ \t]+(?:&|and)[ \t]+(?:(?:Co|Sons?|Daughters|Partners|Associates|Company)(?![\p{L}\p{N}])|\p{Lu}[\p{L}'’-]+,?[ \t]+(?:LLP|LLC|PLLC|Inc|Ltd|PLC|GmbH|Limited)(?![\p{L}\p{N}]))/u

/** Endings of one-word firms' names: banks and wallets ("Vietcombank", "Medibank", "GrabPay"). */
export const FIRM_SUFFIX = /.(?:bank|pay)$/
