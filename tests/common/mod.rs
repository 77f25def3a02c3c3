//! Shared by the native integration tests: the shipped 2019 Dutch bundle.
#![allow(dead_code)]

use resultaten::bundle::{self, Bundle};

pub const NL_2019: &str =
    include_str!("../../public/data/2019/nl/opvang-in-de-regio-en-migratiesamenwerking.json");

pub const EN_2019: &str =
    include_str!("../../public/data/2019/en/opvang-in-de-regio-en-migratiesamenwerking.json");

/// The shipped English bundle, parsed.
pub fn shipped_en() -> Bundle {
    match bundle::parse(EN_2019) {
        Ok(b) => b,
        Err(e) => panic!("the shipped English bundle does not validate: {e}"),
    }
}

/// The shipped bundle, parsed; a test fails loudly if it stops validating.
pub fn shipped() -> Bundle {
    match bundle::parse(NL_2019) {
        Ok(b) => b,
        Err(e) => panic!("the shipped bundle does not validate: {e}"),
    }
}
