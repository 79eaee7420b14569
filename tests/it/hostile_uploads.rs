//! Uploads from disk and hooks, when a server forces a retry: a file swapped
//! behind the path between two attempts is not sent (the file opened is), a file
//! changed in place is refused; and a hook that panics panics its caller, the
//! blocking client's included, with the hook's message.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use restpoint::hooks::{Call, Hook, Request};
use restpoint::multipart::File;
use restpoint::{BlockingClient, BoxError, Client, Error, endpoint};

use crate::support::{Reply, Server};

#[endpoint(PUT, "/objects/<name>", response = ())]
struct PutObject {
    name: String,
    #[body(content_type = "application/octet-stream")]
    file: File,
}

/// A folder of the test's own in the temp dir.
fn folder(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("restpoint-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A server that runs `between` when the first attempt arrives and answers it
/// `503`, then answers `200`.
async fn retrying_server(between: impl Fn() + Send + Sync + 'static) -> Server {
    let attempts = AtomicUsize::new(0);
    Server::start(move |_| match attempts.fetch_add(1, Ordering::SeqCst) {
        0 => {
            between();
            Reply::empty(503).with_header("retry-after", "0")
        }
        _ => Reply::empty(200),
    })
    .await
}

#[tokio::test]
async fn a_file_swapped_behind_its_path_is_not_what_a_retry_sends() {
    let dir = folder("swap");
    let path = dir.join("report.csv");
    std::fs::write(&path, b"the report the caller chose").unwrap();
    let swapped = dir.join("other.csv");
    std::fs::write(&swapped, b"a file the caller never saw").unwrap();
    let (from, to) = (swapped.clone(), path.clone());
    // Between the attempts, another file (of the same length) takes the path.
    let server = retrying_server(move || std::fs::rename(&from, &to).unwrap()).await;
    let client = Client::new(server.url()).unwrap();
    let file = File::open(&path, "text/csv").unwrap();
    PutObject { name: "report.csv".into(), file }.send(&client).await.unwrap();
    let bodies: Vec<Vec<u8>> = server.received().into_iter().map(|r| r.body.to_vec()).collect();
    assert_eq!(
        bodies,
        [b"the report the caller chose".to_vec(), b"the report the caller chose".to_vec()]
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"a file the caller never saw");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_file_changed_in_place_is_refused_not_sent() {
    let dir = folder("change");
    let path = dir.join("report.csv");
    std::fs::write(&path, b"the report the caller chose").unwrap();
    let target = path.clone();
    let server = retrying_server(move || {
        // Later than the file's time by more than the clock's tick, same length.
        std::thread::sleep(Duration::from_millis(30));
        std::fs::write(&target, b"THE REPORT THE CALLER CHOSE").unwrap();
    })
    .await;
    let client = Client::new(server.url()).unwrap();
    let file = File::open(&path, "text/csv").unwrap();
    let error = PutObject { name: "report.csv".into(), file }.send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(error.to_string().contains("changed since it was opened"), "{error}");
    let bodies: Vec<Vec<u8>> = server.received().into_iter().map(|r| r.body.to_vec()).collect();
    assert!(
        bodies.iter().all(|body| body == b"the report the caller chose"),
        "the changed file was not sent: {bodies:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[endpoint(GET, "/things/<id>")]
struct GetThing {
    id: u32,
}

/// Panics on the first request it sees, with a message of its own.
#[derive(Default)]
struct PanicsOnce(AtomicBool);

impl Hook for PanicsOnce {
    fn on_request(&self, _: &Call<'_>, _: &mut Request) -> Result<(), BoxError> {
        if !self.0.swap(true, Ordering::SeqCst) {
            panic!("the hook's own bug");
        }
        Ok(())
    }
}

fn message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or_default()
}

#[tokio::test]
async fn a_hook_that_panics_panics_the_callers_task() {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = Client::builder(server.url()).hook(PanicsOnce::default()).build().unwrap();
    let task = tokio::spawn({
        let client = client.clone();
        async move { GetThing { id: 1 }.send(&client).await }
    });
    let panic = task.await.unwrap_err().into_panic();
    assert_eq!(message(&*panic), "the hook's own bug");
    GetThing { id: 2 }.send(&client).await.unwrap();
    assert_eq!(server.received().len(), 1, "nothing was sent for the call that panicked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_blocking_client_says_what_the_hook_said() {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let url = server.url();
    let outcome = tokio::task::spawn_blocking(move || {
        let client =
            BlockingClient::builder(&url).hook(PanicsOnce::default()).build_blocking().unwrap();
        let first = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            GetThing { id: 1 }.send_blocking(&client)
        }));
        let panic = first.expect_err("the hook's panic reaches the caller's thread");
        // The client's own thread carries on.
        (message(&*panic).to_owned(), GetThing { id: 2 }.send_blocking(&client).is_ok())
    })
    .await
    .unwrap();
    assert_eq!(outcome, ("the hook's own bug".to_owned(), true));
}
