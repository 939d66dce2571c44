import { expandFeatures, sigmoid, type SimilarityModel } from './similarity-model.js'

/** A labelled example: feature vector and whether the pair is the same claim. */
export interface Example {
  features: readonly number[]
  isSame: boolean
}

export interface TrainingOptions {
  /** Weigh pairwise products of features too (see `SimilarityModel`). Default true. */
  interactions?: boolean
  /** L2 penalty on the standardized weights. Default 100 with interactions, 1 without (chosen by cross-validation on MSRP). */
  penalty?: number
  /** Newton steps at most. Default 15. */
  iterations?: number
}

/**
 * Fit logistic regression by Newton's method on standardized features, then
 * pick the probability threshold that maximizes training accuracy.
 */
export function trainModel(featureNames: readonly string[], examples: readonly Example[], options: TrainingOptions = {}): SimilarityModel {
  const { interactions = true, penalty = interactions ? 100 : 1, iterations = 15 } = options
  const inputs = examples.map((example) => expandFeatures(example.features, interactions))
  const dimension = inputs[0]?.length ?? featureNames.length
  const means = new Array<number>(dimension).fill(0)
  const scales = new Array<number>(dimension).fill(0)
  for (const input of inputs) input.forEach((value, index) => (means[index] += value / inputs.length))
  for (const input of inputs) input.forEach((value, index) => (scales[index] += (value - means[index]) ** 2 / inputs.length))
  for (let index = 0; index < dimension; index++) scales[index] = Math.sqrt(scales[index]) || 1

  // Column 0 is the bias; it is not penalized.
  const rows = inputs.map((input) => [1, ...input.map((value, index) => (value - means[index]) / scales[index])])
  const size = dimension + 1
  let beta = new Array<number>(size).fill(0)
  for (let step = 0; step < iterations; step++) {
    const gradient = beta.map((weight, index) => (index === 0 ? 0 : penalty * weight))
    const hessian = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => (row === column && row > 0 ? penalty : 0)))
    rows.forEach((row, exampleIndex) => {
      const probability = sigmoid(dot(beta, row))
      const error = probability - (examples[exampleIndex].isSame ? 1 : 0)
      const curvature = Math.max(probability * (1 - probability), 1e-9)
      for (let i = 0; i < size; i++) {
        gradient[i] += error * row[i]
        for (let j = 0; j <= i; j++) hessian[i][j] += curvature * row[i] * row[j]
      }
    })
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) hessian[i][j] = hessian[j][i]
    const delta = solve(hessian, gradient)
    beta = beta.map((weight, index) => weight - delta[index])
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break
  }
  const model: SimilarityModel = { features: [...featureNames], interactions, means, scales, bias: beta[0], weights: beta.slice(1), threshold: 0.5 }
  const scores = rows.map((row) => sigmoid(dot(beta, row)))
  return { ...model, threshold: bestThreshold(scores, examples.map((example) => example.isSame)) }
}

/** The threshold (midway between two scores) with the highest accuracy; 0.5 on ties. */
function bestThreshold(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((score, index) => ({ score, isSame: labels[index] })).sort((left, right) => left.score - right.score)
  // Threshold below every score: all called same.
  let correct = order.filter((item) => item.isSame).length
  let best = { correct, threshold: 0, distance: 0.5 }
  order.forEach((item, index) => {
    correct += item.isSame ? -1 : 1
    const next = order[index + 1]?.score ?? 1
    const threshold = (item.score + next) / 2
    const distance = Math.abs(threshold - 0.5)
    if (correct > best.correct || (correct === best.correct && distance < best.distance)) best = { correct, threshold, distance }
  })
  return best.threshold
}

export interface Metrics {
  accuracy: number
  f1: number
  precision: number
  recall: number
}

/** Accuracy and F1 (positive class: same) in percent. */
export function measure(predicted: readonly boolean[], actual: readonly boolean[]): Metrics {
  let truePositive = 0
  let falsePositive = 0
  let falseNegative = 0
  let correct = 0
  predicted.forEach((isSame, index) => {
    if (isSame === actual[index]) correct++
    if (isSame && actual[index]) truePositive++
    if (isSame && !actual[index]) falsePositive++
    if (!isSame && actual[index]) falseNegative++
  })
  const precision = truePositive / (truePositive + falsePositive || 1)
  const recall = truePositive / (truePositive + falseNegative || 1)
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { accuracy: (100 * correct) / (predicted.length || 1), f1: 100 * f1, precision: 100 * precision, recall: 100 * recall }
}

/** Deterministic fold of the example at `index`: round robin over the file's order. */
export function foldOf(index: number, folds: number): number {
  return index % folds
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0
  for (let index = 0; index < a.length; index++) sum += a[index] * b[index]
  return sum
}

/** Gaussian elimination with partial pivoting; the systems here are tiny. */
function solve(matrix: readonly number[][], vector: readonly number[]): number[] {
  const size = vector.length
  const augmented = matrix.map((row, index) => [...row, vector[index]])
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let row = column + 1; row < size; row++) if (Math.abs(augmented[row][column]) > Math.abs(augmented[pivot][column])) pivot = row
    ;[augmented[column], augmented[pivot]] = [augmented[pivot], augmented[column]]
    for (let row = column + 1; row < size; row++) {
      const factor = augmented[row][column] / augmented[column][column]
      for (let k = column; k <= size; k++) augmented[row][k] -= factor * augmented[column][k]
    }
  }
  const solution = new Array<number>(size).fill(0)
  for (let row = size - 1; row >= 0; row--) {
    let sum = augmented[row][size]
    for (let k = row + 1; k < size; k++) sum -= augmented[row][k] * solution[k]
    solution[row] = sum / augmented[row][row]
  }
  return solution
}
