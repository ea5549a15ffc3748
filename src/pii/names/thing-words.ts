/**
 * Words that make a name-like word a thing, a date or an animal rather than a person: eponyms, holidays,
 * awards, months and weekdays, pets and prayers.
 *
 * @module
 */

/**
 * After a name: ", my cocker spaniel.", ", a 70 lb golden retriever.", " (labrador)", ", our cat,", "the cat
 * knocked ..." (the noun, ending the phrase or right after "the", is checked against ANIMAL_WORDS).
 */
export const ANIMAL_APPOSITION = /^(?:,? (?:my|our|his|her|their|the|a|an) (?:[A-Za-z0-9-]+ ){0,3}([A-Za-z]+)(?=\s*(?:[.,;:!?)]|$))| \(([A-Za-z]+)\b| (?:is|was) (?:a|an|my|our|his|her|their) (?:[A-Za-z-]+ ){0,2}([A-Za-z]+)\b| the ([A-Za-z]+)\b)/
/** Seasons and months that are given names too: as labels they head a schedule ("May: ...", "Summer: ..."). */
export const SEASONS_AND_MONTHS = new Set(['may', 'june', 'april', 'august', 'summer', 'autumn', 'winter', 'spring'])
/** Months that are also given names. */
export const MONTHS_AS_NAMES = new Set(['may', 'june', 'april', 'august', 'jan'])
/** Words before a month that make it a date ("by june", "last april", "the end of august"). */
export const DATING_WORDS = new Set(['by', 'in', 'since', 'until', 'till', 'during', 'before', 'after', 'last', 'next', 'early', 'late', 'mid', 'through', 'of', 'this', 'every'])
/** Ordinal words that follow a month in a date ("may the fifth", "june twelfth"). */
export const DAY_ORDINALS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'thirtieth', 'twenty', 'thirty', '1st', '2nd', '3rd',
])
/** Words of a text about an animal, whose name is then no person's. */
export const ANIMAL_TALK = /\b(?:vet|vets|veterinary|veterinarian|pet|pets|dog|dogs|cat|cats|puppy|kitten|breed|spayed|neutered|flea|fleas|paw|paws|kennel|kennels|rehoming|rehomed|microchip|microchipped|microchipping|neutering|spay)\b/i
/** Verbs of taking an animal in ("adopting Luna", "rehome Max"), read so only where a text talks about animals. */
export const ADOPTING = new Set(['adopt', 'adopting', 'adopted', 'rehome', 'rehoming', 'rehomed', 'fostering'])
/** The words right before an animal's name that \`animalNamed\` reads on from. */
export const ANIMAL_LEADS = new Set(['called', 'named', 'like', 'for', ...ADOPTING])
/** A prayer's first word before its addressee ("Hail Mary", "Salve Regina", "Ave Maria"). */
export const PRAYER_OPENINGS = new Set(['hail', 'salve', 'ave'])
/** Words that make "name" part of a compound noun ("the last name field", "a name tag"), not a name's cue. */
export const NAME_COMPOUNDS = new Set([
  'field', 'fields', 'tag', 'tags', 'badge', 'card', 'cards', 'plate', 'change', 'changes', 'brand', 'box', 'column',
  'line', 'format', 'search', 'list', 'check', 'recognition', 'server', 'space', 'lookup', 'entry', 'mismatch', 'order',
])
/** Words before "name" that make it the name of a thing ("user name is", "plan name is"), not a person's. */
export const THING_NAMES = new Set([
  'user', 'login', 'account', 'file', 'plan', 'company', 'business', 'product', 'device', 'network', 'wifi', 'host',
  'domain', 'screen', 'display', 'brand', 'model', 'project', 'folder', 'street', 'pet', "pet's", 'dog', "dog's", 'cat',
  "cat's", 'app', 'server', 'computer', 'router', 'team', 'store', 'shop', 'package', 'program', 'course', 'channel',
  'group', 'band', 'song', 'book', 'movie', 'ship', 'boat', 'road', 'town', 'city', 'school', 'hotel', 'restaurant',
  'month', 'day', 'week', 'year', 'variable', 'table', 'column', 'field', 'database', 'printer', 'color', 'colour', 'font',
])

/** India's festivals named after a person or a god, by their last word ("Gandhi Jayanti", "Ganesh Chaturthi", "Buddha Purnima"). */
export const FESTIVAL_WORDS: readonly string[] = ['Jayanti', 'Chaturthi', 'Purnima', 'Navami', 'Ashtami']
/** A holiday named after a person or a place ("Martin Luther King Jr. Day", "Waitangi Day", "Guy Fawkes Night", "Gandhi Jayanti"). */
export const HOLIDAY_AFTER = new RegExp(`^\\.?(?:,?[ \\t]+Jr\\.?)?(?:'s)?[ \\t]+(?:Day|Night|${FESTIVAL_WORDS.join('|')})\\b`)
/** A place named after someone with a "Jr." ("Martin Luther King Jr. Boulevard"): the word after it. */
export const JUNIOR_THEN = /^(?:,?\s+(?:Jr|Sr|Junior|junior|jr))?\.?\s+(\p{L}+)/u
/** A law, a theorem or a disease named after someone ("Newton's laws", "Parkinson's disease"). */
export const EPONYM_AFTER = /^['\u2019]s[ \t]+(?:(?:and|or)[ \t]+\p{Lu}\p{L}+['\u2019]s[ \t]+)?(?:(?:first|second|third|fourth|fifth|last|famous|general|special)[ \t]+)?(?:law|laws|theorem|principle|equation|constant|paradox|disease|syndrome|palsy|sarcoma|lymphoma|comet|razor|rule|rules|sign|signs|reflex|maneuver|manoeuvre|nodes|triad|phenomenon|fracture|cyst|oesophagus|esophagus|contracture|ulcer)\b/u
/**
 * A scale, a warning, a manoeuvre or an operation named after someone ("Glasgow Coma Scale", "Miranda warning", "Ivor Lewis
 * oesophagectomy"), on the name's line (a form's next field, "Procedure: ...", is no part of it; nor in the patterns around).
 */
export const EPONYM_THING_AFTER = /^[ \t]+(?:scale|warning|criteria|classification|manoeuvre|maneuver|procedure|reflex|syndrome|sign|score|fracture|palsy|[a-z]*(?:ectomy|otomy|ostomy|plasty))\b/i
/** A trophy, an award or a prize named after someone ("Stanley Cup", "Tony Awards", "Pulitzer Prize"). */
export const AWARD_AFTER = /^[ \t]+(?:Cup|Awards?|Prize|Prizes|Trophy|Medal|Lecture|Scholarship|Fellowship)\b/
/** Diseases said by their discoverer's name alone ("Parkinson's and Alzheimer's research"). */
export const DISEASE_EPONYMS = new Set(['parkinson', 'alzheimer', 'huntington', 'crohn', 'asperger', 'hodgkin', 'tourette', 'raynaud', 'addison', 'cushing', 'graves'])
/** A colour named after a word that is a name too ("Hunter green", "Rose gold", "Kelly green"). */
export const COLOUR_AFTER = /^[ \t]+(?:green|gold|pink|red|blue|grey|gray|silver|purple|yellow|brown|beige|navy)\b/

/** Weekdays' and months' short names, which are names too ("Jan", "Sun", "Dec") or read as them. */
export const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'])
export const DATE_ABBREVIATIONS = new Set([...WEEKDAY_ABBREVIATIONS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])

/**
 * Dishes and drinks named after someone, as two lower-case words ("Eggs Benedict", "a Shirley Temple",
 * "two Beef Wellingtons"): the name in them is the dish's (a plural's "s" is dropped before the look-up).
 */
export const DISH_NAMES: ReadonlySet<string> = new Set([
  'eggs benedict', 'beef wellington', 'mushroom wellington', 'salmon wellington', 'vegan wellington', 'veggie wellington',
  'beef stroganoff', 'chicken stroganoff', 'mushroom stroganoff', 'peach melba', 'crêpes suzette', 'crepes suzette',
  'crêpe suzette', 'crepe suzette', 'oysters rockefeller', 'bananas foster', 'victoria sponge', 'shirley temple',
  'roy rogers', 'arnold palmer', 'tom collins', 'john collins', 'bloody mary', 'earl grey', 'lady grey', 'apple charlotte',
  'caesar salad', 'waldorf salad', 'cobb salad', 'pizza margherita', 'margherita pizza',
  // Italian and American restaurants' named sauces and styles, and an ice cream named after a musician
  'fettuccine alfredo', 'fettucine alfredo', 'chicken alfredo', 'shrimp alfredo', 'penne alfredo', 'pasta alfredo',
  'eggs florentine', 'chicken florentine', 'spinach florentine', 'salmon florentine', 'quattro formaggi', 'pizza diavola',
  'cherry garcia', 'chicken marsala', 'veal marsala', 'chicken francese', 'chicken piccata', 'lobster thermidor',
])
/**
 * Pizzas named by a word that is a given name too ("a large Margherita", "2x Margherita", "one Diavola"): a dish after
 * a size, a count or an article.
 */
export const PIZZA_NAMES: ReadonlySet<string> = new Set(['margherita', 'margheritas', 'diavola', 'capricciosa', 'regina', 'marinara'])
/** Words right before a pizza that order it: a size, a count, an article. */
export const ORDERING_WORDS: ReadonlySet<string> = new Set(['a', 'one', 'two', 'three', 'four', 'the', 'large', 'medium', 'small', 'regular', 'family', 'extra', 'another', 'vegan', 'gluten-free'])
/** Every word of a dish's or a drink's name (a quick test before the pairs are built). */
export const DISH_WORDS: ReadonlySet<string> = new Set([...DISH_NAMES].flatMap((d) => d.split(' ')))
/** Machines and things people name, before "called" or "named" ("the box called kevin", "an AP named Gandalf"). */
const MACHINE_NOUNS: ReadonlySet<string> = new Set([
  'box', 'bot', 'host', 'machine', 'vm', 'node', 'ap', 'laptop', 'cluster', 'switch', 'workstation', 'instance', 'container',
  'repo', 'repository', 'branch', 'job', 'pipeline', 'service', 'queue', 'bucket', 'script', 'robot', 'drone', 'car', 'truck',
  'van', 'bike', 'ship', 'boat', 'yacht', 'plane', 'horse', 'shop', 'cafe', 'pub', 'bar', 'room',
])
/**
 * Nouns whose "called"/"named" names a thing: the machines above and the things a name may be of
 * (`THING_NAMES`), but not a user ("a user called John Smith" is a person).
 */
export const CALLED_THINGS: ReadonlySet<string> = new Set([...MACHINE_NOUNS, ...[...THING_NAMES].filter((n) => n !== 'user')])
