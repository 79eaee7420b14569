//! Tokens shared by the processes of a fleet: a [`TokenStore`] holds each
//! renewing credential's token, sealed, for every client that uses the same
//! credentials, so that one fetch serves them all.
//!
//! What a store holds is never a token in the clear: the runtime seals it
//! (ChaCha20-Poly1305, with a key derived by HKDF-SHA-256 from the client
//! secret), and names it by a digest of the token URL, client id, audience and
//! scope (never the secret). Someone who can read the store but lacks the secret
//! gets nothing usable; a value the runtime did not seal (garbage, another
//! secret's seal) is ignored and overwritten, never sent.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use http::HeaderValue;
use sha2::{Digest, Sha256};
use tokio::time::Instant;

use super::token::Token;

/// What a store's operation gives back, boxed so that the trait is object safe.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// Why a store could not answer (Redis down, slow, refusing) or be made: calls
/// go on without it, with the token of their own process.
#[derive(Debug)]
pub struct StoreError(Box<dyn std::error::Error + Send + Sync>);

impl StoreError {
    /// A store's failure, for an implementation of [`TokenStore`].
    pub fn new(source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        StoreError(source.into())
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the token store: {}", self.0)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.0)
    }
}

/// Where renewing credentials keep their token for every process that shares
/// them: a shared map of bytes with expiry, and a lock with an owner. It sees
/// only sealed values and digests; the runtime does the rest.
///
/// [`RedisStore`](super::RedisStore) (feature `redis`) is the one for a fleet;
/// [`MemoryStore`] shares within one process.
///
/// ```
/// use restpoint_runtime::auth::{ClientCredentials, MemoryStore};
///
/// let store = MemoryStore::default();
/// let credentials = |url: &str| {
///     ClientCredentials::new(url, "CLIENT_ID", "SECRET").store(store.clone())
/// };
/// // Two clients, one token: the second finds the first's.
/// # let _ = (credentials("https://a.example/oauth/token"), credentials("https://a.example/oauth/token"));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a token store",
    label = "`store` takes where the token is shared",
    note = "give `RedisStore::new(\"redis://host:6379/\")?` (feature `redis`) or a `MemoryStore`"
)]
pub trait TokenStore: Send + Sync + fmt::Debug {
    /// The value under `key`, if any.
    fn get<'a>(&'a self, key: &'a str) -> StoreFuture<'a, Option<Vec<u8>>>;

    /// Keeps `value` under `key` for `ttl`.
    fn put<'a>(&'a self, key: &'a str, value: &'a [u8], ttl: Duration) -> StoreFuture<'a, ()>;

    /// Removes the value under `key` if it starts with `prefix`: a refused
    /// token is forgotten only if it is still the one stored.
    fn remove_if<'a>(&'a self, key: &'a str, prefix: &'a [u8]) -> StoreFuture<'a, ()>;

    /// Takes the lock `key` for `owner` for `ttl` if no one holds it: whether it
    /// was taken.
    fn lock<'a>(&'a self, key: &'a str, owner: &'a str, ttl: Duration) -> StoreFuture<'a, bool>;

    /// Lets the lock `key` go, if `owner` still holds it.
    fn unlock<'a>(&'a self, key: &'a str, owner: &'a str) -> StoreFuture<'a, ()>;
}

/// A [`TokenStore`] in this process's memory, shared by every client given a
/// clone of it: one token for all of them. Values expire as a store's do.
#[derive(Clone, Default)]
pub struct MemoryStore {
    entries: Arc<Mutex<Entries>>,
}

/// Each key's value, and until when it is kept.
type Entries = HashMap<String, (Vec<u8>, Instant)>;

impl fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryStore").finish_non_exhaustive()
    }
}

impl MemoryStore {
    fn with<T>(&self, f: impl FnOnce(&mut Entries) -> T) -> T {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        entries.retain(|_, (_, until)| *until > now);
        f(&mut entries)
    }
}

impl TokenStore for MemoryStore {
    fn get<'a>(&'a self, key: &'a str) -> StoreFuture<'a, Option<Vec<u8>>> {
        let value = self.with(|entries| entries.get(key).map(|(value, _)| value.clone()));
        Box::pin(async move { Ok(value) })
    }

    fn put<'a>(&'a self, key: &'a str, value: &'a [u8], ttl: Duration) -> StoreFuture<'a, ()> {
        let until = Instant::now() + ttl;
        self.with(|entries| entries.insert(key.to_owned(), (value.to_vec(), until)));
        Box::pin(async { Ok(()) })
    }

    fn remove_if<'a>(&'a self, key: &'a str, prefix: &'a [u8]) -> StoreFuture<'a, ()> {
        self.with(|entries| {
            if entries.get(key).is_some_and(|(value, _)| value.starts_with(prefix)) {
                entries.remove(key);
            }
        });
        Box::pin(async { Ok(()) })
    }

    fn lock<'a>(&'a self, key: &'a str, owner: &'a str, ttl: Duration) -> StoreFuture<'a, bool> {
        let until = Instant::now() + ttl;
        let taken = self.with(|entries| {
            let free = !entries.contains_key(key);
            if free {
                entries.insert(key.to_owned(), (owner.as_bytes().to_vec(), until));
            }
            free
        });
        Box::pin(async move { Ok(taken) })
    }

    fn unlock<'a>(&'a self, key: &'a str, owner: &'a str) -> StoreFuture<'a, ()> {
        self.with(|entries| {
            if entries.get(key).is_some_and(|(value, _)| value == owner.as_bytes()) {
                entries.remove(key);
            }
        });
        Box::pin(async { Ok(()) })
    }
}

/// How long one process holds the fetch lock at most: a fetch that takes longer
/// (or a process that died holding it) lets the others fetch.
const LOCK_FOR: Duration = Duration::from_secs(10);

/// How long a process waits for another's fetch before it fetches itself.
pub(crate) const WAIT_FOR_FETCH: Duration = Duration::from_secs(5);

/// How often a waiting process looks for the token.
pub(crate) const LOOK_EVERY: Duration = Duration::from_millis(25);

/// The length of a sealed value's fingerprint, which `remove_if` compares.
const FINGERPRINT: usize = 16;
const NONCE: usize = 12;

/// A credential's place in a store: its keys, its seal, and this process's name
/// as an owner of the lock.
pub(crate) struct Shared {
    store: Arc<dyn TokenStore>,
    key: String,
    lock_key: String,
    cipher: ChaCha20Poly1305,
    fingerprint_key: [u8; 32],
    owner: String,
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shared").field("store", &self.store).field("key", &self.key).finish()
    }
}

impl Shared {
    /// The place of the token asked for by `named` (token URL, client id,
    /// audience, scope), sealed by `secret`.
    pub(crate) fn new(store: Arc<dyn TokenStore>, named: [&str; 4], secret: &str) -> Self {
        // Named by what asks for the token, never by the secret.
        let mut digest = Sha256::new();
        for part in named {
            digest.update((part.len() as u64).to_be_bytes());
            digest.update(part.as_bytes());
        }
        let named = digest;
        let name: String = named.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect();
        let key = format!("restpoint:token:{name}");
        // Sealed by what only the secret's holders have.
        let kdf = hkdf::Hkdf::<Sha256>::new(Some(key.as_bytes()), secret.as_bytes());
        let (mut seal, mut fingerprint_key) = ([0u8; 32], [0u8; 32]);
        // 32 bytes are always within HKDF-SHA-256's reach.
        let _ = kdf.expand(b"restpoint token seal v1", &mut seal);
        let _ = kdf.expand(b"restpoint token fingerprint v1", &mut fingerprint_key);
        let cipher = ChaCha20Poly1305::new(&seal.into());
        let owner = format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
        Shared { store, lock_key: format!("{key}:lock"), key, cipher, fingerprint_key, owner }
    }

    /// The token stored, if it is one this credential sealed, still to be used,
    /// and not `refused`.
    pub(crate) async fn take(
        &self,
        refused: Option<&HeaderValue>,
    ) -> Result<Option<Token>, StoreError> {
        let Some(value) = self.store.get(&self.key).await? else { return Ok(None) };
        let token = self.open(&value);
        Ok(token.filter(|token| refused.is_none_or(|refused| *refused != token.header)))
    }

    /// Keeps `token` for the fleet until it is due for renewal.
    pub(crate) async fn put(&self, token: &Token) -> Result<(), StoreError> {
        let left = token.renew_at.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(());
        }
        let value = self.seal(token)?;
        self.store.put(&self.key, &value, left).await
    }

    /// Forgets `refused` if it is still the token stored.
    pub(crate) async fn forget(&self, refused: &HeaderValue) -> Result<(), StoreError> {
        let fingerprint = self.fingerprint(refused.as_bytes());
        self.store.remove_if(&self.key, &fingerprint).await
    }

    pub(crate) async fn lock(&self) -> Result<bool, StoreError> {
        self.store.lock(&self.lock_key, &self.owner, LOCK_FOR).await
    }

    pub(crate) async fn unlock(&self) -> Result<(), StoreError> {
        self.store.unlock(&self.lock_key, &self.owner).await
    }

    fn fingerprint(&self, header: &[u8]) -> [u8; FINGERPRINT] {
        let mut digest = Sha256::new();
        digest.update(self.fingerprint_key);
        digest.update(header);
        let mut fingerprint = [0u8; FINGERPRINT];
        fingerprint.copy_from_slice(&digest.finalize()[..FINGERPRINT]);
        fingerprint
    }

    /// `fingerprint ‖ nonce ‖ sealed(renew-at in Unix milliseconds ‖ header)`.
    fn seal(&self, token: &Token) -> Result<Vec<u8>, StoreError> {
        let left = token.renew_at.saturating_duration_since(Instant::now());
        let renew_at = SystemTime::now() + left;
        let millis = renew_at.duration_since(UNIX_EPOCH).unwrap_or_default().as_millis() as u64;
        let mut plain = millis.to_be_bytes().to_vec();
        plain.extend_from_slice(token.header.as_bytes());
        let mut nonce = [0u8; NONCE];
        getrandom::fill(&mut nonce)
            .map_err(|error| StoreError::new(format!("no random nonce: {error}")))?;
        let sealed = self
            .cipher
            .encrypt(&Nonce::from(nonce), plain.as_slice())
            .map_err(|_| StoreError::new("the token could not be sealed"))?;
        let mut value = self.fingerprint(token.header.as_bytes()).to_vec();
        value.extend_from_slice(&nonce);
        value.extend_from_slice(&sealed);
        Ok(value)
    }

    /// The token in `value`, if this credential sealed it and it is still to be
    /// used; `None` for anything else.
    fn open(&self, value: &[u8]) -> Option<Token> {
        let (fingerprint, rest) = value.split_at_checked(FINGERPRINT)?;
        let (nonce, sealed) = rest.split_at_checked(NONCE)?;
        let nonce: [u8; NONCE] = nonce.try_into().ok()?;
        let plain = self.cipher.decrypt(&Nonce::from(nonce), sealed).ok()?;
        let (millis, header) = plain.split_at_checked(8)?;
        let millis = u64::from_be_bytes(millis.try_into().ok()?);
        if self.fingerprint(header) != fingerprint {
            return None;
        }
        let renew_at = UNIX_EPOCH + Duration::from_millis(millis);
        let left = renew_at.duration_since(SystemTime::now()).ok()?;
        let mut header = HeaderValue::from_bytes(header).ok()?;
        header.set_sensitive(true);
        Some(Token { header, renew_at: Instant::now() + left })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(secret: &str, store: &MemoryStore) -> Shared {
        let named = ["https://t.example/oauth/token", "id", "", ""];
        Shared::new(Arc::new(store.clone()), named, secret)
    }

    fn token(text: &str, life: Duration) -> Token {
        Token { header: HeaderValue::from_str(text).unwrap(), renew_at: Instant::now() + life }
    }

    #[tokio::test]
    async fn a_token_is_sealed_and_opened_only_with_its_secret() {
        let store = MemoryStore::default();
        let (ours, theirs) = (shared("secret", &store), shared("another secret", &store));
        assert_eq!(ours.key, theirs.key, "named by what asks, not by the secret");
        ours.put(&token("Bearer abc.def", Duration::from_secs(60))).await.unwrap();
        let stored = store.get(&ours.key).await.unwrap().unwrap();
        assert!(!stored.windows(7).any(|w| w == b"abc.def"), "not in the clear");
        let opened = ours.take(None).await.unwrap().expect("opened");
        assert_eq!(opened.header, "Bearer abc.def");
        assert!(opened.renew_at > Instant::now() + Duration::from_secs(58));
        // Another secret's seal, garbage, a cut value: nothing.
        assert!(theirs.take(None).await.unwrap().is_none());
        for garbage in [&b"Bearer abc.def"[..], b"", &stored[..stored.len() - 1]] {
            store.put(&ours.key, garbage, Duration::from_secs(60)).await.unwrap();
            assert!(ours.take(None).await.unwrap().is_none());
        }
    }

    #[tokio::test]
    async fn a_refused_token_is_forgotten_only_if_it_is_still_the_one_stored() {
        let store = MemoryStore::default();
        let shared = shared("secret", &store);
        let (old, new) = (
            token("Bearer old", Duration::from_secs(60)),
            token("Bearer new", Duration::from_secs(60)),
        );
        shared.put(&new).await.unwrap();
        shared.forget(&old.header).await.unwrap();
        assert_eq!(shared.take(None).await.unwrap().map(|t| t.header), Some(new.header.clone()));
        assert!(shared.take(Some(&new.header)).await.unwrap().is_none(), "not the refused one");
        shared.forget(&new.header).await.unwrap();
        assert!(store.get(&shared.key).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn the_lock_is_let_go_only_by_its_owner() {
        let store = MemoryStore::default();
        let (first, second) = (shared("secret", &store), shared("secret", &store));
        assert!(first.lock().await.unwrap());
        assert!(!second.lock().await.unwrap());
        second.unlock().await.unwrap();
        assert!(!second.lock().await.unwrap(), "only its owner lets it go");
        first.unlock().await.unwrap();
        assert!(second.lock().await.unwrap());
    }
}
