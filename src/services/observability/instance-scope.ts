import { GenesysService } from '../../charts';
import { WorkloadKind } from '../../core';

/** The placeholders of AlertFact.expr, each replaced by the label matchers of one instance. */
const PLACEHOLDERS = ['__POD__', '__DEPLOYMENT__', '__STATEFULSET__', '__HPA__'] as const;

/**
 * What the alerts and scrape objects of one deployed service need to know about it: where it runs,
 * the labels that select its pods, and how its pods are named.
 */
export class InstanceScope {
  /** Catalogue id. */
  public readonly serviceId: string;
  /** Object name of the workload (also of the Service's pods' prefix and the autoscaler). */
  public readonly name: string;
  /** Namespace. */
  public readonly namespace: string;
  /** The pod selector GenesysService set: `app.kubernetes.io/name` and `app.kubernetes.io/instance`. */
  public readonly selector: Record<string, string>;
  /** Names of the ports the pods' containers declare. */
  public readonly containerPorts: string[];
  /** Names of the ports of the Kubernetes Service, if it has one. */
  public readonly servicePorts: string[];
  /** True when the workload is a StatefulSet. */
  public readonly statefulSet: boolean;

  /** @param service a service, after its constructor has run */
  public constructor(service: GenesysService) {
    this.serviceId = service.info.id;
    this.name = service.name;
    this.namespace = service.namespace;
    this.statefulSet = service.workloadKind === WorkloadKind.STATEFUL_SET;
    this.selector = { ...service.selector };
    this.containerPorts = service.containerPortNames;
    this.servicePorts = service.servicePortNames;
  }

  /**
   * A regular expression (RE2, as PromQL writes it in a string) matching exactly this instance's pod
   * names: `<name>-<ordinal>` for a StatefulSet, `<name>-<template hash>-<suffix>` for a Deployment,
   * so that `voice-sip` does not match `voice-sipfe-...` or `voice-sipproxy-0`.
   */
  public get podPattern(): string {
    const name = this.name.replace(/\./g, '\\\\.');
    return this.statefulSet ? `${name}-[0-9]+` : `${name}-[a-z0-9]+-[a-z0-9]+`;
  }

  /** PromQL with the AlertFact placeholders replaced by this instance's label matchers. */
  public render(expr: string): string {
    const ns = `namespace="${this.namespace}"`;
    const matchers: Record<(typeof PLACEHOLDERS)[number], string> = {
      __POD__: `${ns},pod=~"${this.podPattern}"`,
      __DEPLOYMENT__: `${ns},deployment="${this.name}"`,
      __STATEFULSET__: `${ns},statefulset="${this.name}"`,
      __HPA__: `${ns},horizontalpodautoscaler="${this.name}"`,
    };
    let rendered = expr;
    for (const placeholder of PLACEHOLDERS) rendered = rendered.split(placeholder).join(matchers[placeholder]);
    return rendered;
  }
}
