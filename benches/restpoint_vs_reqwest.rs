//! restpoint against the same requests written by hand with reqwest, in one run:
//! building a request (time and allocations), and sending it to a hyper server on
//! 127.0.0.1 with 1 and 64 requests in flight.
//!
//! `cargo bench --bench restpoint_vs_reqwest`; `BENCHMARKS.md` has the figures.

use divan::counter::ItemsCount;
use divan::{AllocProfiler, Bencher, black_box};
use percent_encoding::utf8_percent_encode;
use restpoint::{Client, endpoint};

#[path = "common/mod.rs"]
mod common;
use common::*;

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    // `RESTPOINT_INSTRUCTIONS=<side>:<n>` runs one side n times instead of the
    // benchmarks, for counting instructions under callgrind (BENCHMARKS.md).
    match std::env::var("RESTPOINT_INSTRUCTIONS") {
        Ok(spec) => instructions::run(&spec),
        Err(_) => divan::main(),
    }
}

mod instructions {
    use super::*;

    /// A hook that implements every method and does nothing.
    struct NoOp;

    impl restpoint::hooks::Hook for NoOp {
        fn on_call(&self, call: &restpoint::hooks::Call<'_>) {
            black_box(call);
        }
        fn on_request(
            &self,
            call: &restpoint::hooks::Call<'_>,
            request: &mut restpoint::hooks::Request,
        ) -> Result<(), restpoint::BoxError> {
            black_box((call, request));
            Ok(())
        }
        fn on_response(
            &self,
            call: &restpoint::hooks::Call<'_>,
            response: restpoint::hooks::Response<'_>,
        ) {
            black_box((call, response));
        }
    }

    pub fn run(spec: &str) {
        let (side, n) = spec.split_once(':').unwrap_or((spec, "2000"));
        let n: usize = n.parse().expect("RESTPOINT_INSTRUCTIONS=<side>:<count>");
        let (runtime, addr) = runtime();
        let base = format!("http://{addr}");
        let http = reqwest_client();
        let client = Client::builder(&base).bearer_auth(TOKEN).reqwest_client(http.clone()).build();
        let client = client.expect("a client");
        // restpoint as users get it: its own network, straight through hyper.
        let direct = Client::builder(&base).bearer_auth(TOKEN).build().expect("a client");
        let hooked = Client::builder(&base)
            .bearer_auth(TOKEN)
            .reqwest_client(http.clone())
            .hook(NoOp)
            .build()
            .expect("a client");
        let (seed, roles) = (link(), roles());
        for _ in 0..n {
            match side {
                "build-restpoint" => drop(black_box(client.build_request(black_box(&seed)))),
                "build-by-hand" => {
                    drop(black_box(link_by_hand(&http, &base, black_box(PRIMARY)).build()))
                }
                "query-restpoint" => drop(black_box(client.build_request(black_box(&roles)))),
                "query-by-hand" => {
                    drop(black_box(roles_by_hand(&http, &base, black_box(PRIMARY)).build()))
                }
                "send-restpoint" => {
                    runtime.block_on(end_to_end::restpoint_batch(&client, &seed, 1))
                }
                "send-direct" => runtime.block_on(end_to_end::restpoint_batch(&direct, &seed, 1)),
                "send-by-hand" => runtime.block_on(end_to_end::by_hand_batch(&http, &base, 1)),
                // The same send through a client with one hook that does nothing:
                // what a hook costs.
                "send-hooked" => runtime.block_on(end_to_end::restpoint_batch(&hooked, &seed, 1)),
                other => panic!("unknown side {other}"),
            }
        }
    }
}

#[endpoint(GET, "/api/v2/users/<id>/roles")]
pub struct ListUserRoles<'a> {
    pub id: &'a str,
    #[query]
    pub page: u32,
    #[query]
    pub per_page: u32,
    #[query]
    pub include_totals: bool,
    #[header("X-Correlation-Id")]
    pub correlation: &'a str,
}

fn roles() -> ListUserRoles<'static> {
    ListUserRoles { id: PRIMARY, page: 2, per_page: 50, include_totals: true, correlation: "c-42" }
}

// By hand: what a careful user writes with reqwest and percent-encoding.

fn roles_by_hand(http: &reqwest::Client, base: &str, id: &str) -> reqwest::RequestBuilder {
    let url = format!("{base}/api/v2/users/{}/roles", utf8_percent_encode(id, SEGMENT));
    http.get(url)
        .bearer_auth(TOKEN)
        .query(&[("page", "2"), ("per_page", "50"), ("include_totals", "true")])
        .header("X-Correlation-Id", "c-42")
}

mod building {
    use super::*;

    const BASE: &str = "https://tenant.eu.auth0.com";

    #[divan::bench]
    fn seed_restpoint(bencher: Bencher) {
        let client = Client::builder(BASE).bearer_auth(TOKEN).build().expect("a client");
        let request = link();
        bencher.bench_local(|| client.build_request(black_box(&request)).expect("a request"));
    }

    #[divan::bench]
    fn seed_by_hand(bencher: Bencher) {
        let http = reqwest_client();
        bencher.bench_local(|| {
            link_by_hand(&http, BASE, black_box(PRIMARY)).build().expect("a request")
        });
    }

    #[divan::bench]
    fn query_and_header_restpoint(bencher: Bencher) {
        let client = Client::builder(BASE).bearer_auth(TOKEN).build().expect("a client");
        let request = roles();
        bencher.bench_local(|| client.build_request(black_box(&request)).expect("a request"));
    }

    #[divan::bench]
    fn query_and_header_by_hand(bencher: Bencher) {
        let http = reqwest_client();
        bencher.bench_local(|| {
            roles_by_hand(&http, BASE, black_box(PRIMARY)).build().expect("a request")
        });
    }
}

mod end_to_end {
    use super::*;

    const IN_FLIGHT: [usize; 2] = [1, 64];

    /// `in_flight` sends at once of `request`, built once, as the hand-written side
    /// builds from constants.
    pub async fn restpoint_batch(client: &Client, request: &LinkUserAccount, in_flight: usize) {
        let sends = (0..in_flight).map(|_| request.send(client));
        for identities in futures_util::future::join_all(sends).await {
            assert_eq!(identities.expect("a 201").len(), 2);
        }
    }

    pub async fn by_hand_batch(http: &reqwest::Client, base: &str, in_flight: usize) {
        let sends = (0..in_flight).map(|_| async {
            let response = link_by_hand(http, base, PRIMARY).send().await?;
            if !response.status().is_success() {
                panic!("status {}", response.status());
            }
            response.json::<Vec<Identity>>().await
        });
        for identities in futures_util::future::join_all(sends).await {
            assert_eq!(identities.expect("a 201").len(), 2);
        }
    }

    #[divan::bench(args = IN_FLIGHT, sample_count = 300)]
    fn seed_restpoint(bencher: Bencher, in_flight: usize) {
        let (runtime, addr) = runtime();
        // A reqwest client configured as the hand-written side's.
        let http = reqwest_client();
        let client = Client::builder(format!("http://{addr}"))
            .bearer_auth(TOKEN)
            .reqwest_client(http)
            .build();
        let client = client.expect("a client");
        let request = link();
        bencher
            .counter(ItemsCount::new(in_flight))
            .bench_local(|| runtime.block_on(restpoint_batch(&client, &request, in_flight)));
    }

    /// restpoint as users get it: its own network, straight through hyper.
    #[divan::bench(args = IN_FLIGHT, sample_count = 300)]
    fn seed_restpoint_direct(bencher: Bencher, in_flight: usize) {
        let (runtime, addr) = runtime();
        let client = Client::builder(format!("http://{addr}")).bearer_auth(TOKEN).build();
        let client = client.expect("a client");
        let request = link();
        bencher
            .counter(ItemsCount::new(in_flight))
            .bench_local(|| runtime.block_on(restpoint_batch(&client, &request, in_flight)));
    }

    #[divan::bench(args = IN_FLIGHT, sample_count = 300)]
    fn seed_by_hand(bencher: Bencher, in_flight: usize) {
        let (runtime, addr) = runtime();
        let (http, base) = (reqwest_client(), format!("http://{addr}"));
        bencher
            .counter(ItemsCount::new(in_flight))
            .bench_local(|| runtime.block_on(by_hand_batch(&http, &base, in_flight)));
    }
}
