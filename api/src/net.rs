//! Who is on the other end of the connection: the client address every limiter and the request
//! log use. `X-Forwarded-For` is believed only from the proxies the operator lists in
//! `TWINNING_TRUSTED_PROXIES`; from anyone else it is a header like any other, so a client
//! cannot pick the address its limits are counted against.

use std::net::IpAddr;
use std::str::FromStr;

use actix_web::{web, HttpRequest};
use ipnet::IpNet;

use crate::state::AppState;

/// The proxies (addresses or networks) whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Trusts no proxy: the TCP peer is the client.
    pub fn none() -> TrustedProxies {
        TrustedProxies(Vec::new())
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    /// Comma-separated addresses and CIDR networks: `10.0.0.1, 192.168.0.0/16, fd00::/8`.
    fn from_str(s: &str) -> Result<TrustedProxies, String> {
        s.split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.parse::<IpNet>()
                    .or_else(|_| p.parse::<IpAddr>().map(IpNet::from))
                    .map(|net| net.trunc())
                    .map_err(|_| format!("`{p}` is neither an IP address nor a CIDR network"))
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }
}

/// The client of `peer` given the `X-Forwarded-For` values received: walking the hops from
/// the right (the one nearest to us), each trusted proxy hands over to the address it names,
/// and the first address that is not a trusted proxy is the client. A hop that does not parse
/// ends the walk at the last trusted proxy: what lies left of it was written by the client.
pub fn client_of(peer: IpAddr, forwarded: &[&str], trusted: &TrustedProxies) -> IpAddr {
    let mut client = peer.to_canonical();
    if !trusted.contains(client) {
        return client;
    }
    let hops = forwarded.iter().rev().flat_map(|v| v.rsplit(','));
    for hop in hops {
        let Some(ip) = parse_hop(hop) else {
            break;
        };
        client = ip;
        if !trusted.contains(ip) {
            break;
        }
    }
    client
}

/// An `X-Forwarded-For` entry: an address, maybe with a port (`1.2.3.4:5678`, `[::1]:80`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    if let Ok(ip) = hop.parse::<IpAddr>() {
        return Some(ip.to_canonical());
    }
    if let Ok(sa) = hop.parse::<std::net::SocketAddr>() {
        return Some(sa.ip().to_canonical());
    }
    None
}

/// The client's address for `req`: the TCP peer, or what trusted proxies say it is. `None`
/// only for requests that came through no socket (in-process tests).
pub fn client_ip(req: &HttpRequest) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return Some(peer.to_canonical());
    };
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .collect();
    Some(client_of(peer, &forwarded, &state.trusted_proxies))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let trusted: TrustedProxies = "10.0.0.1".parse().unwrap();
        assert_eq!(
            client_of(ip("203.0.113.9"), &["198.51.100.1"], &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_of(ip("203.0.113.9"), &[], &TrustedProxies::none()),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn a_trusted_chain_hands_over_to_the_rightmost_untrusted_hop() {
        let trusted: TrustedProxies = "10.0.0.0/8, fd00::/8".parse().unwrap();
        // The client wrote the leftmost entry itself; only what the proxies appended counts.
        assert_eq!(
            client_of(
                ip("10.0.0.1"),
                &["6.6.6.6, 198.51.100.7", "10.0.0.2"],
                &trusted
            ),
            ip("198.51.100.7")
        );
        assert_eq!(
            client_of(ip("10.0.0.1"), &["198.51.100.7:4711"], &trusted),
            ip("198.51.100.7")
        );
        // Garbage ends the walk at the last proxy, never further left.
        assert_eq!(
            client_of(ip("10.0.0.1"), &["198.51.100.7, junk"], &trusted),
            ip("10.0.0.1")
        );
        // Nothing forwarded: the proxy itself.
        assert_eq!(client_of(ip("10.0.0.1"), &[], &trusted), ip("10.0.0.1"));
        // IPv4 seen through an IPv6 socket is the same address.
        assert_eq!(
            client_of(ip("::ffff:10.0.0.1"), &["198.51.100.7"], &trusted),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn proxies_parse_as_addresses_and_networks() {
        let t: TrustedProxies = " 127.0.0.1 ,192.168.1.0/24,::1".parse().unwrap();
        assert!(t.contains(ip("127.0.0.1")) && t.contains(ip("192.168.1.77")));
        assert!(t.contains(ip("::1")) && !t.contains(ip("192.168.2.1")));
        assert!("".parse::<TrustedProxies>().unwrap().is_empty());
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("proxy.local".parse::<TrustedProxies>().is_err());
    }
}
