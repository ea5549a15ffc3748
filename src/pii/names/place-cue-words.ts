/**
 * Words that make a capitalised word a place rather than a person: place and road nouns, landmarks, compass
 * words, moves to and from, numbered sites and place columns.
 *
 * @module
 */

/** Prepositions before a place, not a person, in "our office in Paris in sales". */
export const PLACE_BEFORE_DEPARTMENT = new Set(['in', 'at', 'near', 'around', 'outside', 'from', 'of'])
/** Nouns of places and branches that a city or region name, not a person, stands before ("our Austin office"). */
export const SITE_NOUNS = new Set([
  'office', 'offices', 'branch', 'branches', 'store', 'stores', 'warehouse', 'location', 'site', 'campus', 'headquarters',
  'hq', 'plant', 'factory', 'facility', 'depot', 'hub', 'area', 'region', 'district', 'suburbs', 'airport', 'clinic',
  'hospital', 'station', 'terminal', 'port', 'harbor', 'harbour', 'stadium', 'venue', 'services', 'room', 'rooms',
  'suite', 'wing', 'ward', 'lab', 'floor', 'fulfilment', 'fulfillment', 'distribution', 'regions', 'datacenter',
  'warehouses', 'locations', 'sites', 'plants', 'factories', 'facilities', 'depots', 'hubs', 'airports', 'clinics',
  'hospitals', 'stations', 'terminals', 'campuses', 'venues',
  // a firm's people ("Hello Sparkasse team")
  'team', 'department',
])

/** Prepositions of where something is: "in Grace Hall", "at Rose Park" name a place even when "Hall" and "Park" are frequent surnames. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'opposite', 'behind'])
/** Where a place goes rather than a person ("the shop in tyler said", "the flight from charlotte got in"). */
export const CHAT_PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'on', 'into', 'via', 'outside', 'around'])
/** The compass points that end a place's name ("Somerset West", "Cape Town North"). */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central'])
/** Words that make the capitalised word before them a place, not a person ("Jackson Avenue", "Rose Garden"). */
export const PLACE_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'way', 'court', 'ct',
  'place', 'pl', 'square', 'sq', 'terrace', 'crescent', 'close', 'highway', 'hwy', 'parkway', 'pkwy', 'park', 'garden',
  'gardens', 'plaza', 'station', 'airport', 'hospital', 'clinic', 'school', 'college', 'university', 'church',
  'cathedral', 'bridge', 'river', 'lake', 'mountain', 'mount', 'valley', 'beach', 'island', 'county', 'parish', 'borough', 'township', 'city', 'hall',
  'center', 'centre', 'tower', 'building', 'library', 'museum', 'stadium', 'arena', 'mall', 'hotel', 'inn', 'bank', 'house',
  // landscape and landmarks ("Victoria Falls", "Fisher Canyon", "Palm Springs")
  // a station in German-speaking towns ("Frankfurt Hbf")
  'hbf', 'bahnhof', 'hauptbahnhof',
  // ... and elsewhere, with airports' and trains' own words ("Roma Termini", "Milano Centrale", "George Bush
  // Intercontinental", "the Ethan Allen Express") and a gym or a building abbreviated ("the Jackie Robinson Gym", "Lovelace Bldg")
  'termini', 'centrale', 'centraal', 'intercontinental', 'terminal', 'express', 'gym', 'bldg', 'gare', 'intl', "int'l", 'int’l',
  'falls', 'canyon', 'creek', 'bay', 'harbor', 'harbour', 'springs', 'heights', 'hills', 'desert', 'peninsula',
  // waterfronts and palaces ("Lambton Quay", "Taj Mahal Palace")
  'quay', 'wharf', 'esplanade', 'promenade', 'embankment', 'palace',
  // a hospital's wards and a campus's lawns and quads ("the Faith Ward lift", "Sterling Quad lobby"), and Indian
  // localities ("Lakshmi Enclave, Anna Nagar", "Gandhi Colony")
  'ward', 'quad', 'lawn', 'lawns', 'enclave', 'nagar', 'colony',
  // ... and India's buildings, roads, squares, centres and railway termini ("Bhavishya Nidhi Bhawan", "Rajiv Gandhi Salai",
  // "Jawaharlal Nehru Marg", "Lokmanya Tilak Terminus", "Aadhaar Seva Kendra")
  'bhawan', 'bhavan', 'salai', 'marg', 'chowk', 'terminus', 'kendra', 'vihar', 'sadan', 'niwas', 'ganj', 'puram', 'maidan',
  // a headland or a district named so ("Nariman Point", "Hunters Point")
  'point',
  // houses known by a name ("Hope Cottage", "Ivy Grange", "Rose Villa")
  // apartment communities ("Sterling Ridge", "Beverly Oaks", "Savannah Pointe", "Harbourview Towers")
  'ridge', 'oaks', 'pointe', 'towers', 'commons', 'landing', 'crossing', 'apartments', 'residences', 'lofts', 'estates', 'village',
  'cottage', 'cottages', 'farm', 'farmhouse', 'manor', 'grange', 'villa', 'croft', 'rectory', 'vicarage', 'bungalow', 'chalet', 'mews',
  // events of a school's, a club's or a charity's year ("the Summer Ball", "our Autumn Raffle", "the Rose Bowl")
  'ball', 'fair', 'fete', 'fête', 'gala', 'raffle', 'festival', 'bowl', 'carnival', 'bazaar', 'jamboree', 'prom',
  // streets and open land that no frequent surname names ("Summer Row", "Bodmin Moor", "Lambeth Walk")
  'row', 'moor', 'moors', 'walk', 'grove', 'rise', 'parade', 'vale',
  'gulf', 'sea', 'ocean', 'islands', 'mountains', 'zoo', 'theater', 'theatre', 'market', 'hole',
  // a venue's rooms and houses named after someone ("the Churchill Room", "the Seve Ballesteros Suite", "the Sam Wanamaker Playhouse")
  'room', 'suite', 'playhouse', 'ballroom', 'lounge', 'pavilion', 'gallery', 'conservatory', 'orangery', 'auditorium', 'foyer',
  // organisations named after a person or a place ("Lincoln Elementary", "Baker Associates")
  'elementary', 'academy', 'institute', 'memorial', 'pharmacy', 'airlines', 'airways', 'insurance', 'financial',
  // schools, infirmaries and airports known by their founder's or town's name and one word ("Washington High",
  // "Jackson Prep", "Royal Victoria Infirmary", "Reagan National")
  'high', 'prep', 'preparatory', 'primary', 'secondary', 'grammar', 'infirmary', 'national', 'international',
  // institutions named after someone in the languages of their countries ("Goethe Institut", "Humboldt Universität")
  'institut', 'universität', 'universitat', 'université', 'universite', 'universidad', 'universidade', 'università',
  'hochschule', 'schule', 'gymnasium', 'akademie', 'stiftung',
  'motors', 'corporation', 'corp', 'inc', 'llc', 'ltd', 'company', 'foundation', 'trust', 'associates', 'partners',
  // ... and Ltd in Irish and in Welsh ("Gael Linn Teoranta", "Gwasg Gomer Cyf."; not "Teo", a surname)
  'teoranta', 'cyf', 'cyfyngedig',
  'industries', 'enterprises', 'restaurant', 'cafe', 'bakery', 'dental', 'medical', 'pediatrics',
  // firms named "<Name> <Business word>" ("Lumen Analytics", "Harper Logistics")
  'analytics', 'labs', 'systems', 'solutions', 'technologies', 'software', 'consulting', 'capital', 'ventures',
  'holdings', 'logistics', 'robotics', 'pharma', 'pharmaceuticals', 'therapeutics', 'studios', 'networks', 'dynamics',
  // hospitals' groups, laboratories and diagnostic chains named after a founder or a myth ("Apollo Hospitals",
  // "Chughtai Lab", "Metropolis Diagnostics", "Max Healthcare")
  'hospitals', 'lab', 'laboratory', 'laboratories', 'diagnostics', 'diagnostic', 'healthcare', 'polyclinic',
])
/** Place words of roads that are also frequent surnames: a street after "on" ("lives on Morgan Lane"). */
export const ROAD_WORDS = new Set(['lane', 'drive', 'way', 'court', 'place', 'close', 'terrace', 'crescent', 'park', 'hill'])
/** Place words that are a street whatever their rank as surnames ("Hope Street"; "Lane", "Park" and "Hall" are not). */
export const STREET_WORDS = new Set(['street', 'avenue', 'road', 'boulevard', 'highway', 'parkway'])
/** Place words no one carries as a surname, which end a landmark even in lower-case speech. */
export const LOWER_CASE_LANDMARKS = new Set([
  'street', 'avenue', 'boulevard', 'blvd', 'highway', 'parkway', 'expressway', 'freeway', 'airport', 'university',
  'hospital', 'memorial', 'elementary', 'stadium', 'cathedral', 'museum', 'tunnel',
])
/** Words that stand between a person's name and the landmark named after them ("gandhi international airport"). */
/** (... and the generation after a person's name: "martin luther king junior boulevard", "king jr drive") */
export const LANDMARK_QUALIFIERS = new Set(['international', 'national', 'regional', 'memorial', 'general', 'community', 'municipal', 'state', 'junior', 'jr', 'senior', 'sr'])
/** A street's name written as one word in Dutch, German, Scandinavian and other languages ("Beerninckstraat"). */
export const STREET_COMPOUND = /(?:straat|strasse|straße|steeg|weg|laan|gasse|plein|platz|gade|gatan|vägen|vej|veien|kade|singel|gracht)$/
/** A street's one-word name, longer than its street word by a name's stem ("Galenstraat"; not the surnames "Laan", "Steeg"). */
export const streetCompound = (w: string): boolean => {
  const m = STREET_COMPOUND.exec(w)
  return m !== null && m.index >= 3
}
/** Points of the compass that name a town's quarter after its name, in English and Dutch ("Jurong East", "Amsterdam Zuid"). */
export const COMPASS_QUARTERS = new Set(['east', 'west', 'north', 'south', 'central', 'zuid', 'noord', 'oost'])
/** First words of regions' names ("North Carolina", "New Jersey"). */
export const REGION_PREFIXES = new Set(['north', 'south', 'west', 'east', 'new', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'latin'])
/** Table columns that hold places ("warehouse", "city"): a given name in such a cell is a town. */
export const PLACE_COLUMNS = new Set([
  'warehouse', 'city', 'town', 'location', 'site', 'branch', 'office', 'region', 'state', 'country', 'destination',
  'origin', 'store', 'depot', 'venue', 'county', 'province', 'hub', 'facility', 'airport', 'station', 'campus',
])

/** US states' postal codes, as a town's address gives them ("Jackson MS"); not MD, DO, PA, which follow names as degrees and titles. */
export const US_STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MA',
  'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'RI', 'SC', 'SD', 'TN',
  'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
  // Canada's provinces and territories ("Victoria BC", "London, ON")
  'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT',
])
/** The second word of a region named "New ..." that is no region alone ("New Jersey", "New York", "New Brunswick"). */
export const REGION_TAILS = new Set(['jersey', 'york', 'hampshire', 'brunswick'])

/** Adverbs between a move and its "to" ("drove down to Austin"). */
export const DIRECTIONS = new Set(['down', 'up', 'over', 'back', 'out', 'home', 'across', 'north', 'south', 'east', 'west'])
/** The most items of a list of places read back to its locative. */
export const MAX_LIST_ITEMS = 6
/** Prepositions after which a lone capitalised name is where something is ("lives in Charlotte"). */
export const LOCATIVES = new Set(['in', 'into', 'near', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'throughout'])
/** Words before "to" that take someone somewhere ("flying to Austin"), unlike "gave it to" or "talked to". */
export const MOVES_TO = new Set([
  'fly', 'flying', 'flew', 'flown', 'move', 'moved', 'moving', 'go', 'going', 'went', 'gone', 'travel', 'traveling',
  'travelling', 'traveled', 'travelled', 'drive', 'drove', 'driving', 'driven', 'relocate', 'relocated', 'relocating',
  'head', 'heading', 'headed', 'return', 'returned', 'returning', 'trip', 'flight', 'ticket', 'tickets', 'vacation',
  'holiday', 'commute', 'commuting', 'way', 'connecting', 'connection', 'been', 'rebooked', 'delayed', 'diverted', 'departing',
  'bound', 'nonstop', 'layover', 'train', 'bus', 'shuttle', 'continuing', 'continue', 'continues', 'onward', 'arriving',
  'pilgrimage', 'pilgrims', 'excursion', 'outing',
  // a timetable's and a fare's way to a town ("departure to Austin at 15:20", "flights to Denver")
  'departure', 'departures', 'flights', 'fare', 'fares', 'nonstops',
  // where a login or an address is traced ("an IP address which geolocates to Dallas", "resolves to Austin")
  'geolocates', 'geolocated', 'geolocate', 'traced', 'traces', 'resolves', 'maps',
])
/**
 * Words before "through" that cross a place ("drove through Chelsea", "passing through Austin"),
 * unlike "went through Ashley", which may be asking a person.
 */
export const MOVES_THROUGH = new Set([
  'drive', 'drove', 'driving', 'driven', 'walk', 'walked', 'walking', 'fly', 'flew', 'flying', 'flown', 'pass', 'passed',
  'passing', 'travel', 'traveled', 'travelled', 'traveling', 'travelling', 'ride', 'rode', 'riding', 'cycled', 'cycling',
  'hiked', 'hiking', 'sailed', 'sailing', 'route', 'routed', 'detour', 'connect', 'connects', 'connected', 'connecting',
  'transit', 'transiting', 'layover', 'stopover',
])
/**
 * Words before "from" that say where someone comes from ("moved from Sydney", "I'm from Dallas"),
 * unlike "a call from", "it is from", "heard back from" or "stay away from", which name people.
 */
export const COMES_FROM = new Set([
  'train', 'trains', 'bus', 'flight', 'flights', 'ferry', 'coach', 'shuttle', 'drive', 'route', 'miles', 'km',
  'moved', 'move', 'moving', 'came', 'come', 'comes', 'coming', 'flew', 'flying', 'fly', 'drove', 'driving',
  'relocated', 'relocating', 'originally', 'am', 'are', "i'm", 'im', "we're", "they're", "he's", "she's", 'calling',
  'traveling', 'travelling', 'traveled', 'travelled', 'returned', 'returning',
  // "we're going from Paris to Lyon", "the trip from Leeds"
  'going', 'go', 'went', 'heading', 'headed', 'trip', 'journey', 'travel', 'ticket', 'tickets', 'transfer',
])

/** Journeys and moves whose start is said after "from", however many words it takes ("a flight from Houston Hobby"). */
export const TRAVELS_FROM = new Set([
  'flight', 'flights', 'train', 'trains', 'bus', 'buses', 'ferry', 'coach', 'shuttle', 'fly', 'flying', 'flew', 'drove', 'driving',
  'drive', 'moved', 'move', 'moving', 'relocated', 'relocating', 'route', 'transfer', 'departing', 'travelling', 'traveling',
])
/** Words before "in" that put someone in a place, in lower-case speech too ("i actually live in denver"). */
export const LIVES_IN = new Set(['live', 'lives', 'living', 'lived', 'based', 'located', 'settled', 'staying', 'stays', 'stayed', 'grew', 'raised', 'born'])
/** Words before "to" that take someone to live or work somewhere, in lower-case speech too ("she's just moved to savannah"). */
export const MOVED_TO = new Set(['moved', 'moving', 'relocated', 'relocating', 'fly', 'flying', 'flew', 'flight', 'drove', 'driving', 'commute', 'commuting'])

/** Capitalised words that make the first name after them part of a place ("San Diego", "Saint Louis", "Fort Worth") or a storm ("Hurricane Katrina"). */
export const PLACE_PREFIXES = new Set([
  'hurricane', 'typhoon', 'cyclone', 'storm', 'new', 'san', 'santa', 'santo', 'sao', 'são', 'saint', 'st', 'ste', 'los', 'las',
  'fort', 'port', 'mount', 'lake', 'el', 'vila',
  // rooms named after places or people ("Room Victoria", "Meeting Room Florence")
  'room',
  // streets and squares abroad ("Rua Augusta", "Calle Mayor", "Via Roma")
  'rua', 'rue', 'calle', 'avenida', 'avenue', 'via', 'piazza', 'praça', 'plaza', 'plac', 'ulica',
  // hotels named after a place or a person ("Hotel Bristol", "Hotel Gracery Shinjuku")
  'hotel', 'hostel', 'motel', 'resort',
  // schools, halls of residence and nurseries named after someone abroad ("Lycée Victor Hugo", "Résidence Jean
  // Moulin", "Colegio San José", "Ysgol Bro Taf")
  'lycée', 'lycee', 'collège', 'école', 'ecole', 'résidence', 'crèche', 'creche', 'escuela', 'colegio', 'instituto', 'liceo',
  'scuola', 'ysgol', 'hôpital', 'hopital', 'universidad', 'université', 'universität',
  // stations and buildings abroad ("Gare du Nord", "Gare de Lyon", "Edificio Benito Juárez", "Estación Atocha")
  'gare', 'edificio', 'estación', 'estacion', 'stazione', 'bahnhof',
  // clinics and sanatoria abroad ("Clínica San Rafael", "Sanatorio Güemes")
  'clínica', 'clinica', 'policlínica', 'policlinica', 'sanatorio', 'hospital',
  // airports, avenues, parks, stadiums and theatres abroad, named after someone ("Aeroparque Jorge Newbery", "Aeropuerto
  // Internacional Jorge Chávez", "Aéroport Charles de Gaulle", "Av. Brigadeiro Faria Lima", "Estadio Azteca")
  'aeropuerto', 'aeroporto', 'aéroport', 'aeroport', 'aeroparque', 'internacional', 'av', 'avda', 'alameda', 'paseo', 'parque',
  'estação', 'estacao', 'estadio', 'estádio', 'teatro', 'museo', 'museu', 'puente', 'ponte', 'allée', 'quai', 'brigadeiro',
  // banks, insurers and groups named after a person or a place, their word first ("Banco Azteca", "Caixa Geral", "Bank
  // Mandiri", "Seguros Bolívar", "Grupo Bimbo")
  'banco', 'banca', 'caixa', 'caja', 'bank', 'seguros', 'grupo', 'financiera', 'cooperativa',
  // streets, stations, mosques and estates in Malaysia, Indonesia, Thailand and Vietnam ("Jalan Tun Razak", "Jl. Gatot
  // Subroto", "Lebuh Chulia", "Stasiun Gambir", "Masjid Jamek", "Kompleks Sultan Abdul Samad", "Soi Sukhumvit", "Đường Lê Lợi")
  'jalan', 'jln', 'jl', 'lebuh', 'lorong', 'persiaran', 'lebuhraya', 'stasiun', 'masjid', 'kompleks', 'taman', 'kampung',
  'soi', 'thanon', 'đường', 'duong', 'phố', 'pho',
  // ... and in Poland and Romania ("ulicy Jana Pawła II", "aleja Marszałka Piłsudskiego", "Szpital im. Mikołaja Kopernika",
  // "Strada Mihai Eminescu", "Bulevardul Nicolae Bălcescu", "Aeroportul Henri Coandă", "Universitatea Alexandru Ioan Cuza")
  'ulicy', 'ul', 'aleja', 'alei', 'alejach', 'placu', 'osiedle', 'rondo', 'szpital', 'szpitala', 'imienia',
  'strada', 'str', 'bulevardul', 'bd', 'bdul', 'calea', 'piața', 'piata', 'șoseaua', 'soseaua', 'aeroportul', 'universitatea',
  'spitalul', 'farmacia',
  // ... and in Wales, Ireland and the Gàidhealtachd ("Ysbyty Gwynedd", "Meddygfa Bodnant", "Cyngor Ceredigion", "Comhairle nan
  // Eilean Siar", "Páirc Uí Chaoimh", "Gaelscoil Mhic Amhlaigh", "Sgoil Ghàidhlig Ghlaschu", "Heol Dewi Sant")
  'ysbyty', 'meddygfa', 'cyngor', 'prifysgol', 'coleg', 'pwyllgor', 'cymdeithas', 'capel', 'eglwys', 'neuadd', 'gwasg',
  'canolfan', 'amgueddfa', 'llyfrgell', 'theatr', 'stryd', 'heol', 'ffordd', 'bwrdd', 'fwrdd', 'cylch', 'sioe', 'gorsaf',
  'comhairle', 'ospidéal', 'ospideal', 'scoil', 'gaelscoil', 'gaelcholáiste', 'coláiste', 'ollscoil', 'cumann', 'páirc', 'pairc',
  'leabharlann', 'sráid', 'sraid', 'bóthar', 'bothar', 'ionad', 'eaglais', 'séipéal', 'iarnród', 'stáisiún',
  'sgoil', 'ospadal', 'oilthigh', 'colaiste', 'sràid', 'rathad', 'taigh',
  // garages abroad, their word first ("Autobedrijf De Molen", "Autohaus Schmidt", "Garage Dupont", "Taller Martínez")
  'autobedrijf', 'autohaus', 'autowerkstatt', 'garage', 'taller', 'officina', 'autofficina',
])

/** What a building named after someone is ("Tagore Hall", "Ramanujan Block", "Fleming House"). */
export const BUILDING_WORDS = new Set(['hall', 'halls', 'block', 'house', 'building', 'tower', 'court', 'lodge', 'centre', 'center', 'annex', 'annexe', 'pavilion', 'residence', 'wing'])
/** A room, a floor or a wing of a building after its name ("Tagore Hall, room 1.19", "Brunel Hall - block C"). */
export const ROOM_AFTER = /^(?:,|[ \t]+[-–])?[ \t]+(?:room|rm|block|floor|wing|suite|flat)[ \t]+[A-Za-z]?\d|^(?:,|[ \t]+[-–])?[ \t]+(?:block|wing)[ \t]+[A-Z]\b/
/** Institutions and places named "of" a place ("University of Victoria", "Bank of Ireland", "Port of Houston"). */
export const OF_PLACE_HEADS = new Set([
  'university', 'college', 'bank', 'city', 'town', 'county', 'state', 'province', 'republic', 'kingdom', 'port', 'museum',
  'diocese', 'archdiocese', 'district', 'borough', 'isle', 'gulf', 'bay', 'lake', 'duchy',
  // where in a town ("the north side of Madison", "the outskirts of Charlotte", "just south of Austin")
  'side', 'outskirts', 'suburbs', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'downtown',
])
/** Prepositions before a place's name in speech ("born in santa clara", "flying to san jose"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'at', 'into', 'outside', 'around', 'via'])
/** Numbered services that go to places ("flight 1208 to Madison"). */
export const SERVICES = new Set(['flight', 'flights', 'train', 'trains', 'bus', 'buses', 'coach', 'ferry', 'shuttle', 'service'])

/** Nouns of numbered places in a building ("ward twelve", "Room 4", "bed 3"): Ward, Bay and Wing are surnames too. */
export const NUMBER_WORDS_AFTER_SITE: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty'])
export const NUMBERED_SITES: ReadonlySet<string> = new Set(['ward', 'room', 'bed', 'bay', 'gate', 'level', 'floor', 'wing', 'unit', 'suite', 'platform', 'cubicle'])

/** An airport's code in brackets right after a word ("Austin (AUS)"). */
export const AIRPORT_CODE_AFTER = /^ \([A-Z]{3}\)/

/** Titles of royals, saints and knights, whose holders name schools, halls and hospitals ("Sir John Cass School"). */
export const HONOUR_TITLES: ReadonlySet<string> = new Set(['queen', 'king', 'prince', 'princess', 'saint', 'st', 'sir', 'dame', 'lady', 'lord'])
/** The last characters of a route's arrows. */
export const ARROW_END: ReadonlySet<string> = new Set(['→', '>', '➝', '➔'])
/** A route's arrow after its start, right before a word ("Hanoi → ", "LHR -> "): the start captured. */
export const ROUTE_ARROW = /(\p{L}+)(?: \([A-Z]{3}\))?[ \t]*(?:→|->|=>|–>|—>|➝|➔)[ \t]*$/u
/** Verbs of leaving a place, right before it ("departing Sydney", "departs Heathrow at 9"). */
/** Airports known by one word, a route's end as a city is ("Victoria to Gatwick", "Heathrow to Dulles"). */
export const AIRPORTS: ReadonlySet<string> = new Set([
  'heathrow', 'gatwick', 'stansted', 'luton', 'jfk', 'lax', 'dulles', 'schiphol', 'changi', 'logan', 'newark', 'laguardia', 'midway',
  'narita', 'haneda', 'incheon', 'dxb',
])
export const DEPARTS: ReadonlySet<string> = new Set(['departing', 'departs', 'departed', 'depart'])
/** What a country asks of a visitor, before "for" or "to" and the country ("a visa for Jordan"). */
export const ENTRY_PAPERS: ReadonlySet<string> = new Set(['visa', 'visas', 'evisa', 'e-visa', 'eta', 'esta', 'permit'])
/** A departure named by its clock time before "to" and its town ("the 6:10 to Denver", "the 7 pm to Leeds"). */
export const TIMED_DEPARTURE = /\bthe[ \t]+(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?)(?:[ \t]+(?:flight|train|bus|coach|ferry|shuttle|departure|service))?[ \t]+$/i
/** Where two streets meet, named before them ("the corner of Washington and Adams", "the junction of King and Bay"). */
export const CROSSING_NOUNS: ReadonlySet<string> = new Set(['corner', 'intersection', 'junction', 'crossing', 'crossroads'])
/** A road's noun before "between" its two cross streets ("Washington Street between Hamilton and Jackson"). */
export const ROAD_NOUNS: ReadonlySet<string> = new Set([
  ...STREET_WORDS, 'st', 'rd', 'ave', 'blvd', 'hwy', 'lane', 'drive', 'way', 'pkwy', 'pike', 'route', 'motorway', 'freeway',
  'expressway', 'turnpike',
])
/** Words that say what kind of site a site noun is ("conference room", "sorting office", "distribution centre"). */
export const SITE_MODIFIERS: ReadonlySet<string> = new Set([
  'meeting', 'conference', 'board', 'training', 'break', 'server', 'sorting', 'distribution', 'fulfilment', 'fulfillment',
  'regional', 'head', 'main', 'sales', 'call', 'data', 'service', 'medical', 'dental', 'community', 'shopping', 'retail',
  // "Summer Lane industrial estate", "Kingsway business park"
  'industrial', 'business', 'trading', 'science', 'technology',
])
