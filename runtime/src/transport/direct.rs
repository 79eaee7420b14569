//! The network, straight: hyper's pooled client, the one reqwest sends through,
//! without reqwest's layers on each request.
//!
//! reqwest wraps every request in work that restpoint does itself or does not
//! need: its headers copied to keep for redirects (restpoint follows redirects by
//! its own policy), its timeouts (restpoint has its own), its proxy matching.
//! That is about a fifth of the client's time a request (`BENCHMARKS.md`). The
//! client's default transport is this one; the connection settings are
//! reqwest's defaults (a pool kept 90 s idle, `TCP_NODELAY`, TCP keepalive every
//! 15 s), and so is TLS: rustls with the platform's verifier (`default-tls`), or
//! the platform's library (`native-tls`).
//!
//! A proxy set in the environment (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, in
//! either case) makes the client send through reqwest instead, which honours
//! them (and `NO_PROXY`) as it always has: see [`proxy_in_environment`].

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use hyper_util::client::legacy::Client as Pool;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use crate::error::{BoxError, ConfigError, TransportError};
use crate::hooks::Call;
use crate::transport::{Pending, ResponseBody, Sent, Transport};
use crate::wire::Request;

/// Sends through hyper's pooled client, over TLS where the `default-tls` or the
/// `native-tls` feature brings it.
#[derive(Debug, Clone)]
pub(crate) struct Direct {
    pool: Pool<WithinTimeout<Secure>, reqwest::Body>,
}

#[cfg(feature = "default-tls")]
type Secure = hyper_rustls::HttpsConnector<HttpConnector>;
#[cfg(all(feature = "native-tls", not(feature = "default-tls")))]
type Secure = hyper_tls::HttpsConnector<HttpConnector>;
#[cfg(not(any(feature = "default-tls", feature = "native-tls")))]
type Secure = HttpConnector;

impl Direct {
    /// A pool whose connections open within `connect_timeout`.
    pub(crate) fn new(connect_timeout: Duration) -> Result<Direct, ConfigError> {
        let mut http = HttpConnector::new();
        http.set_nodelay(true);
        http.set_keepalive(Some(Duration::from_secs(15)));
        http.set_keepalive_interval(Some(Duration::from_secs(15)));
        http.set_keepalive_retries(Some(3));
        let connector = WithinTimeout { connect: secure(http)?, limit: connect_timeout };
        let mut pool = Pool::builder(TokioExecutor::new());
        pool.timer(TokioTimer::new())
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(Duration::from_secs(90));
        Ok(Direct { pool: pool.build(connector) })
    }
}

impl Transport for Direct {
    fn send(&self, request: Request, _call: &Call<'_>) -> Pending {
        match request.into_http() {
            Ok(request) => Box::pin(Sent(self.pool.request(request), answer)),
            Err(error) => Box::pin(std::future::ready(Err(error))),
        }
    }
}

/// hyper's answer as a head and a body to read.
fn answer(
    sent: Result<http::Response<hyper::body::Incoming>, hyper_util::client::legacy::Error>,
) -> Result<http::Response<ResponseBody>, TransportError> {
    match sent {
        Ok(response) => Ok(response.map(ResponseBody::direct)),
        Err(error) => Err(TransportError::from_hyper(&error)),
    }
}

/// Opens connections within `limit`: the name's lookup, TCP and TLS all
/// counted, as reqwest's connect timeout counts them.
#[derive(Debug, Clone)]
struct WithinTimeout<C> {
    connect: C,
    limit: Duration,
}

impl<C> tower_service::Service<http::Uri> for WithinTimeout<C>
where
    C: tower_service::Service<http::Uri>,
    C::Response: Send + 'static,
    C::Future: Send + 'static,
    C::Error: Into<BoxError>,
{
    type Response = C::Response;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<C::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.connect.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, uri: http::Uri) -> Self::Future {
        let (connecting, limit) = (self.connect.call(uri), self.limit);
        Box::pin(async move {
            match tokio::time::timeout(limit, connecting).await {
                Ok(connected) => connected.map_err(Into::into),
                Err(_) => Err(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    format!("no connection within {limit:?} (the connect timeout)"),
                )
                .into()),
            }
        })
    }
}

/// Whether the environment names a proxy (`HTTP_PROXY`, `HTTPS_PROXY`,
/// `ALL_PROXY`, upper or lower case, not empty): the variables reqwest reads.
/// The client then sends through reqwest, which decides per request (with
/// `NO_PROXY`) whether the proxy carries it.
pub(crate) fn proxy_in_environment() -> bool {
    ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
        .into_iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty()))
}

/// TLS by rustls, as reqwest's `default-tls` sets it up: the process's default
/// crypto provider if one is installed, else aws-lc-rs; TLS 1.2 and 1.3; the
/// platform's certificate verifier.
#[cfg(feature = "default-tls")]
fn secure(mut http: HttpConnector) -> Result<Secure, ConfigError> {
    use std::sync::Arc;

    let tls = |error: rustls::Error| ConfigError::Tls(error.to_string());
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::aws_lc_rs::default_provider()));
    let verifier = rustls_platform_verifier::Verifier::new(Arc::clone(&provider)).map_err(tls)?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(tls)?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    // The TLS layer takes `https` and passes `http` on; the TCP layer below it
    // must then accept both.
    http.enforce_http(false);
    Ok(hyper_rustls::HttpsConnector::from((http, config)))
}

/// TLS by the platform's library.
#[cfg(all(feature = "native-tls", not(feature = "default-tls")))]
fn secure(mut http: HttpConnector) -> Result<Secure, ConfigError> {
    let tls = native_tls::TlsConnector::new().map_err(|e| ConfigError::Tls(e.to_string()))?;
    http.enforce_http(false);
    Ok(hyper_tls::HttpsConnector::from((http, tokio_native_tls::TlsConnector::from(tls))))
}

/// No TLS: an `https` URL fails to connect, saying so.
#[cfg(not(any(feature = "default-tls", feature = "native-tls")))]
fn secure(http: HttpConnector) -> Result<Secure, ConfigError> {
    Ok(http)
}
