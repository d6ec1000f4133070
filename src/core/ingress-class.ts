/** The default ingress class: ingress-nginx's, the controller the guides use (003 §7.1). */
export const DEFAULT_INGRESS_CLASS = 'nginx';
