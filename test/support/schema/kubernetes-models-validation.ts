import type { ErrorObject } from 'ajv';
import { KubernetesModelClass } from './core-models';

/**
 * Runs kubernetes-models' own validation (types, required fields, formats; it ignores unknown fields)
 * and returns its ajv errors, or an empty array when the object passes.
 */
export function kubernetesModelsErrors(model: KubernetesModelClass, object: unknown): ErrorObject[] {
  try {
    new model(object as never).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: unknown }).errors;
    if (Array.isArray(errors)) return errors as ErrorObject[];
    throw error;
  }
}
