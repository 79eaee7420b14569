//! The stand-in as a process of its own, for tests that need one beside the
//! processes they run (a fleet of workers against one tenant):
//!
//! ```sh
//! restpoint-auth0-standin --rate-limit 100 --token-lifetime-ms 2000 --users 500
//! # http://127.0.0.1:41234
//! ```
//!
//! It prints its base URL on the first line and serves until it is killed.
//! `GET /__standin/stats` answers what it counted: tokens issued, calls answered
//! `429` by the rate limit, requests by path.

use std::io::Write as _;
use std::time::Duration;

fn main() -> std::process::ExitCode {
    let mut builder = auth0_standin::StandIn::builder();
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        let value = arguments.next().and_then(|value| value.parse::<u64>().ok());
        builder = match (argument.as_str(), value) {
            ("--rate-limit", Some(n)) => builder.rate_limit(u32::try_from(n).unwrap_or(u32::MAX)),
            ("--token-lifetime-ms", Some(n)) => builder.token_lifetime(Duration::from_millis(n)),
            ("--users", Some(n)) => builder.users(usize::try_from(n).unwrap_or(usize::MAX)),
            _ => {
                eprintln!(
                    "usage: restpoint-auth0-standin [--rate-limit CALLS_A_SECOND] \
                     [--token-lifetime-ms MS] [--users N]"
                );
                return std::process::ExitCode::from(2);
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("restpoint-auth0-standin: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let standin = match builder.start().await {
            Ok(standin) => standin,
            Err(error) => {
                eprintln!("restpoint-auth0-standin: {error}");
                return std::process::ExitCode::FAILURE;
            }
        };
        let mut stdout = std::io::stdout();
        let _ = writeln!(stdout, "{}", standin.base_url());
        let _ = stdout.flush();
        std::future::pending::<()>().await;
        std::process::ExitCode::SUCCESS
    })
}
