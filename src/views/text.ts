/** Small text helpers shared by the views. Pure. */

/** "1 actor", "2 actors"; `pluralWord` for irregular plurals. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
