//! The engine's speed: one evaluation of a complete employer-permit case, and the full walk.
//! Run with `cargo bench --bench engine`; figures are printed, never asserted.

use criterion::{Criterion, criterion_group, criterion_main};
use kz_eligibility::rules::evaluate;
use kz_eligibility::rules::walk;

#[path = "../tests/fixtures.rs"]
mod fixtures;
use fixtures::as_of;

fn engine(c: &mut Criterion) {
    let (answers, _, _) = fixtures::read(fixtures::EMPLOYER_PERMIT);
    c.bench_function("evaluate (complete employer permit case)", |b| {
        b.iter(|| evaluate(std::hint::black_box(&answers), as_of()))
    });
    let mut group = c.benchmark_group("walk");
    group.sample_size(10);
    group.bench_function("full walk", |b| b.iter(|| walk(as_of()).len()));
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
