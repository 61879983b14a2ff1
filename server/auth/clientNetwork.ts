import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network a login attempt counts against: an IPv4 address as it is, an
 * IPv6 address as its /64. One subscriber or machine usually holds a whole
 * /64, so counting single IPv6 addresses would give a guesser 2^64 fresh
 * counters. IPv4 addresses written in IPv6 form (`::ffff:192.0.2.1`) count
 * as the IPv4 address.
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  const withoutZone = address.split('%')[0] ?? address;
  if (!isIPv6(withoutZone)) return address;
  // An embedded IPv4 tail (`64:ff9b::192.0.2.1`) is two groups.
  const hex = withoutZone.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
    [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((n) => n.toString(16)).join(':'),
  );
  const groupsOf = (part: string) => (part ? part.split(':') : []);
  const [head = '', tail] = hex.split('::');
  const groups =
    tail === undefined
      ? groupsOf(head)
      : [...groupsOf(head), ...Array<string>(8 - groupsOf(head).length - groupsOf(tail).length).fill('0'), ...groupsOf(tail)];
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::/64`;
}
