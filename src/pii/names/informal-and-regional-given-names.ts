/**
 * Given names that neither the census list nor faker's locales hold: the short and pet forms English speakers
 * use for each other at work and at home ("Steph", "Kev", "Lachie", "Bex"), and frequent given names of the
 * Arab world, Turkey, Iran, Pakistan and Ireland written in the Latin alphabet (faker's Arabic, Persian and
 * Urdu lists are in their own scripts; its Turkish one is left out for its short words). From general
 * knowledge of naming, not from any test set. Like faker's names, those that are English words or places are
 * dropped when the lexicon loads.
 *
 * @module
 */

/** Short and pet forms of English given names ("mo" and "jonno" are left out: German's Monday and French's megabyte, Bengali's "for"). */
export const INFORMAL_GIVEN_NAMES: readonly string[] = [
  'steph', 'stevo', 'kev', 'kevvy', 'dom', 'domi', 'jono', 'johnno', 'lachie', 'lachy', 'benji', 'bex', 'becs', 'jaz', 'jas',
  'shaz', 'shazza', 'ros', 'rosie', 'gav', 'gaz', 'gazza', 'baz', 'bazza', 'daz', 'dazza', 'kaz', 'tez', 'tel', 'macca', 'robbo',
  'tommo', 'richo', 'smithy', 'davo', 'mick', 'mickey', 'mikey', 'micky', 'tash', 'tasha', 'soph', 'sophie', 'lizzie', 'lizzy',
  'becca', 'becky', 'chrissy', 'jen', 'jenny', 'jess', 'jessie', 'nat', 'abi', 'abbie', 'mel', 'mellie', 'ollie', 'olly', 'alfie',
  'archie', 'freddie', 'freddy', 'robbie', 'jamie', 'nige', 'trev', 'pete', 'paddy', 'bernie', 'geoff', 'gerry', 'vinnie', 'tony',
  'mandy', 'sandy', 'cath', 'kath', 'kathy', 'cathy', 'tina', 'nicky', 'nikki', 'vicky', 'vikki', 'jacqui', 'jackie', 'deb', 'debs',
  'lou', 'loulou', 'bev', 'val', 'sue', 'suzy', 'suze', 'jo', 'jojo', 'mags', 'meg', 'maggie', 'georgie', 'izzy', 'issy',
  'immy', 'evie', 'ellie', 'millie', 'tilly', 'hattie', 'poppy', 'frankie', 'charlie', 'sammy', 'danny', 'andy', 'ben', 'benny',
  'matty', 'matt', 'nick', 'rich', 'rick', 'ricky', 'rob', 'bobby', 'tom', 'tommy', 'jonny', 'johnny', 'jimmy', 'jim', 'bill',
  'billy', 'will', 'wills', 'ed', 'eddie', 'teddy', 'ted', 'alex', 'lexi', 'zac', 'zach', 'josh', 'jake', 'jay', 'sam', 'tim',
  'timmy', 'chris', 'kit', 'kat', 'katie', 'kate', 'liz', 'bella', 'ella', 'ali', 'al', 'fi', 'fee', 'flick', 'pip', 'pippa',
  'nell', 'nellie', 'bea', 'trish', 'tricia', 'pat', 'patsy', 'dot', 'dottie', 'peggy', 'bet', 'betty', 'babs', 'clem', 'reenie',
]

/** Frequent given names of the Arab world, Turkey, Iran and Pakistan in the Latin alphabet, with their common spellings. */
export const ARABIC_TURKISH_PERSIAN_GIVEN_NAMES: readonly string[] = [
  // men
  'abdullah', 'abdallah', 'abdulaziz', 'abdulrahman', 'abdelrahman', 'abdulla', 'abdul', 'adel', 'adil', 'ahmed', 'ahmad',
  'ammar', 'anas', 'ashraf', 'ayman', 'bader', 'badr', 'bandar', 'basel', 'basil', 'bassam', 'bilal', 'fadi', 'fahad', 'fahd',
  'faisal', 'faris', 'fares', 'fawaz', 'ghassan', 'hamad', 'hamdan', 'hamid', 'hamza', 'hani', 'haitham', 'hatem', 'hisham',
  'hussam', 'ibrahim', 'imad', 'issa', 'jaber', 'jamal', 'jassim', 'kareem', 'karim', 'khaled', 'khalid', 'khalil', 'laith',
  'mahmoud', 'majed', 'majid', 'mamdouh', 'mansour', 'marwan', 'mazen', 'moataz', 'mohannad', 'mohanad', 'mostafa', 'mustafa',
  'muhannad', 'murad', 'nabil', 'nader', 'nasser', 'nasir', 'nawaf', 'nizar', 'obaid', 'omar', 'osama', 'usama', 'qasim',
  'qassim', 'raed', 'rami', 'rashid', 'rashed', 'riyad', 'saad', 'saeed', 'said', 'saleh', 'salem', 'salman', 'sameh', 'sami',
  'samer', 'saud', 'shadi', 'sultan', 'talal', 'tamer', 'tarek', 'tareq', 'tariq', 'turki', 'wael', 'waleed', 'walid', 'yaser',
  'yasser', 'yousef', 'youssef', 'yusuf', 'zaid', 'zayed', 'zakaria', 'ziad', 'ziyad',
  // women
  'afnan', 'aisha', 'aysha', 'alanoud', 'amal', 'amira', 'asma', 'dalal', 'dalia', 'dina', 'eman', 'iman', 'farah', 'fatima',
  'fatma', 'ghada', 'ghadeer', 'hala', 'hanan', 'haya', 'hessa', 'hind', 'huda', 'jumana', 'lama', 'lamia', 'layla', 'leila',
  'lina', 'maha', 'manal', 'maryam', 'mariam', 'mashael', 'mona', 'muna', 'munira', 'nada', 'najla', 'najwa', 'nawal', 'noor',
  'nour', 'noura', 'nouf', 'rania', 'rasha', 'reem', 'ruba', 'rawan', 'sahar', 'salma', 'samar', 'shahd', 'shaima', 'shaikha',
  'sondos', 'suad', 'suha', 'tahani', 'wafa', 'wijdan', 'yara', 'zahra', 'zeina', 'zainab', 'hoda', 'heba', 'doaa', 'nesreen',
  'nisreen', 'ola', 'rehab', 'sawsan', 'shereen', 'sherine', 'soha', 'walaa',
  // Turkish
  'ayşe', 'ayse', 'emine', 'hatice', 'zeynep', 'elif', 'merve', 'büşra', 'busra', 'esra', 'özge', 'ozge', 'selin', 'ebru', 'gamze',
  'tuğba', 'tugba', 'derya', 'gizem', 'pınar', 'pinar', 'sevgi', 'songül', 'yasemin', 'burak', 'emre', 'murat', 'mert', 'kerem',
  'onur', 'serkan', 'volkan', 'hakan', 'oğuz', 'oguz', 'barış', 'baris', 'tolga', 'umut', 'cem', 'kaan', 'berk', 'furkan',
  'gökhan', 'gokhan', 'erkan', 'ercan', 'ömer', 'omer', 'selim', 'sinan', 'taner', 'uğur', 'ugur', 'yiğit', 'yigit', 'çağla',
  // Persian and Pakistani
  'arash', 'babak', 'behnam', 'dariush', 'farhad', 'farid', 'kamran', 'kaveh', 'mehdi', 'mohsen', 'navid', 'omid', 'payam',
  'reza', 'saeid', 'shahram', 'siavash', 'parisa', 'maryam', 'mahsa', 'nasrin', 'shirin', 'soraya', 'azadeh', 'golnaz', 'leyla',
  'asif', 'imran', 'irfan', 'junaid', 'kashif', 'naveed', 'rizwan', 'salman', 'shahid', 'shoaib', 'tahir', 'usman', 'waqas',
  'zeeshan', 'faraz', 'sana', 'saima', 'nazia', 'rabia', 'sadia', 'hina', 'mehwish', 'amna', 'ayesha', 'iqra', 'mahnoor',
]

/** Frequent Irish given names in their Irish spellings. */
export const IRISH_GIVEN_NAMES: readonly string[] = [
  'aoife', 'aisling', 'caoimhe', 'ciara', 'clodagh', 'deirdre', 'eimear', 'fionnuala', 'gráinne', 'grainne', 'niamh', 'orlaith',
  'órlaith', 'róisín', 'roisin', 'saoirse', 'sinéad', 'sinead', 'siobhán', 'siobhan', 'áine', 'aine', 'méabh', 'meabh', 'bríd',
  'brid', 'cathal', 'cian', 'colm', 'darragh', 'diarmuid', 'dónal', 'donal', 'eoin', 'fergal', 'oisín', 'oisin', 'pádraig',
  'padraig', 'ruairí', 'ruairi', 'tadhg', 'seán', 'cormac', 'fiachra', 'lorcan', 'senan', 'odhrán', 'odhran',
]

/**
 * Frequent given names of Kazakhstan, Kyrgyzstan, Uzbekistan and Tatarstan, and of Israel, which faker's Russian and
 * Ukrainian lists leave out: in Cyrillic (the script they are written in there) and in their Latin spellings.
 */
export const CENTRAL_ASIAN_AND_HEBREW_GIVEN_NAMES_CYRILLIC: readonly string[] = [
  // women
  'айгуль', 'айгерим', 'айжан', 'аружан', 'асель', 'асем', 'алия', 'айнур', 'гульнара', 'гульмира', 'гульжан', 'гульназ', 'динара',
  'жанар', 'жулдыз', 'мадина', 'сауле', 'камила', 'назира', 'зарина', 'малика', 'индира', 'карлыгаш', 'лейла', 'эльмира', 'альфия',
  'айсулу', 'акмарал', 'балжан', 'дильназ', 'нургуль', 'шолпан', 'томирис', 'гузель', 'ляйсан', 'фарида', 'зульфия', 'нигора',
  // men
  'айдар', 'аскар', 'арман', 'асхат', 'бауыржан', 'болат', 'данияр', 'дархан', 'даурен', 'ерлан', 'ержан', 'ербол', 'жандос', 'марат',
  'нурлан', 'нурсултан', 'рустам', 'серик', 'азамат', 'алмас', 'бахыт', 'ильдар', 'ринат', 'равиль', 'шамиль', 'аслан', 'алибек',
  'бекзат', 'ильяс', 'кайрат', 'канат', 'нуржан', 'нурбек', 'азат', 'жасулан', 'алихан', 'рашид', 'санжар', 'темирлан', 'ерасыл',
  'улугбек', 'шерзод', 'фаррух', 'бобур', 'жахонгир', 'отабек', 'акмаль', 'анвар', 'нодир', 'дамир', 'айбек', 'тимур',
  // Israel's
  'ноа', 'рон', 'алона', 'авраам', 'ицхак', 'яаков', 'моше', 'шломо', 'ариэль', 'тамар', 'шира', 'михаль', 'яэль', 'авиталь', 'орли',
  'лиор', 'идо', 'омер', 'амит', 'нир', 'рахель', 'хана', 'эстер', 'фрида', 'голда', 'двора', 'мириам', 'лея', 'ривка', 'хаим',
  'мордехай', 'менахем', 'шмуэль', 'биньямин', 'йосеф', 'элиэзер', 'авигайль', 'эфрат', 'хадас', 'нетанель', 'эйтан', 'йонатан',
]

/** The same names' Latin spellings (Kazakh and Uzbek passports', and English usage). */
export const CENTRAL_ASIAN_GIVEN_NAMES: readonly string[] = [
  'aigul', 'aigerim', 'aizhan', 'aruzhan', 'assel', 'asel', 'asem', 'aliya', 'ainur', 'gulnara', 'gulmira', 'gulzhan', 'dinara',
  'zhanar', 'zhuldyz', 'saule', 'nazira', 'zarina', 'malika', 'indira', 'elmira', 'alfiya', 'aisulu', 'akmaral', 'balzhan', 'nurgul',
  'sholpan', 'tomiris', 'guzel', 'laysan', 'zulfiya', 'nigora', 'aidar', 'askar', 'arman', 'askhat', 'baurzhan', 'bauyrzhan', 'bolat',
  'daniyar', 'darkhan', 'dauren', 'yerlan', 'erlan', 'yerzhan', 'erzhan', 'yerbol', 'erbol', 'zhandos', 'nurlan', 'nursultan',
  'rustam', 'serik', 'azamat', 'almas', 'bakhyt', 'ildar', 'rinat', 'ravil', 'shamil', 'alibek', 'bekzat', 'kairat', 'kanat',
  'nurzhan', 'nurbek', 'zhasulan', 'alikhan', 'sanzhar', 'temirlan', 'yerasyl', 'ulugbek', 'sherzod', 'farrukh', 'bobur',
  'jahongir', 'otabek', 'akmal', 'nodir', 'aibek',
]
