//! One file per route family, so that a change in one law touches one file. Each family
//! weighs its routes from the answers and says why they are or are not open.

pub mod business_immigrant;
pub mod business_visit;
pub mod eaeu_citizen;
pub mod employer_permit;
pub mod exempt_categories;
pub mod family_member;
pub mod intra_corporate_transfer;
pub mod investor;
pub mod kazakh_citizen;
pub mod labour_immigrant;
pub mod permanent_resident;
pub mod seasonal_worker;
pub mod self_employment;
