/**
 * A verb the tagger read as a noun right after a modal: "Sudan must hand over three men", "Georgia
 * and Russia must each refrain". The greedy tagger weighs the word's frequent noun reading ("hand",
 * "refrain") over the modal before it, and the parse then loses the sentence's verb. A modal takes a
 * bare verb and never a noun, so a word after one that the training data ever saw as a verb, or
 * never saw at all, is that verb; so is one after an adverb after the modal ("must immediately"), or
 * after a determiner where a noun before the modal is its subject ("Russia must each refrain", not
 * the question "Can the talks ..."). Modals are the auxiliaries whose features are only `VerbForm=Fin`
 * (English "must", "will", "can"); Portuguese and Spanish modals are verbs, and no word of theirs
 * changes here.
 */

export interface ModalTags {
  noun: number;
  verb: number;
  aux: number;
  adv: number;
  det: number;
  /** Tags a subject before the modal may have. */
  nominal: readonly number[];
}

/** Retags in place; returns whether any word changed. `modal` says whether word i's features are a modal's. */
export function verbsAfterModals(tags: Uint8Array, tagIds: ModalTags, modal: (i: number) => boolean, canBeVerb: (i: number) => boolean): boolean {
  let changed = false;
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== tagIds.noun || !canBeVerb(i)) continue;
    let m = i - 1;
    if (tags[m] === tagIds.adv || (tags[m] === tagIds.det && m >= 2 && tagIds.nominal.includes(tags[m - 2]!))) m--;
    if (m < 0 || tags[m] !== tagIds.aux || !modal(m)) continue;
    tags[i] = tagIds.verb;
    changed = true;
  }
  return changed;
}
