//! What several test binaries share: reading a request's head off a raw socket,
//! and the process's peak memory. Not every binary uses every helper.
#![allow(dead_code)]

use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

/// Reads from `stream` until the end of a request's head (`\r\n\r\n`), or the
/// connection's end; returns what was read.
pub async fn read_head(stream: &mut TcpStream) -> Vec<u8> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => break,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
    request
}

/// The process's peak resident memory so far (VmHWM), in KiB.
pub fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("a VmHWM line")
}

/// Starts counting the peak resident memory anew from what the process holds now
/// (Linux's `clear_refs`), so that one phase of a test is measured alone.
#[allow(dead_code)] // not every test binary measures phases
pub fn reset_peak() {
    std::fs::write("/proc/self/clear_refs", "5").expect("/proc/self/clear_refs");
}
