/**
 * A multinomial logistic regression as the extractor's learned second opinions ship it (entity-classifier.ts, and the
 * relation judge kept unshipped in relation-classifier.ts): weights per feature and class, trained by eval/fit-softmax.ts,
 * read into a map once, and the probabilities of each class for a candidate's features.
 */

/** A model as a training script writes it, with the policy chosen for it. */
export interface SoftmaxModelWeights<Policy> {
  /** The classes, as the weights were trained. */
  classes: readonly string[];
  /** The features the training sets held. */
  features: readonly string[];
  /** One weight per class for each feature, in the features' order. */
  weights: readonly (readonly number[])[];
  bias: readonly number[];
  policy: Policy;
}

/** A model ready to score: its weights by feature. */
export interface SoftmaxModel<Policy> {
  weightOf: ReadonlyMap<string, readonly number[]>;
  bias: readonly number[];
  policy: Policy;
}

/** The model ready to score; `what` names it in the error when it was not trained on `classes`. */
export function softmaxModel<Policy>(what: string, classes: readonly string[], weights: SoftmaxModelWeights<Policy>): SoftmaxModel<Policy> {
  if (weights.classes.join() !== classes.join() || weights.features.length !== weights.weights.length) {
    throw new Error(`${what} model: trained on classes ${weights.classes.join(', ')} with ${weights.weights.length} rows for ${weights.features.length} features`);
  }
  return { weightOf: new Map(weights.features.map((f, i) => [f, weights.weights[i] as readonly number[]])), bias: weights.bias, policy: weights.policy };
}

/** `z` with the weights of these features added (features the model lacks add nothing). */
export function addWeights(features: readonly string[], model: SoftmaxModel<unknown>, z: number[]): number[] {
  for (const f of features) {
    const w = model.weightOf.get(f);
    if (w) for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) + (w[c] as number);
  }
  return z;
}

/** Scores to probabilities. */
export function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The model's probability of each class, in its classes' order, for these features. */
export function classProbabilities(features: readonly string[], model: SoftmaxModel<unknown>): number[] {
  return softmax(addWeights(features, model, [...model.bias]));
}
