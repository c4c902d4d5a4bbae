//! One file per route family, so that a change in one law touches one file.

pub mod eaeu_citizen;
pub mod employer_work_permit;
