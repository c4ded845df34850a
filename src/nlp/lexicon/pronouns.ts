/**
 * English personal and relative pronouns that can stand for a speaker or a source, with the
 * kind of antecedent they take.
 */
export type PronounKind = 'male' | 'female' | 'plural' | 'thing' | 'self' | 'relative';

const PRONOUNS = new Map<string, PronounKind>(Object.entries({
  he: 'male', him: 'male', his: 'male',
  she: 'female', her: 'female',
  they: 'plural', them: 'plural', their: 'plural', we: 'self', us: 'self', our: 'self', i: 'self', me: 'self', my: 'self', you: 'self',
  it: 'thing', its: 'thing', this: 'thing', that: 'thing',
  who: 'relative', which: 'relative',
} satisfies Record<string, PronounKind>));

/** The kind of a pronoun ("She" → female), or undefined when the word is not one. */
export function pronounKind(word: string): PronounKind | undefined {
  return word.length > 5 ? undefined : PRONOUNS.get(word.toLowerCase());
}
