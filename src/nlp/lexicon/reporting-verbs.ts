/**
 * Verbs that attribute a statement, a belief or an intention to someone ("said", "argued",
 * "believes", "plans"), written from the linguistic literature on reporting verbs (speech-act,
 * cognition and intention verbs), not mined from any corpus. Each entry lists its base form;
 * regular inflections are generated, irregular ones are listed. Shared by the attribution
 * stage and anything else that needs to know whether a word introduces reported content.
 */

/** Speech acts: the verb reports words someone said or wrote. */
const SPEECH = [
  'say', 'tell', 'state', 'claim', 'argue', 'assert', 'insist', 'maintain', 'contend', 'note', 'add',
  'explain', 'announce', 'declare', 'report', 'write', 'tweet', 'post', 'reply', 'respond', 'answer',
  'ask', 'warn', 'admit', 'acknowledge', 'concede', 'confirm', 'deny', 'reveal', 'disclose', 'suggest',
  'propose', 'recommend', 'urge', 'predict', 'estimate', 'promise', 'pledge', 'vow', 'threaten',
  'complain', 'allege', 'accuse', 'criticize', 'criticise', 'condemn', 'praise', 'blame', 'describe',
  'call', 'recall', 'repeat', 'reiterate', 'stress', 'emphasize', 'emphasise', 'underline',
  'observe', 'remark', 'comment', 'mention', 'cite', 'quote', 'testify', 'conclude', 'boast', 'joke',
  'speculate', 'wonder', 'question', 'dispute', 'reject', 'counter', 'retort', 'rebut', 'object',
  'protest', 'recount', 'inform', 'assure', 'advise', 'demand', 'caution', 'hint', 'imply', 'charge',
  'lament', 'concur', 'agree', 'disagree', 'clarify', 'elaborate', 'affirm', 'proclaim', 'contest',
  'decry', 'denounce', 'slam', 'blast', 'hail', 'welcome', 'acknowledge', 'forecast', 'project',
  'continue', 'indicate', 'signal', 'suggest', 'announce', 'broadcast', 'publish', 'read',
  'shout', 'scream', 'whisper', 'chant', 'exclaim', 'yell', 'cry', 'sing', 'muse', 'quip',
  // evaluation and stance towards someone else's words or acts
  'attack', 'deride', 'mock', 'ridicule', 'echo', 'highlight', 'underscore', 'compliment', 'lambaste', 'tout', 'dismiss',
  'decline', 'defend', 'applaud', 'laud', 'fault', 'scold', 'chide', 'rebuke', 'assail', 'discuss', 'outline', 'detail',
  'dub', 'label', 'brand', 'characterize', 'characterise', 'portray', 'guarantee', 'swear', 'insinuate', 'rail', 'stress',
  'pressure', 'press', 'implore', 'beg', 'plead', 'appeal', 'invite', 'challenge', 'congratulate', 'thank', 'apologize', 'apologise',
];

/** Evidence: a document, study or poll "shows" or "found" something. */
const EVIDENCE = ['show', 'find', 'demonstrate', 'prove', 'suggest', 'indicate', 'reveal', 'conclude', 'estimate', 'document'];

/** Cognition and attitude: the verb reports what someone believes, knows or fears. */
const COGNITION = [
  'believe', 'think', 'feel', 'know', 'fear', 'worry', 'hope', 'expect', 'doubt', 'suspect', 'assume',
  'understand', 'consider', 'reckon', 'realize', 'realise', 'recognize', 'recognise', 'fear', 'trust',
  'imagine', 'regret', 'see', 'view', 'deem', 'judge', 'figure', 'guess', 'suppose', 'learn',
];

/** Intention and volition: the verb reports what someone wants or plans. */
const INTENTION = ['want', 'plan', 'intend', 'aim', 'seek', 'wish', 'prefer', 'refuse', 'decide', 'vote', 'favor', 'favour', 'oppose', 'support', 'endorse', 'push', 'threaten'];

const IRREGULAR: Record<string, readonly string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], find: ['found'], think: ['thought'],
  feel: ['felt'], know: ['knew', 'known'], understand: ['understood'], see: ['saw', 'seen'],
  read: ['read'], learn: ['learned', 'learnt'], prove: ['proven'], show: ['shown'],
  broadcast: ['broadcast'], forecast: ['forecast'], cry: ['cried', 'cries'], sing: ['sang', 'sung'],
  quip: ['quipped', 'quipping'], admit: ['admitted', 'admitting'], regret: ['regretted', 'regretting'],
  swear: ['swore', 'sworn'], plead: ['pled'], echo: ['echoes', 'echoed'], beg: ['begged', 'begging'],
  object: [], project: [], vote: [], document: [], view: [],
};

function inflect(base: string): string[] {
  const forms = [base, ...(IRREGULAR[base] ?? [])];
  const e = base.endsWith('e');
  const y = /[^aeiou]y$/.test(base);
  const sib = /(s|sh|ch|x|z)$/.test(base);
  forms.push(y ? `${base.slice(0, -1)}ies` : sib ? `${base}es` : `${base}s`);
  forms.push(e ? `${base.slice(0, -1)}ing` : `${base}ing`);
  if (!IRREGULAR[base]?.length || base === 'learn' || base === 'prove' || base === 'show') {
    forms.push(e ? `${base}d` : y ? `${base.slice(0, -1)}ied` : `${base}ed`);
  }
  return forms;
}

export type CueClass = 'speech' | 'evidence' | 'cognition' | 'intention';

const CLASS = new Map<string, CueClass>();
const BASE = new Map<string, string>();
for (const [cls, list] of [['intention', INTENTION], ['cognition', COGNITION], ['evidence', EVIDENCE], ['speech', SPEECH]] as const) {
  for (const b of list) for (const f of inflect(b)) {
    CLASS.set(f, cls);
    BASE.set(f, b);
  }
}

/** The class of a reporting verb form ("said" → speech), or undefined. Case-insensitive. */
export function cueClass(word: string): CueClass | undefined {
  const c = CLASS.get(word);
  return c !== undefined || word === word.toLowerCase() ? c : CLASS.get(word.toLowerCase());
}

/** The base form of a reporting verb form ("told" → "tell"), or undefined. */
export function cueBase(word: string): string | undefined {
  const b = BASE.get(word);
  return b !== undefined || word === word.toLowerCase() ? b : BASE.get(word.toLowerCase());
}

/** Every inflected form, for building one alternation pattern. */
export function cueForms(): string[] {
  return [...CLASS.keys()];
}

/** Verbs that take the addressee as a direct object before the content ("told reporters that"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'advise', 'warn', 'urge', 'ask', 'remind', 'caution', 'promise']);

/** Speech verbs that open a direct quotation after a colon ("wrote:", "replied:", "It reads:"). */
export function isSpeechForm(word: string): boolean {
  return CLASS.get(word.toLowerCase()) === 'speech';
}
