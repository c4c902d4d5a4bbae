//! Identifiers that cross a trust boundary (answers in a share link, JSON on the command line,
//! text keys in the translation files) are closed enums with a stable snake_case spelling.
//! Decoding one is total: an unknown spelling is `None`, never a panic.

/// Declares a closed id enum with its stable spelling, the list of all its values and a total
/// decoder. The spelling is what answers, JSON and translation keys use, so renaming a variant
/// in Rust never changes a saved link.
macro_rules! id_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $spelling:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable spelling used in answers, JSON and translation keys.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $spelling),+ }
            }

            /// Total decoder: `None` for any spelling this version does not know.
            pub fn parse(spelling: &str) -> Option<Self> {
                match spelling { $($spelling => Some($name::$variant),)+ _ => None }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

pub(crate) use id_enum;

/// Declares the ids a rules file owns: the statements it makes (`reasons`), the duties and
/// documents it asks for (each with its stage in the plan), and the sources it cites (each with
/// its address, confidence, what was read and the day it was checked). The build gathers every
/// file's declarations into `ReasonId`, `ObligationId`, `DocumentId` and `SourceId`
/// (`build/owned_ids.rs`), so an id is written once, beside the law it belongs to. A reason may
/// be marked `urgent` (said first), `to_check` (left for the employer to check) or `guide`
/// (answers a claim of the published guide).
///
/// The macro itself only names each declared id, so that a declaration the build did not read
/// fails to compile where it is written rather than going missing.
macro_rules! owns {
    (
        $(reasons { $($reason:ident = $reason_spelling:literal $($mark:ident)*),* $(,)? })?
        $(obligations {
            $($obligation:ident = $obligation_spelling:literal at $obligation_stage:ident),*
            $(,)?
        })?
        $(documents {
            $($document:ident = $document_spelling:literal at $document_stage:ident),* $(,)?
        })?
        $(sources {
            $($source:ident = $source_spelling:literal
                from ($url:expr, $confidence:ident, $read:ident, $checked:ident $(,)?)),* $(,)?
        })?
    ) => {
        const _: () = {
            $($(let _ = $crate::rules::ReasonId::$reason;)*)?
            $($(let _ = (
                $crate::rules::ObligationId::$obligation,
                $crate::rules::Stage::$obligation_stage,
            );)*)?
            $($(let _ = (
                $crate::rules::DocumentId::$document,
                $crate::rules::Stage::$document_stage,
            );)*)?
            $($(let _ = $crate::rules::SourceId::$source;)*)?
        };
    };
}

pub(crate) use owns;
