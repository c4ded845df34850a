/**
 * Words that qualify a statement, written from what they mean in English:
 * - hedges hand the truth of a statement to unnamed others ("reportedly", "is believed to");
 * - speculation markers are the writer's own estimate ("likely", "probably", "it is not
 *   impossible that").
 * Patterns are case-insensitive and match whole words.
 */

/** Evidential hedges: the author reports hearsay without naming its source. */
export const HEDGE_PATTERNS: readonly RegExp[] = [
  /\b(?:reportedly|allegedly|purportedly|supposedly|ostensibly|rumou?redly)\b/giu,
  /\b(?:is|are|was|were|has been|have been|had been)\s+(?:widely\s+|also\s+|now\s+)?(?:believed|said|thought|reported|alleged|rumou?red|understood|known|suspected|expected|claimed|considered|presumed|assumed)\s+to\b/giu,
  /\bit\s+(?:is|was|has been)\s+(?:widely\s+)?(?:believed|said|reported|alleged|rumou?red|claimed|understood|thought|suspected)\s+that\b/giu,
];

/** The author's own speculation. */
export const SPECULATION_PATTERNS: readonly RegExp[] = [
  /(?<!\b(?:the|a|an|among|of|for|with|as)\s+)\b(?:probably|likely|unlikely|possibly|perhaps|presumably|conceivably|maybe|apparently|seemingly|arguably)\b/giu,
  /\bit\s+(?:is|was|seems|appears|remains)\s+(?:not\s+|hardly\s+|highly\s+|quite\s+|very\s+|more\s+than\s+)?(?:im)?(?:possible|probable|likely|unlikely|conceivable|inconceivable|plausible|implausible|doubtful)\s+that\b/giu,
  /\b(?:seems|seem|seemed|appears|appear|appeared)\s+to\b/giu,
  // "It seems that the window is closing", "it appears that …" (not "it appears in the report")
  /\b[Ii]t\s+(?:seems|seemed|appears|appeared|looks|looked)\s+(?:as\s+if|as\s+though|that|like)\b/gu,
  /\b(?:must|may|might|could)\s+(?:well\s+)?have\s+been\b/giu,
];

/** Source phrases that name nobody: "according to some", "according to reports". */
export const UNNAMED_SOURCE_RE = /^(?:some|many|others|several|reports|rumou?rs|unconfirmed\s+reports|(?:media|press|news)\s+reports|sources|insiders|observers)$/iu;
