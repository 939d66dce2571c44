/**
 * Accuracy and F1 of the sentence-similarity decision rule (the rule of
 * `crosscheck pairs`) on the MSRP training split, by 10-fold cross-validation:
 * weights and threshold learnt on nine folds, measured on the tenth. Folds are
 * round robin over the file's order, so every run gives the same figures.
 *
 *   npm run eval:pairs [-- [--linear] [PATH_TO_msr_paraphrase_train.txt]]
 *
 * `--linear` measures the model without feature interactions, for comparison.
 */
import { compareProfiled } from '../src/align/similarity.js'
import { foldOf, measure, type Metrics } from '../src/align/similarity-training.js'
import { defaultDataPath, loadLabelledPairs, trainOnPairs } from './train-pairs.js'

const folds = 10
const args = process.argv.slice(2)
const interactions = !args.includes('--linear')
const path = args.find((arg) => !arg.startsWith('--')) ?? defaultDataPath

const pairs = loadLabelledPairs(path)
if (!pairs) {
  console.log(`No MSRP data at ${path} (set CROSSCHECK_DATA or pass the file); nothing to evaluate.`)
  process.exit(0)
}

const format = (metrics: Metrics) => `accuracy ${metrics.accuracy.toFixed(1)}  F1 ${metrics.f1.toFixed(1)}  (precision ${metrics.precision.toFixed(1)}, recall ${metrics.recall.toFixed(1)})`
const actual = pairs.map(({ pair }) => pair.isSame === true)
const predicted: boolean[] = []
const perFold: Metrics[] = []
console.log(`MSRP training split: ${pairs.length} pairs, ${folds}-fold cross-validation, ${interactions ? 'with' : 'without'} feature interactions`)
for (let fold = 0; fold < folds; fold++) {
  const model = trainOnPairs(pairs.filter((_, index) => foldOf(index, folds) !== fold), { interactions })
  const held = pairs.map((_, index) => index).filter((index) => foldOf(index, folds) === fold)
  for (const index of held) predicted[index] = compareProfiled(pairs[index].profiles[0], pairs[index].profiles[1], model).isSame
  perFold.push(measure(held.map((index) => predicted[index]), held.map((index) => actual[index])))
  console.log(`fold ${fold + 1}: ${format(perFold[fold])}, threshold ${model.threshold.toFixed(3)}`)
}
const mean = (key: keyof Metrics) => perFold.reduce((sum, metrics) => sum + metrics[key], 0) / folds
console.log(`mean of folds: accuracy ${mean('accuracy').toFixed(1)}  F1 ${mean('f1').toFixed(1)}`)
console.log(`all held-out predictions: ${format(measure(predicted, actual))}`)
console.log(`always "same": ${format(measure(actual.map(() => true), actual))}`)
