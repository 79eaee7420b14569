//! What restpoint's own tests and benches share: a free loopback port, and
//! real servers started in processes of their own, stopped when dropped.
//!
//! ```no_run
//! let redis = support::Redis::start();
//! let url = redis.url(); // "redis://127.0.0.1:<port>/"
//! # drop(url);
//! ```

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A loopback port no one listens on (free when asked; tests start their
/// server on it at once).
pub fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .expect("a free loopback port")
        .port()
}

/// Waits until something listens on loopback `port`, at most 10 s.
pub fn wait_for_port(port: u16, what: &str) {
    let started = Instant::now();
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(10), "{what} did not listen on {port}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A child process, killed and reaped when dropped.
pub struct Process(pub Child);

impl Process {
    /// Sends `signal` (`"-STOP"`, `"-CONT"`, ...) to the process.
    pub fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([signal, &self.0.id().to_string()])
            .status()
            .expect("kill(1)");
        assert!(status.success(), "kill {signal} failed");
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `redis-server` (Debian's package `redis-server`), on a loopback port of its
/// own, in memory only (no snapshot, no append-only file). Stopped when dropped.
pub struct Redis {
    process: Option<Process>,
    port: u16,
}

impl Redis {
    /// Started on a free port; it listens when this returns.
    pub fn start() -> Redis {
        Redis::on(free_port())
    }

    /// Started on `port`; it listens when this returns.
    pub fn on(port: u16) -> Redis {
        let mut redis = Redis { process: None, port };
        redis.restart();
        redis
    }

    /// Starts it (again) on its port, empty.
    pub fn restart(&mut self) {
        self.kill();
        let child = Command::new("redis-server")
            .args(["--bind", "127.0.0.1", "--port", &self.port.to_string()])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn()
            .expect(
                "redis-server on the PATH (Debian's package `redis-server`; .ci/run installs it)",
            );
        self.process = Some(Process(child));
        wait_for_port(self.port, "redis-server");
    }

    /// Kills it: its port refuses connections until [`restart`](Redis::restart).
    pub fn kill(&mut self) {
        self.process = None;
    }

    /// The running process (to signal it), if it runs.
    pub fn process(&self) -> Option<&Process> {
        self.process.as_ref()
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `redis://127.0.0.1:<port>/`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }
}
