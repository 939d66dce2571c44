/**
 * A logistic decision rule over the features of `similarity-features.ts`:
 * score = sigmoid(bias + sum of weight × standardized feature); the pair is
 * the same claim when the score reaches `threshold`.
 */
export interface SimilarityModel {
  /** Feature names, in the order of `weights`, `means` and `scales`. */
  features: string[]
  means: number[]
  scales: number[]
  weights: number[]
  bias: number
  threshold: number
}

/** The model's probability that the two sentences state the same claim. */
export function scoreFeatures(model: SimilarityModel, features: readonly number[]): number {
  let sum = model.bias
  for (let index = 0; index < model.weights.length; index++) {
    sum += (model.weights[index] * (features[index] - model.means[index])) / model.scales[index]
  }
  return sigmoid(sum)
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}
