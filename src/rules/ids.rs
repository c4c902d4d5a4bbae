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
