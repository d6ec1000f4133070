export * from './intention-props';
export * from './mesh-edges';
export * from './consul-mesh';
export * from './network-policies';
export { OutsideCaller } from './outside-mesh';
