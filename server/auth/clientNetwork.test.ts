import { describe, expect, it } from 'vitest';
import { clientNetwork } from './clientNetwork';

describe('the network a login attempt counts against', () => {
  it('keeps IPv4 addresses, also written in IPv6 form', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address as its /64, however it is written', () => {
    const network = '2001:db8:1:2::/64';
    for (const address of ['2001:db8:1:2:3:4:5:6', '2001:DB8:1:2::9', '2001:0db8:0001:0002:aaaa::1', '2001:db8:1:2::', '2001:db8:1:2::1%eth0']) {
      expect(clientNetwork(address)).toBe(network);
    }
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('a:b::c:d:e:1.2.3.4')).toBe('a:b:0:c::/64');
    expect(clientNetwork('2001:db8:1:3::1')).not.toBe(network);
  });

  it('leaves anything else as it is', () => {
    expect(clientNetwork('unknown')).toBe('unknown');
  });
});
