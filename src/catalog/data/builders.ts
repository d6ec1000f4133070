import { PortSpec, TransportProtocol } from '../types';

/** A TCP port; keeps the data files one line per port. */
export function tcp(name: string, port: number, appProtocol: string, purpose: string, source: string): PortSpec {
  return { name, port, protocol: TransportProtocol.TCP, appProtocol, purpose, source };
}

/** A UDP port. */
export function udp(name: string, port: number, appProtocol: string, purpose: string, source: string): PortSpec {
  return { name, port, protocol: TransportProtocol.UDP, appProtocol, purpose, source };
}
