//! restpoint measured as its users build it; the benchmarks are in `benches/`.
