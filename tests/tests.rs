//! Native tests of the rules, the texts and the command line: one binary, one module per area.

mod fixtures;
mod native;
