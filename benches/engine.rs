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
    // An employer's plan of 50 hires, each through the engine in order.
    let (company, _, _) = kz_eligibility::hiring::wire::company([
        ("employer_type", "kazakh_company"),
        ("employer_headcount", "2000"),
        ("kazakh_staff_1_2", "200"),
        ("kazakh_staff_3_4", "1500"),
    ]);
    let rows: String = (0..50)
        .map(|i| {
            format!(
                "Hire {i},2027-03,UZ,{},new_permit\n",
                ["specialist", "skilled_worker"][i % 2]
            )
        })
        .collect();
    let (hires, _) = kz_eligibility::hiring::wire::hires_from_csv(&format!(
        "label,start,citizenship,position,permit_request\n{rows}"
    ))
    .unwrap_or_default();
    c.bench_function("plan of 50 hires", |b| {
        b.iter(|| kz_eligibility::hiring::assess(&company, std::hint::black_box(&hires), as_of()))
    });
    let mut group = c.benchmark_group("walk");
    group.sample_size(10);
    group.bench_function("full walk", |b| b.iter(|| walk(as_of()).len()));
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
