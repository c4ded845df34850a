/**
 * People: common given names across the languages political news names people in (a feature
 * for the tagger: "Rustem ..." is a person), name particles ("von der", "De"), and public
 * figures of the 2025 Ukraine talks and European politics (public facts), lower-case.
 */
export const GIVEN_NAMES: readonly string[] = [
  'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'steve', 'paul', 'andrew',
  'joshua', 'kenneth', 'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan',
  'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin',
  'samuel', 'gregory', 'frank', 'alexander', 'raymond', 'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron',
  'jose', 'adam', 'henry', 'nathan', 'douglas', 'zachary', 'peter', 'kyle', 'walter', 'ethan', 'jeremy',
  'harold', 'keith', 'christian', 'roger', 'noah', 'gerald', 'carl', 'terry', 'sean', 'austin', 'arthur',
  'lawrence', 'jesse', 'dylan', 'bryan', 'joe', 'jordan', 'billy', 'bruce', 'albert', 'willie', 'gabriel',
  'logan', 'alan', 'juan', 'wayne', 'roy', 'ralph', 'randy', 'eugene', 'vincent', 'russell', 'elijah', 'louis',
  'bobby', 'philip', 'johnny', 'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan',
  'jessica', 'sarah', 'karen', 'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily',
  'donna', 'michelle', 'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon',
  'laura', 'cynthia', 'kathleen', 'amy', 'shirley', 'angela', 'helen', 'anna', 'brenda', 'pamela', 'nicole',
  'emma', 'samantha', 'katherine', 'christine', 'debra', 'rachel', 'catherine', 'carolyn', 'janet', 'ruth',
  'maria', 'heather', 'diane', 'virginia', 'julie', 'joyce', 'victoria', 'olivia', 'kelly', 'christina',
  'lauren', 'joan', 'evelyn', 'judith', 'megan', 'cheryl', 'andrea', 'hannah', 'martha', 'jacqueline',
  'frances', 'gloria', 'ann', 'teresa', 'kathryn', 'sara', 'janice', 'jean', 'alice', 'madison', 'doris',
  'abigail', 'julia', 'judy', 'grace', 'denise', 'amber', 'marilyn', 'beverly', 'danielle', 'theresa',
  'sophia', 'marie', 'diana', 'brittany', 'natalie', 'isabella', 'charlotte', 'rose', 'alexis', 'kayla',
  'hillary', 'barack', 'bill', 'joe', 'kamala', 'mike', 'marco', 'jd', 'pete', 'tulsi', 'kash', 'elon', 'jared',
  'ivanka', 'melania', 'rudy', 'nigel', 'boris', 'keir', 'rishi', 'theresa', 'tony', 'gordon', 'winston',
  'emmanuel', 'francois', 'françois', 'jacques', 'nicolas', 'jean', 'pierre', 'marine', 'jean-luc', 'jean-marie',
  'thierry', 'dominique', 'olaf', 'angela', 'friedrich', 'gerhard', 'helmut', 'annalena', 'boris', 'frank-walter',
  'wolfgang', 'ursula', 'giorgia', 'mario', 'matteo', 'silvio', 'sergio', 'pedro', 'mariano', 'bart', 'charles',
  'alexander', 'mette', 'jonas', 'jens', 'erna', 'ulf', 'magnus', 'sanna', 'petteri', 'alexander', 'kaja',
  'gitanas', 'edgars', 'evika', 'andrzej', 'donald', 'radoslaw', 'radosław', 'karol', 'viktor', 'robert',
  'petr', 'andrej', 'zuzana', 'recep', 'volodymyr', 'oleksandr', 'olena', 'andriy', 'andrii', 'yuriy', 'yuri',
  'yury', 'yulia', 'yuliia', 'denys', 'dmytro', 'mykhailo', 'mykola', 'oleksiy', 'oleksii', 'petro', 'vitali',
  'vitaliy', 'valerii', 'valeriy', 'kyrylo', 'rustem', 'ruslan', 'serhiy', 'serhii', 'taras', 'iryna', 'ihor',
  'vladimir', 'sergei', 'sergey', 'dmitry', 'dmitri', 'kirill', 'maria', 'maria', 'alexei', 'alexey', 'nikolai',
  'mikhail', 'yevgeny', 'ramzan', 'valentina', 'vyacheslav', 'anatoly', 'boris', 'igor', 'ivan', 'oleg', 'andrei',
  'andrey', 'pavel', 'tatiana', 'natalia', 'svetlana', 'olga', 'elena', 'xi', 'narendra', 'benjamin', 'mohammed',
  'muhammad', 'mohammad', 'ali', 'hassan', 'ahmed', 'ahmad', 'abdullah', 'omar', 'recep', 'ilham', 'nikol',
  'aleksandar', 'milorad', 'maia', 'salome', 'irakli', 'mustafa', 'kassym-jomart', 'shavkat', 'sadyr',
  'lars', 'anders', 'rasmus', 'hans', 'klaus',
  'jurgen', 'jürgen', 'heinz', 'karl', 'franz', 'josef', 'giuseppe', 'luigi', 'carlos', 'luis', 'miguel', 'javier',
  'antonio', 'manuel', 'francisco', 'ana', 'sofia', 'lucia', 'isabel', 'chen', 'wang', 'li', 'kim', 'park',
];

/** Lower-case particles that sit inside a family name ("Ursula von der Leyen", "Bart De Wever"). */
export const NAME_PARTICLES: readonly string[] = [
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'ten', 'ter', 'bin',
  'ibn', 'al', 'al-', 'el', 'dos', 'das', 'zu', 'af', 'y',
];

/** Public figures (full names, lower-case) that reports on the Ukraine talks and Europe name often. */
export const PUBLIC_FIGURES: readonly string[] = [
  'donald trump', 'vladimir putin', 'volodymyr zelensky', 'volodymyr zelenskyy', 'steve witkoff',
  'jared kushner', 'marco rubio', 'jd vance', 'j.d. vance', 'pete hegseth', 'dan driscoll', 'keith kellogg',
  'kash patel', 'tulsi gabbard', 'john ratcliffe', 'sergei lavrov', 'sergey lavrov', 'yuri ushakov',
  'yury ushakov', 'kirill dmitriev', 'dmitry peskov', 'vladimir medinsky', 'rustem umerov', 'andriy yermak',
  'andrii sybiha', 'kyrylo budanov', 'yulia svyrydenko', 'denys shmyhal', 'oleksandr syrskyi',
  'emmanuel macron', 'friedrich merz', 'olaf scholz', 'keir starmer', 'giorgia meloni', 'donald tusk',
  'ursula von der leyen', 'kaja kallas', 'antónio costa', 'antonio costa', 'mark rutte', 'viktor orbán',
  'viktor orban', 'recep tayyip erdoğan', 'recep tayyip erdogan', 'alexander stubb', 'jonas gahr støre',
  'jonas gahr store', 'mette frederiksen', 'ulf kristersson', 'bart de wever', 'petr pavel', 'robert fico',
  'alexander lukashenko', 'xi jinping', 'narendra modi', 'mohammed bin salman', 'george soros', 'george bush',
  'george w. bush', 'jacques chirac', 'gerhard schröder', 'winston churchill', 'angela merkel', 'joe biden',
  'barack obama', 'hillary clinton', 'boris johnson', 'elon musk',
];

/**
 * Common Chinese (Cantonese and Mandarin romanisation) and Korean family names, lower-case. Written
 * before a hyphenated two-syllable given name ("Chan Siu-ming", "Lee Min-ho") they make a
 * person's name the tagger, trained on European names, tends to cut after the family name.
 */
export const EAST_ASIAN_SURNAMES: readonly string[] = [
  'au', 'chan', 'chang', 'chao', 'chau', 'cheng', 'cheung', 'chiang', 'chin', 'ching', 'choi', 'chong', 'chou',
  'chow', 'chu', 'chung', 'fan', 'fok', 'fong', 'fu', 'fung', 'ho', 'hon', 'hsu', 'hu', 'huang', 'hung',
  'ip', 'jung', 'kang', 'kim', 'ko', 'kong', 'kwan', 'lai', 'lam', 'lau', 'law', 'lee', 'leung',
  'li', 'liang', 'lin', 'liu', 'lo', 'lui', 'lum', 'ma', 'man', 'mo', 'mok', 'moon', 'ng', 'pang', 'park',
  'poon', 'siu', 'so', 'sun', 'tai', 'tam', 'tang', 'tong', 'tsang', 'tse', 'tsoi', 'tsui', 'tung',
  'wan', 'wong', 'woo', 'wu', 'yan', 'yeung', 'yim', 'yip', 'yu', 'yuen', 'zhang', 'zhao',
  'zhou', 'chen', 'wang', 'yang', 'xu', 'sun', 'guo', 'he', 'gao', 'luo', 'song', 'xie', 'han', 'cho', 'yoon',
  'lim', 'shin', 'kwon', 'hwang', 'ahn', 'oh', 'seo', 'jeon', 'baek', 'nam', 'ryu', 'roh',
];

/**
 * More given names (English, European, Arabic, African), lower-case, read only by rules, never as
 * tagger features: a two- or three-word name that starts with one and names no institution
 * ("Gladys Marsh", "Trevor Bell") is a person whatever the tagger guessed.
 */
export const MORE_GIVEN_NAMES: readonly string[] = [
  'abigail', 'ada', 'adrian', 'agnes', 'ahmed', 'ahmad', 'alan', 'albert', 'alfred', 'alice', 'alicia', 'alison',
  'amanda', 'amber', 'amelia', 'amy', 'andrea', 'angela', 'ann', 'anne', 'annie', 'arthur', 'audrey', 'barbara',
  'beatrice', 'bernard', 'betty', 'beverly', 'bill', 'billy', 'bob', 'bobby', 'bonnie', 'brenda', 'bruce', 'bryan',
  'carl', 'carol', 'caroline', 'catherine', 'cecilia', 'charlotte', 'cheryl', 'chloe', 'chris', 'christina',
  'christine', 'claire', 'clara', 'claude', 'colin', 'craig', 'cynthia', 'dale', 'dan', 'danny', 'darren', 'dave',
  'dean', 'deborah', 'debra', 'denise', 'derek', 'diana', 'diane', 'dolores', 'donna', 'doris', 'dorothy',
  'duncan', 'dylan', 'earl', 'eddie', 'edith', 'edna', 'eileen', 'elaine', 'eleanor', 'elena', 'eli', 'eliza',
  'ellen', 'emily', 'emma', 'ernest', 'esther', 'eugene', 'evelyn', 'felix', 'fiona', 'florence',
  'frances', 'fred', 'frederick', 'gavin', 'gerald', 'gillian', 'gina', 'gladys', 'glen', 'glenn', 'gordon', 'grace',
  'graham', 'greg', 'hamid', 'harold', 'harriet', 'harry', 'hassan', 'hazel', 'heather', 'helen', 'herbert',
  'hilary', 'hillary', 'howard', 'hugh', 'hussein', 'ian', 'irene', 'isaac', 'ivan', 'jack', 'jackie',
  'jacqueline', 'jamie', 'jane', 'janet', 'janice', 'jean', 'jeff', 'jennifer', 'jenny', 'jessica', 'jill', 'jim',
  'jimmy', 'joan', 'joanne', 'joe', 'joel', 'johnny', 'jon', 'joyce', 'judith', 'judy', 'julia', 'julian', 'julie',
  'june', 'karen', 'kate', 'katherine', 'kathleen', 'kathryn', 'kathy', 'keith', 'kelly', 'ken', 'khalid', 'kim',
  'kirsty', 'kurt', 'laura', 'lauren', 'lawrence', 'leah', 'leo', 'leon', 'leonard', 'lesley', 'leslie', 'lillian',
  'linda', 'lisa', 'lois', 'lorraine', 'louis', 'louise', 'lucy', 'luke', 'lydia', 'lynn', 'malcolm', 'marc',
  'margaret', 'maria', 'marie', 'marilyn', 'marion', 'martha', 'martin', 'marvin', 'mary', 'matt', 'maurice',
  'megan', 'melanie', 'melissa', 'michelle', 'mike', 'mildred', 'miriam', 'mohamed', 'mohammad', 'mohammed',
  'muhammad', 'nancy', 'naomi', 'neil', 'nick', 'nicole', 'nigel', 'norman', 'oliver', 'omar', 'oscar', 'pamela',
  'patricia', 'paula', 'pauline', 'peggy', 'penelope', 'phil', 'philip', 'phyllis', 'rachel', 'ralph',
  'rebecca', 'regina', 'rhys', 'rita', 'rob', 'robin', 'rodney', 'roger', 'rose', 'rosemary', 'ross', 'roy',
  'ruby', 'russell', 'ruth', 'sally', 'sam', 'samantha', 'sandra', 'sara', 'sarah', 'sean', 'sharon', 'sheila',
  'shirley', 'simon', 'sophie', 'stanley', 'stella', 'stuart', 'susan', 'sylvia', 'ted', 'teresa',
  'terry', 'theresa', 'tim', 'tina', 'todd', 'tom', 'tommy', 'tony', 'tracy', 'trevor', 'ursula', 'valerie',
  'vanessa', 'vera', 'veronica', 'victor', 'vincent', 'virginia', 'vivian', 'wayne', 'wendy', 'wilma', 'yvonne',
  'tanya', 'carlo', 'paolo', 'giovanni', 'francesca', 'chiara', 'matteo', 'alessandro', 'andrea', 'federico',
  'lorenzo', 'roberto', 'stefano', 'massimo', 'silvio', 'sergio', 'pablo', 'pedro', 'juan', 'diego', 'rafael',
  'fernando', 'ricardo', 'alejandro', 'jorge', 'raul', 'elena', 'pierre', 'jacques', 'francois', 'françois',
  'philippe', 'nicolas', 'jean-pierre', 'jean-claude', 'marie-claire', 'helmut', 'wolfgang', 'dieter', 'jens',
  'sven', 'erik', 'nils', 'ingrid', 'astrid', 'olga', 'natalia', 'irina', 'svetlana', 'dmitri', 'sergei', 'igor',
  'boris', 'pavel', 'tomas', 'jan', 'piotr', 'krzysztof', 'andrzej', 'ali', 'yusuf', 'ibrahim', 'fatima',
  'aisha', 'layla', 'karim', 'tariq', 'rashid', 'abdul', 'raj', 'ravi', 'priya', 'sanjay', 'amit', 'kwame',
  'kofi', 'thabo', 'nelson',
];
