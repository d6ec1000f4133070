import { EndpointKind, EndpointRef } from '../../types';

/**
 * Builders for the two ends of a connection row. `id` is the catalogue id the guide's label resolves
 * to; `label` is the endpoint exactly as the guide's table prints it.
 */

/** One service of the catalogue (an id of the services lists). */
export function service(id: string, label: string): EndpointRef {
  return { kind: EndpointKind.SERVICE, id, label };
}

/** Every service of one product (an id of `PRODUCTS`): the guide names the product, not a component. */
export function product(id: string, label: string): EndpointRef {
  return { kind: EndpointKind.PRODUCT, id, label };
}

/** Something outside the catalogue (a key of `EXTERNAL_ENDPOINTS`). */
export function external(id: string, label: string): EndpointRef {
  return { kind: EndpointKind.EXTERNAL, id, label };
}
