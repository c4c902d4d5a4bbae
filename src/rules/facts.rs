//! Every dated fact of the rules in one list, for the checks all of them must pass: each
//! period has its source, and no two periods of one fact (or of one treaty's member) overlap.

use super::dated::Table;
use super::{entry_regimes, mci, memberships, routes};

pub fn dated_facts() -> Vec<Table> {
    let mut tables = vec![
        mci::KZT_PER_MCI.spans(),
        memberships::APOSTILLE.spans(),
        memberships::LEGAL_ASSISTANCE.spans(),
        entry_regimes::VISA_FREE_FROM.spans(),
        entry_regimes::ROLLING_CAP.spans(),
    ];
    tables.extend(routes::dated_facts());
    tables
}
