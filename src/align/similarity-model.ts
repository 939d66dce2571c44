/**
 * A logistic decision rule over the features of `similarity-features.ts`:
 * score = sigmoid(bias + sum of weight × standardized input); the pair is the
 * same claim when the score reaches `threshold`. With `interactions`, the
 * inputs are the features followed by every product of two features (squares
 * included), which lets a linear model express rules such as "high overlap
 * counts for less when one side has a long unmatched stretch".
 */
export interface SimilarityModel {
  /** Feature names, in the order `compareProfiles` returns them. */
  features: string[]
  interactions: boolean
  /** Per input (see `expandFeatures`): mean and standard deviation used to standardize. */
  means: number[]
  scales: number[]
  weights: number[]
  bias: number
  threshold: number
}

/** The inputs a model weighs: the features, then their pairwise products when asked. */
export function expandFeatures(features: readonly number[], interactions: boolean): number[] {
  if (!interactions) return [...features]
  const inputs = [...features]
  for (let i = 0; i < features.length; i++) for (let j = i; j < features.length; j++) inputs.push(features[i] * features[j])
  return inputs
}

/** The model's probability that the two sentences state the same claim. */
export function scoreFeatures(model: SimilarityModel, features: readonly number[]): number {
  const inputs = expandFeatures(features, model.interactions)
  let sum = model.bias
  for (let index = 0; index < model.weights.length; index++) {
    sum += (model.weights[index] * (inputs[index] - model.means[index])) / model.scales[index]
  }
  return sigmoid(sum)
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}
