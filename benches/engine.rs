//! The engine's speed: one evaluation of a complete employer-permit case, and the full walk.
//! Run with `cargo bench --bench engine`; figures are printed, never asserted.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kz_eligibility::rules::walk;
use kz_eligibility::rules::{Answers, evaluate};

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn employer_permit_case() -> Answers {
    Answers::decode([
        ("role", "employer"),
        ("citizenship", "IN"),
        ("residence_permit", "none"),
        ("special_status", "no_special_status"),
        ("purpose", "employment"),
        ("position", "specialist"),
        ("employer_type", "kazakh_company"),
        ("permit_request", "new_permit"),
        ("employer_headcount", "120"),
        ("kazakh_staff", "95"),
        ("foreign_staff", "4"),
        ("vacancy_posted", "yes"),
    ])
    .0
}

fn engine(c: &mut Criterion) {
    let answers = employer_permit_case();
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
