/**
 * Regression checks against the gold corpora in ../shared (skipped when it is not there), run
 * with the shared scorer's own functions over the spine + attribution stage (so they do not
 * depend on the entities stage): the dev report's quotes, claims and citation links, and the
 * PolNeAR dev split's attribution F1 and source accuracy. Reads gold and bodies only; no
 * corpus text is copied here.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Document } from '../../../src/model/document.js';
import { presentExtraction } from '../../../src/model/extraction.js';
import { runStages } from '../../../src/nlp/pipeline.js';
import { SPINE_STAGES } from '../../../src/nlp/stages.js';
import { attributionStage } from '../../../src/nlp/attribution/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const shared = resolve(root, '../shared');
const scorerPath = resolve(shared, 'tools/score.mjs');
const skip = existsSync(scorerPath) ? false : 'no ../shared/tools/score.mjs';

interface CorpusDoc { name: string; file: string; body: string; gold: Record<string, unknown> }
type Totals = Record<string, Record<string, number>>;
interface Scorer {
  loadCorpus(dir: string): CorpusDoc[];
  scoreCorpus(docs: CorpusDoc[], objs: unknown[], name: string): { totals: Totals };
}

async function score(corpus: string): Promise<Totals> {
  const scorer = (await import(pathToFileURL(scorerPath).href)) as Scorer;
  const docs = scorer.loadCorpus(resolve(shared, 'corpus', corpus));
  const objs = docs.map((d) => {
    const doc = new Document({ id: d.name, source: d.file, text: d.body, meta: { title: null, published: null, publisher: null, url: null, authors: [] } });
    runStages(doc, [...SPINE_STAGES, attributionStage]);
    return presentExtraction(doc);
  });
  return scorer.scoreCorpus(docs, objs, corpus).totals;
}

const ratio = (n: number | undefined, d: number | undefined): number => (d ? (n ?? 0) / d : 0);

describe('attribution stage against the gold corpora', { skip }, () => {
  it('dev report: every quote with its speaker, claims with source and modality, citation links', async () => {
    const t = await score('dev');
    const q = t.quotes!;
    const c = t.claims!;
    const l = t.citations!;
    assert.equal(q.goldMatched, q.goldTotal, 'quote recall');
    assert.equal(q.speakerMatched, q.goldTotal, 'quote speakers');
    assert.ok(ratio(c.goldMatched, c.goldTotal) >= 0.85, `claim recall ${ratio(c.goldMatched, c.goldTotal)}`);
    assert.ok(ratio(c.sourceCorrect, c.goldMatched) >= 0.85, `claim sources ${ratio(c.sourceCorrect, c.goldMatched)}`);
    assert.ok(ratio(c.modalityCorrect, c.goldMatched) >= 0.85, `claim modality ${ratio(c.modalityCorrect, c.goldMatched)}`);
    assert.equal(l.linksFound, l.linksGold, 'citation links');
  });

  it('PolNeAR dev: content F1 ≥ 0.65 and source accuracy ≥ 0.75', async () => {
    const a = (await score('polnear-dev')).attributions!;
    const c = a.content as unknown as { sysMatched: number; sysTotal: number; goldMatched: number; goldTotal: number };
    const p = ratio(c.sysMatched, c.sysTotal);
    const r = ratio(c.goldMatched, c.goldTotal);
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    assert.ok(f1 >= 0.65, `F1 ${f1.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`);
    assert.ok(ratio(a.sourceCorrect, a.sourceTotal) >= 0.75, `source accuracy ${ratio(a.sourceCorrect, a.sourceTotal)}`);
  });
});
