//! "Did you mean" suggestions: the nearest known name by edit distance.

/// The candidate nearest to `name`, if one is near enough to be a likely typo.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (distance(name, candidate), candidate))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

/// `, did you mean `x`?` for the nearest candidate, or nothing.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(name, candidates).map(|c| format!(", did you mean `{c}`?")).unwrap_or_default()
}

/// Edit distance counting a swap of two neighbours as one edit (optimal string
/// alignment), by characters and case-insensitively: `PATHC` is one edit from
/// `PATCH`, `post` none from `POST`.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    // rows[i][j]: distance between a[..i] and b[..j].
    let mut rows = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best =
                (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        assert_eq!(closest("idd", ["id", "provider"]), Some("id"));
        assert_eq!(closest("respnse", ["response", "crate"]), Some("response"));
        assert_eq!(closest("post", ["GET", "POST"]), Some("POST"));
        assert_eq!(closest("PATHC", ["PUT", "PATCH", "POST"]), Some("PATCH"));
        assert_eq!(closest("querry", ["query", "header", "body"]), Some("query"));
        assert_eq!(closest("zzz", ["id", "provider"]), None);
    }
}
