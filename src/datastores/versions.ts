/** The major version of a version string such as `6`, `6.2`, `6.x` or `11.4`; undefined when unreadable. */
export function majorVersion(version: string): number | undefined {
  const match = /^v?(\d+)(\.(\d+|x))*$/.exec(version.trim());
  return match ? Number(match[1]) : undefined;
}

/** True for a dotted IPv4 address. */
export function isIpv4(address: string): boolean {
  const parts = address.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** True for a DNS host name or an IPv4 address. */
export function isHost(address: string): boolean {
  return isIpv4(address) || /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/i.test(address);
}
