import { isFormOf, isInitial, isNameLink } from './names.js'

/**
 * One name per person across articles: each name maps to the fullest form
 * any article uses that contains its words in order (`Gaga` → `Lady Gaga`,
 * `Cooper` → `Bradley Cooper`). Forms of one person that fit equally well
 * (`Mike Tabor`, `Michael Tabor`): the one named more often wins. A name
 * that fits two people stays as written, and so do descriptions (`the
 * campaign`, `Senate sources`).
 */
export function canonicalNames(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>()
  // Each name is tested once: every article's people and speakers come here, most of them many times.
  const notProper = new Set<string>()
  for (const name of names) {
    const count = counts.get(name)
    if (count !== undefined) counts.set(name, count + 1)
    else if (!notProper.has(name)) {
      if (isProperName(name)) counts.set(name, 1)
      else notProper.add(name)
    }
  }
  const forms = [...counts.keys()].map((name) => ({ name, key: nameKey(name), count: counts.get(name)! }))
  const byWord = new Map<string, number[]>()
  const byInitialLetter = new Map<string, number[]>()
  forms.forEach((form, index) => {
    for (const word of new Set(form.key)) {
      addTo(byWord, word, index)
      if (!isInitial(word)) addTo(byInitialLetter, word[0], index)
    }
  })

  const result = new Map<string, string>()
  for (const form of forms) {
    let best = form
    const fits: typeof forms = []
    for (const index of fullerCandidates(form.key, byWord, byInitialLetter)) {
      const other = forms[index]
      if (other === form || !isFormOf(form.key, other.key)) continue
      fits.push(other)
      if (other.key.length > best.key.length || (other.key.length === best.key.length && other.count > best.count)) best = other
    }
    // `Obama` in a story that names Barack, Malia and Sasha Obama could be any of them: it stays as written.
    const isAmbiguous = fits.some((other) => other !== best && !isFormOf(other.key, best.key) && !isFormOf(best.key, other.key))
    result.set(form.name, isAmbiguous ? form.name : best.name)
  }
  return result
}

/**
 * Indices, in order, of the forms that may contain `key`: every word of a
 * fuller form is matched, the last one as written or by an initial
 * (`J.`, `John`), so the candidates are the forms with that word or its
 * initial. Comparing every pair of names took quadratic time.
 */
function fullerCandidates(key: readonly string[], byWord: ReadonlyMap<string, number[]>, byInitialLetter: ReadonlyMap<string, number[]>): number[] {
  const last = key[key.length - 1]
  const found = [...(byWord.get(last) ?? [])]
  if (isInitial(last)) found.push(...(byInitialLetter.get(last[0]) ?? []))
  else found.push(...(byWord.get(`${last[0]}.`) ?? []))
  return [...new Set(found)].sort((a, b) => a - b)
}

function addTo(index: Map<string, number[]>, word: string, form: number): void {
  const list = index.get(word)
  if (list) list.push(form)
  else index.set(word, [form])
}

/**
 * A name, not a description that opens a sentence (`Sources`, `Senate
 * sources`, `A spokesperson for Google`, `Officials with the Sierra Club`,
 * `The Obama administration’s`) nor two people (`Nancy Mace and Lauren
 * Boebert`): a word in lower case other than a name's particle (`de`, `bin`)
 * or a body's link (`Board of Elections`) makes it a description.
 */
function isProperName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && !name.split(/\s+/).some((word) => /^\p{Ll}[\p{Ll}'\u2019-]*$/u.test(word) && !isNameLink(word))
}

/** A name's words in lower case, with one apostrophe, as names are compared. */
export function nameKey(name: string): string[] {
  return name.toLowerCase().replace(/\u2019/g, "'").split(/\s+/)
}
