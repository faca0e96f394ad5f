//! The field's code books: PLOVER event types, modalities and CAMEO quad classes.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! plover_types {
    ($($name:ident),* $(,)?) => {
        /// The 16 event types of PLOVER (Political Language Ontology for Verifiable Event Records).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[allow(clippy::upper_case_acronyms)]
        pub enum Plover { $($name),* }

        impl Plover {
            pub const ALL: &'static [Plover] = &[$(Plover::$name),*];
            pub fn as_str(&self) -> &'static str {
                match self { $(Plover::$name => stringify!($name)),* }
            }
        }

        impl FromStr for Plover {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s.trim().to_ascii_uppercase().as_str() {
                    $(stringify!($name) => Ok(Plover::$name),)*
                    other => Err(format!("unknown PLOVER type `{other}`")),
                }
            }
        }
    };
}

plover_types!(
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT,
);

impl fmt::Display for Plover {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the text presents an event: as fact, as an intention, as hypothetical, denied…
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    Intent,
    Future,
    Hypothetical,
    Negated,
    Reported,
}

impl Modality {
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Intent => "intent",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
            Modality::Reported => "reported",
        }
    }
}

impl FromStr for Modality {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.trim() {
            "asserted" => Modality::Asserted,
            "intent" => Modality::Intent,
            "future" => Modality::Future,
            "hypothetical" => Modality::Hypothetical,
            "negated" => Modality::Negated,
            "reported" => Modality::Reported,
            other => return Err(format!("unknown modality `{other}`")),
        })
    }
}

/// CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
/// 4 material conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct QuadClass(pub u8);

impl QuadClass {
    /// Quad class of a CAMEO code, from its two-digit root (01–05, 06–08, 09–13, 14–20).
    pub fn from_cameo(code: &str) -> QuadClass {
        let root: u8 = code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(1);
        QuadClass(match root {
            0..=5 => 1,
            6..=8 => 2,
            9..=13 => 3,
            _ => 4,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plover_round_trips() {
        for t in Plover::ALL {
            assert_eq!(t.as_str().parse::<Plover>().unwrap(), *t);
        }
        assert_eq!(Plover::ALL.len(), 16);
        assert!("FIGHT".parse::<Plover>().is_err());
    }

    #[test]
    fn quad_classes_follow_cameo_roots() {
        assert_eq!(QuadClass::from_cameo("043").0, 1);
        assert_eq!(QuadClass::from_cameo("057").0, 1);
        assert_eq!(QuadClass::from_cameo("0871").0, 2);
        assert_eq!(QuadClass::from_cameo("112").0, 3);
        assert_eq!(QuadClass::from_cameo("138").0, 3);
        assert_eq!(QuadClass::from_cameo("190").0, 4);
    }
}
